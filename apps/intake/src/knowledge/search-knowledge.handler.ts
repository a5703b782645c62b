import { Injectable } from '@nestjs/common';
import { shanghaiDayOf } from '@legal-hotline/business-calendar';
import { marksIn, snippetOf } from './domain/highlights.js';
import { asksForGuide, byScore, scoreOf } from './domain/ranking.js';
import { searchQueryOf, type SearchQuery } from './domain/segmentation.js';
import type { KnowledgeSuggestionsQueryDto, SearchKnowledgeQueryDto } from './knowledge.dto.js';
import { KnowledgeRepository, type SearchRow, type SearchSelection } from './knowledge.repository.js';
import {
  marksView,
  type KnowledgeHitView,
  type KnowledgeSearchView,
  type KnowledgeSuggestionsView,
  type KnowledgeSuggestionView,
} from './knowledge-view.dto.js';

/** Scores are shown rounded; ties beyond this are broken by publication date. */
const SCORE_DIGITS = 4;

/**
 * The knowledge base's search (检索) and the suggestions shown beside a call as the agent types
 * the caller's question. Both read published entries valid today (Asia/Shanghai), segmented and
 * ranked in PostgreSQL (`KnowledgeRepository.search`).
 */
@Injectable()
export class SearchKnowledgeHandler {
  constructor(private readonly entries: KnowledgeRepository) {}

  async search(query: SearchKnowledgeQueryDto): Promise<KnowledgeSearchView> {
    const parsed = searchQueryOf(query.q);
    const rows = await this.entries.search({
      ...this.selection(parsed, query.q, query, query.limit),
      kind: query.kind ?? null,
      specialLineCode: query.specialLine ?? null,
    });
    const hits = this.ranked(rows, query.q, query).map(({ row, score }): KnowledgeHitView => {
      const answer = snippetOf(row.answer, parsed.highlights);
      const fromQuestion = answer.marks.length === 0 ? snippetOf(row.question, parsed.highlights) : null;
      const snippet = fromQuestion && fromQuestion.marks.length > 0 ? fromQuestion : answer;
      return {
        ...this.suggestionOf(row, score, parsed),
        snippet: snippet.snippet,
        snippetMarks: marksView(snippet.marks),
        regionCodes: row.regionCodes,
        publishedAt: row.publishedAt?.toISOString() ?? null,
      };
    });
    return { query: { terms: parsed.terms, prefix: parsed.prefix }, hits };
  }

  async suggestions(query: KnowledgeSuggestionsQueryDto): Promise<KnowledgeSuggestionsView> {
    const parsed = searchQueryOf(query.text);
    const rows = await this.entries.search({
      ...this.selection(parsed, query.text, query, query.limit),
      kind: null,
      specialLineCode: null,
    });
    return {
      suggestions: this.ranked(rows, query.text, query).map(({ row, score }) => this.suggestionOf(row, score, parsed)),
    };
  }

  private selection(
    parsed: SearchQuery,
    text: string,
    context: { legalCategory?: SearchSelection['legalCategory']; regionCode?: string },
    limit: number,
  ): Omit<SearchSelection, 'kind' | 'specialLineCode'> {
    return {
      tsquery: parsed.tsquery,
      today: shanghaiDayOf(new Date()),
      legalCategory: context.legalCategory ?? null,
      regionCode: context.regionCode ?? null,
      guideAsked: asksForGuide(text),
      limit,
    };
  }

  /** The rows with the score the domain gives them, best first (the database ordered by the same boosts). */
  private ranked(
    rows: SearchRow[],
    text: string,
    context: { legalCategory?: SearchSelection['legalCategory'] },
  ): { row: SearchRow; score: number }[] {
    const guideAsked = asksForGuide(text);
    return rows
      .map((row) => {
        const score = scoreOf({
          textRank: row.textRank,
          sameCategory: context.legalCategory !== undefined && row.legalCategory === context.legalCategory,
          regionCover: row.regionCover,
          kind: row.kind,
          guideAsked,
        });
        return { row, score, id: row.id, publishedAt: row.publishedAt };
      })
      .sort(byScore);
  }

  private suggestionOf(row: SearchRow, score: number, parsed: SearchQuery): KnowledgeSuggestionView {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      titleMarks: marksView(marksIn(row.title, parsed.highlights)),
      legalCategory: row.legalCategory,
      citedArticles: row.citedArticles,
      score: Number(score.toFixed(SCORE_DIGITS)),
    };
  }
}
