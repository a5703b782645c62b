import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LegalCategory } from '@legal-hotline/contracts';
import type { KnowledgeKind, KnowledgeStatus, Revision, ServiceGuide } from './domain/knowledge-entry.js';

/**
 * An entry of the knowledge base (知识库). Written by `KnowledgeRepository.save` in one SQL
 * statement that also computes `search_document`, never through TypeORM's save.
 */
@Entity({ name: 'knowledge_entries' })
@Index('knowledge_entries_updated_at_idx', ['updatedAt', 'id'])
// A partial GIN index over the tsvector, which TypeORM cannot describe: the migration owns it.
@Index('knowledge_entries_search_idx', { synchronize: false })
export class KnowledgeEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: KnowledgeKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ type: 'jsonb', nullable: true })
  guide!: ServiceGuide | null;

  @Column({ type: 'varchar', length: 40 })
  legalCategory!: LegalCategory;

  /** Leading digits of region codes, each covering its sub-regions; empty for everywhere. */
  @Column({ type: 'text', array: true })
  regionCodes!: string[];

  @Column({ type: 'text', array: true })
  citedArticles!: string[];

  @Column({ type: 'text', array: true })
  specialLineCodes!: string[];

  /** YYYY-MM-DD. */
  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: KnowledgeStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  authorId!: string;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewerId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewerName!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  /** A pending revision of a published entry (dates as ISO text). */
  @Column({ type: 'jsonb', nullable: true })
  revision!: (Omit<Revision, 'editedAt'> & { editedAt: string }) | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The segmented text, weighted title A, question B, answer C: what a search matches. */
  @Column({ type: 'tsvector', select: false })
  searchDocument!: string;

  /** The segmented title (A) and question (B): what ranking reads. */
  @Column({ type: 'tsvector', select: false })
  searchHead!: string;
}

/** One saved change of an entry, with the whole entry as it was after it. */
@Entity({ name: 'knowledge_entry_versions' })
export class KnowledgeEntryVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  entryId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => KnowledgeEntryEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'knowledge_entry_versions_entry_id_fkey' })
  entry?: Relation<KnowledgeEntryEntity>;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 200 })
  changedById!: string;

  @Column({ type: 'varchar', length: 200 })
  changedBy!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'text' })
  changeNote!: string;
}
