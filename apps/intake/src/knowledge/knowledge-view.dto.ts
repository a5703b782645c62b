import { ApiProperty } from '@nestjs/swagger';
import { LEGAL_CATEGORIES, type LegalCategory } from '@legal-hotline/contracts';
import { PageOf } from '@legal-hotline/service-runtime';
import type { Mark } from './domain/highlights.js';
import {
  awaitsReview,
  KNOWLEDGE_KINDS,
  KNOWLEDGE_STATUSES,
  type KnowledgeEntry,
  type KnowledgeKind,
  type KnowledgeStatus,
} from './domain/knowledge-entry.js';
import { ServiceGuideDto } from './knowledge.dto.js';
import type { KnowledgeEntryVersionEntity } from './knowledge-entry.entity.js';

export class PersonView {
  @ApiProperty({ description: "The person's token subject." })
  id!: string;

  @ApiProperty({ example: '林晓' })
  name!: string;
}

export class RevisionContentView {
  @ApiProperty({ enum: KNOWLEDGE_KINDS })
  kind!: KnowledgeKind;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  question!: string;

  @ApiProperty()
  answer!: string;

  @ApiProperty({ type: ServiceGuideDto, nullable: true })
  guide!: ServiceGuideDto | null;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ type: [String] })
  regionCodes!: string[];

  @ApiProperty({ type: [String] })
  citedArticles!: string[];

  @ApiProperty({ type: [String] })
  specialLineCodes!: string[];

  @ApiProperty({ format: 'date' })
  validFrom!: string;

  @ApiProperty({ format: 'date', type: String, nullable: true })
  validUntil!: string | null;
}

export class RevisionView {
  @ApiProperty({
    enum: ['in-review', 'returned'],
    description: 'in-review: awaits a reviewer; returned: the reviewer asked for changes (reviewNote).',
  })
  status!: 'in-review' | 'returned';

  @ApiProperty({
    type: RevisionContentView,
    description: 'The proposed text; the published text stays in use until it is published.',
  })
  content!: RevisionContentView;

  @ApiProperty({ type: PersonView })
  editedBy!: PersonView;

  @ApiProperty({ format: 'date-time' })
  editedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  reviewNote!: string | null;
}

export class KnowledgeEntryView extends RevisionContentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: KNOWLEDGE_STATUSES,
    description: 'draft 草稿, in-review 审核中, published 已发布, returned 已退回, retired 已停用.',
  })
  status!: KnowledgeStatus;

  @ApiProperty({ minimum: 1, description: 'Increases with every saved change; each is kept (GET …/versions).' })
  version!: number;

  @ApiProperty({ description: 'In the review queue: itself, or a revision of it, awaits review.' })
  awaitsReview!: boolean;

  @ApiProperty({ type: PersonView })
  author!: PersonView;

  @ApiProperty({ type: PersonView, nullable: true, description: 'Who last reviewed it.' })
  reviewer!: PersonView | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The last reviewer's note; for a returned entry, what to change.",
  })
  reviewNote!: string | null;

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  publishedAt!: string | null;

  @ApiProperty({
    type: RevisionView,
    nullable: true,
    description: 'Changes proposed to a published entry, while they are reviewed.',
  })
  revision!: RevisionView | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class KnowledgeVersionView {
  @ApiProperty({ minimum: 1 })
  version!: number;

  @ApiProperty({ type: PersonView })
  changedBy!: PersonView;

  @ApiProperty({ format: 'date-time' })
  changedAt!: string;

  @ApiProperty({
    example: 'returned: 请补充仲裁时效的说明',
    description:
      'drafted, edited, submitted for review, published, returned: <note>, revision submitted for review, revision published, retired …',
  })
  changeNote!: string;

  @ApiProperty({
    description: 'The whole entry as it was after the change (as KnowledgeEntryView, without awaitsReview).',
    type: 'object',
    additionalProperties: true,
  })
  snapshot!: Record<string, unknown>;
}

export class KnowledgeEntryDetailView extends KnowledgeEntryView {
  @ApiProperty({ type: [KnowledgeVersionView], description: 'Every saved change, newest first.' })
  versions!: KnowledgeVersionView[];
}

export class KnowledgeEntryPageView extends PageOf(
  KnowledgeEntryView,
  'Latest change first; the review queue oldest first',
) {}

export class MarkView {
  @ApiProperty({ minimum: 0, description: 'Offset in UTF-16 code units, as JavaScript strings count.' })
  start!: number;

  @ApiProperty({ minimum: 1 })
  length!: number;
}

export class KnowledgeSuggestionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: KNOWLEDGE_KINDS })
  kind!: KnowledgeKind;

  @ApiProperty({ example: '用人单位拖欠工资怎么办' })
  title!: string;

  @ApiProperty({ type: [MarkView], description: 'Where the query’s words (and their synonyms) occur in the title.' })
  titleMarks!: MarkView[];

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ type: [String], description: 'Articles the entry relies on, to cite in the answer.' })
  citedArticles!: string[];

  @ApiProperty({
    description: 'Text relevance times one plus the category, region and kind boosts; higher is better.',
    example: 0.42,
  })
  score!: number;
}

export class KnowledgeHitView extends KnowledgeSuggestionView {
  @ApiProperty({ description: 'Up to 90 characters of the answer (or question) around the first match; … where cut.' })
  snippet!: string;

  @ApiProperty({ type: [MarkView] })
  snippetMarks!: MarkView[];

  @ApiProperty({ type: [String], description: 'Region prefixes it applies to; empty for everywhere.' })
  regionCodes!: string[];

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  publishedAt!: string | null;
}

export class SearchTermsView {
  @ApiProperty({
    type: [String],
    description: 'Whole words searched for, synonyms included; any one matches.',
    example: ['老板', '发钱', '欠薪', '拖欠', '工资'],
  })
  terms!: string[];

  @ApiProperty({ type: String, nullable: true, description: 'The last word, matched as a prefix while typing.' })
  prefix!: string | null;
}

export class KnowledgeSearchView {
  @ApiProperty({ type: SearchTermsView })
  query!: SearchTermsView;

  @ApiProperty({ type: [KnowledgeHitView], description: 'Published entries valid today, best first.' })
  hits!: KnowledgeHitView[];
}

export class KnowledgeSuggestionsView {
  @ApiProperty({ type: [KnowledgeSuggestionView], description: 'Published entries valid today, best first.' })
  suggestions!: KnowledgeSuggestionView[];
}

export function knowledgeEntryViewOf(entry: KnowledgeEntry): KnowledgeEntryView {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    question: entry.question,
    answer: entry.answer,
    guide: entry.guide,
    legalCategory: entry.legalCategory,
    regionCodes: entry.regionCodes,
    citedArticles: entry.citedArticles,
    specialLineCodes: entry.specialLineCodes,
    validFrom: entry.validFrom,
    validUntil: entry.validUntil,
    status: entry.status,
    version: entry.version,
    awaitsReview: awaitsReview(entry),
    author: entry.author,
    reviewer: entry.reviewer,
    reviewNote: entry.reviewNote,
    publishedAt: entry.publishedAt?.toISOString() ?? null,
    revision: entry.revision ? { ...entry.revision, editedAt: entry.revision.editedAt.toISOString() } : null,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

export function knowledgeVersionViewOf(row: KnowledgeEntryVersionEntity): KnowledgeVersionView {
  return {
    version: row.version,
    changedBy: { id: row.changedById, name: row.changedBy },
    changedAt: row.changedAt.toISOString(),
    changeNote: row.changeNote,
    snapshot: row.snapshot,
  };
}

export const marksView = (marks: Mark[]): MarkView[] => marks.map(({ start, length }) => ({ start, length }));
