import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LegalCategory } from '@legal-hotline/contracts';
import type { KnowledgeEntry, KnowledgeKind, KnowledgeStatus, Person } from './domain/knowledge-entry.js';
import { RANKING_BOOSTS } from './domain/ranking.js';
import { searchTextOf } from './domain/segmentation.js';
import { KnowledgeEntryEntity, KnowledgeEntryVersionEntity } from './knowledge-entry.entity.js';

/** A saved change: who made it, when, and the note its version keeps. */
export interface ChangeRecord {
  by: Person;
  at: Date;
  note: string;
}

/** What a search asks the database for; `tsquery` comes from `searchQueryOf`. */
export interface SearchSelection {
  tsquery: string;
  /** Asia/Shanghai day the entries must be valid on, YYYY-MM-DD. */
  today: string;
  legalCategory: LegalCategory | null;
  /** The caller's region code: entries for other regions are left out, local ones rise. */
  regionCode: string | null;
  kind: KnowledgeKind | null;
  specialLineCode: string | null;
  guideAsked: boolean;
  limit: number;
}

/** A published entry that matched, with what its score is made of. */
export interface SearchRow {
  id: string;
  kind: KnowledgeKind;
  title: string;
  question: string;
  answer: string;
  legalCategory: LegalCategory;
  citedArticles: string[];
  regionCodes: string[];
  publishedAt: Date | null;
  textRank: number;
  regionCover: number;
}

export interface ListSelection {
  statuses: readonly KnowledgeStatus[] | null;
  reviewQueue: boolean;
  kind: KnowledgeKind | null;
  legalCategory: LegalCategory | null;
  page: number;
  pageSize: number;
}

const COLUMNS = [
  'id',
  'kind',
  'title',
  'question',
  'answer',
  'guide',
  'legal_category',
  'region_codes',
  'cited_articles',
  'special_line_codes',
  'valid_from',
  'valid_until',
  'status',
  'version',
  'author_id',
  'author_name',
  'reviewer_id',
  'reviewer_name',
  'review_note',
  'revision',
  'published_at',
  'created_at',
  'updated_at',
] as const;

/** The weighted document of an entry: title A, question B, answer (with the guide and cited articles) C. */
const SEARCH_DOCUMENT = (title: string, question: string, answer: string) =>
  `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${question}), 'B') || setweight(to_tsvector('simple', ${answer}), 'C')`;
const SEARCH_HEAD = (title: string, question: string) =>
  `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${question}), 'B')`;

/**
 * The text relevance of an entry that matched in its answer (or guide, or cited articles) only:
 * ranking reads the title and question, and such an entry ranks below any that matched there,
 * ordered among its kind by the boosts.
 */
export const ANSWER_MATCH_RANK = 0.001;

/** The region prefix of an entry covering the caller's region `$region`, the longest: 0 when none. */
const REGION_COVER = (region: string) =>
  `COALESCE((SELECT max(length(prefix)) FROM unnest(e.region_codes) prefix WHERE ${region} LIKE prefix || '%'), 0)`;

/** `scoreOf` in SQL, from the same boosts, so that the database returns the best candidates. */
function scoreSql(params: { category: string; guideAsked: string }): string {
  const { region, kind } = RANKING_BOOSTS;
  return `text_rank * (1
    + CASE WHEN legal_category = ${params.category} THEN ${RANKING_BOOSTS.sameCategory} ELSE 0 END
    + CASE WHEN region_cover >= 6 THEN ${region.county} WHEN region_cover >= 4 THEN ${region.city} WHEN region_cover >= 2 THEN ${region.province} ELSE 0 END
    + CASE kind WHEN 'lawyer-opinion' THEN ${kind['lawyer-opinion']} WHEN 'faq' THEN ${kind.faq} ELSE ${kind['service-guide']} END
    + CASE WHEN ${params.guideAsked} AND kind = 'service-guide' THEN ${RANKING_BOOSTS.guideAsked} ELSE 0 END)`;
}

/** The text of an entry's answer field in the search document: the answer, the guide, the articles. */
function answerTextOf(entry: KnowledgeEntry): string {
  const guide = entry.guide
    ? [entry.guide.body, entry.guide.whereToApply, ...entry.guide.materials, entry.guide.timeLimit ?? '']
    : [];
  return [entry.answer, ...guide, ...entry.citedArticles].join('\n');
}

/** Where the knowledge base is read and written: entries, their versions and the search. */
@Injectable()
export class KnowledgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the entry as it is now, with its search document, and keeps the change as a version.
   * `ifAbsent`: leave an entry that exists alone (the demo seed), answering whether it was written.
   */
  async save(
    manager: EntityManager,
    entry: KnowledgeEntry,
    change: ChangeRecord,
    options: { ifAbsent?: boolean } = {},
  ): Promise<boolean> {
    const values = [
      entry.id,
      entry.kind,
      entry.title,
      entry.question,
      entry.answer,
      entry.guide === null ? null : JSON.stringify(entry.guide),
      entry.legalCategory,
      entry.regionCodes,
      entry.citedArticles,
      entry.specialLineCodes,
      entry.validFrom,
      entry.validUntil,
      entry.status,
      entry.version,
      entry.author.id,
      entry.author.name,
      entry.reviewer?.id ?? null,
      entry.reviewer?.name ?? null,
      entry.reviewNote,
      entry.revision === null ? null : JSON.stringify(entry.revision),
      entry.publishedAt,
      entry.createdAt,
      entry.updatedAt,
      searchTextOf(entry.title),
      searchTextOf(entry.question),
      searchTextOf(answerTextOf(entry)),
    ];
    const placeholders = COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
    const [title, question, answer] = [COLUMNS.length + 1, COLUMNS.length + 2, COLUMNS.length + 3].map(
      (n) => `$${n}`,
    ) as [string, string, string];
    const onConflict = options.ifAbsent
      ? 'DO NOTHING'
      : `DO UPDATE SET ${[...COLUMNS.slice(1), 'search_document', 'search_head'].map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`;
    const written: { id: string }[] = await manager.query(
      `INSERT INTO knowledge_entries (${COLUMNS.join(', ')}, search_document, search_head)
       VALUES (${placeholders}, ${SEARCH_DOCUMENT(title, question, answer)}, ${SEARCH_HEAD(title, question)})
       ON CONFLICT (id) ${onConflict} RETURNING id`,
      values,
    );
    if (written.length === 0) return false;
    await manager.query(
      `INSERT INTO knowledge_entry_versions (entry_id, version, snapshot, changed_by_id, changed_by, changed_at, change_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.id,
        entry.version,
        JSON.stringify(snapshotOf(entry)),
        change.by.id,
        change.by.name,
        change.at,
        change.note,
      ],
    );
    return true;
  }

  /** The entry, locked for the transaction's change when `lock`; null when there is none. */
  async load(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<KnowledgeEntry | null> {
    const query = manager.getRepository(KnowledgeEntryEntity).createQueryBuilder('e').where('e.id = :id', { id });
    const row = await (options.lock ? query.setLock('pessimistic_write') : query).getOne();
    return row ? entryOf(row) : null;
  }

  async versions(id: string): Promise<KnowledgeEntryVersionEntity[]> {
    return this.dataSource
      .getRepository(KnowledgeEntryVersionEntity)
      .find({ where: { entryId: id }, order: { version: 'DESC' } });
  }

  async list(selection: ListSelection): Promise<{ entries: KnowledgeEntry[]; total: number }> {
    const query = this.dataSource.getRepository(KnowledgeEntryEntity).createQueryBuilder('e');
    if (selection.statuses !== null) query.andWhere('e.status IN (:...statuses)', { statuses: selection.statuses });
    if (selection.reviewQueue) query.andWhere(`(e.status = 'in-review' OR e.revision ->> 'status' = 'in-review')`);
    if (selection.kind !== null) query.andWhere('e.kind = :kind', { kind: selection.kind });
    if (selection.legalCategory !== null)
      query.andWhere('e.legalCategory = :category', { category: selection.legalCategory });
    // The review queue oldest first (first come, first reviewed); otherwise the latest changes first.
    query
      .orderBy('e.updatedAt', selection.reviewQueue ? 'ASC' : 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((selection.page - 1) * selection.pageSize)
      .take(selection.pageSize);
    const [rows, total] = await query.getManyAndCount();
    return { entries: rows.map(entryOf), total };
  }

  /**
   * Published entries valid today that match the query, best first: at most `limit`, ranked by
   * the relevance of their title and question (`ts_rank`, title weighs most) with the boosts of
   * `RANKING_BOOSTS`.
   *
   * The partial GIN index finds the matches exactly; only the matches' small heads are ranked and
   * only the best rows' text is read. The planner, which costs a match like any operator, would
   * rather scan the table and decompress every document when a query has many common words (10
   * times slower over 10,000 entries): sequential scans are off for this one statement.
   */
  async search(selection: SearchSelection): Promise<SearchRow[]> {
    if (selection.tsquery === '') return [];
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: (Omit<SearchRow, 'textRank'> & { textRank: string | number })[] = await manager.query(
        `WITH ranked AS (
           SELECT id, legal_category, kind, published_at, text_rank, region_cover
           FROM (
             SELECT e.id, e.legal_category, e.kind, e.published_at,
                    GREATEST(ts_rank(e.search_head, query), ${ANSWER_MATCH_RANK}) AS text_rank,
                    ${REGION_COVER('$2::text')} AS region_cover
             FROM knowledge_entries e, to_tsquery('simple', $1) query
             WHERE e.search_document @@ query
               AND e.status = 'published'
               AND e.valid_from <= $3::date AND (e.valid_until IS NULL OR e.valid_until >= $3::date)
               AND ($2::text IS NULL OR cardinality(e.region_codes) = 0
                    OR EXISTS (SELECT 1 FROM unnest(e.region_codes) prefix WHERE $2::text LIKE prefix || '%'))
               AND ($4::text IS NULL OR e.kind = $4::text)
               AND ($5::text IS NULL OR e.special_line_codes @> ARRAY[$5::text])
           ) matched
           ORDER BY ${scoreSql({ category: '$6::text', guideAsked: '$7::boolean' })} DESC, published_at DESC NULLS LAST, id
           LIMIT $8)
         SELECT e.id, e.kind, e.title, e.question, e.answer, e.legal_category AS "legalCategory", e.cited_articles AS "citedArticles",
                e.region_codes AS "regionCodes", e.published_at AS "publishedAt", r.text_rank AS "textRank", r.region_cover AS "regionCover"
         FROM ranked r JOIN knowledge_entries e ON e.id = r.id`,
        [
          selection.tsquery,
          selection.regionCode,
          selection.today,
          selection.kind,
          selection.specialLineCode,
          selection.legalCategory,
          selection.guideAsked,
          selection.limit,
        ],
      );
      return rows.map((row) => ({ ...row, textRank: Number(row.textRank), regionCover: Number(row.regionCover) }));
    });
  }
}

/** The domain entry of a row. */
export function entryOf(row: KnowledgeEntryEntity): KnowledgeEntry {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    question: row.question,
    answer: row.answer,
    guide: row.guide,
    legalCategory: row.legalCategory,
    regionCodes: row.regionCodes,
    citedArticles: row.citedArticles,
    specialLineCodes: row.specialLineCodes,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    status: row.status,
    version: row.version,
    author: { id: row.authorId, name: row.authorName },
    reviewer: row.reviewerId === null ? null : { id: row.reviewerId, name: row.reviewerName ?? '' },
    reviewNote: row.reviewNote,
    publishedAt: row.publishedAt,
    revision: row.revision === null ? null : { ...row.revision, editedAt: new Date(row.revision.editedAt) },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The entry as its version keeps it: every field, dates as ISO text. */
export function snapshotOf(entry: KnowledgeEntry): Record<string, unknown> {
  return JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
}
