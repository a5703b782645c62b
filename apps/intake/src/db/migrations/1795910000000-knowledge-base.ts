import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base (知识库): common questions, standard lawyer opinions and service guides,
 * reviewed before they are published, every saved change kept as a version.
 *
 * `search_document` holds the entry's text cut into words by jieba (PostgreSQL cannot segment
 * Chinese) and indexed as is by the 'simple' configuration, weighted title A, question B, answer
 * C; `search_head` the title and question alone, which ranking reads. Both are written with the
 * entry, in the same statement, from the segmented text the service computes.
 *
 * The GIN index covers published entries only, the only ones searched: it answers a match
 * exactly, so the search never reads the large documents, only the small heads of the matches.
 */
export class KnowledgeBase1795910000000 implements MigrationInterface {
  name = 'KnowledgeBase1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE knowledge_entries (
        id uuid PRIMARY KEY,
        kind varchar(20) NOT NULL,
        title varchar(200) NOT NULL,
        question text NOT NULL,
        answer text NOT NULL,
        guide jsonb,
        legal_category varchar(40) NOT NULL,
        region_codes text[] NOT NULL,
        cited_articles text[] NOT NULL,
        special_line_codes text[] NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        status varchar(20) NOT NULL,
        version integer NOT NULL,
        author_id varchar(200) NOT NULL,
        author_name varchar(200) NOT NULL,
        reviewer_id varchar(200),
        reviewer_name varchar(200),
        review_note text,
        revision jsonb,
        published_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search_document tsvector NOT NULL,
        search_head tsvector NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX knowledge_entries_search_idx ON knowledge_entries USING gin (search_document) WHERE status = 'published'`,
    );
    await queryRunner.query(`CREATE INDEX knowledge_entries_updated_at_idx ON knowledge_entries (updated_at, id)`);
    await queryRunner.query(`
      CREATE TABLE knowledge_entry_versions (
        entry_id uuid NOT NULL,
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_by_id varchar(200) NOT NULL,
        changed_by varchar(200) NOT NULL,
        changed_at timestamptz NOT NULL,
        change_note text NOT NULL,
        CONSTRAINT knowledge_entry_versions_pkey PRIMARY KEY (entry_id, version),
        CONSTRAINT knowledge_entry_versions_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES knowledge_entries (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE knowledge_entry_versions');
    await queryRunner.query('DROP TABLE knowledge_entries');
  }
}
