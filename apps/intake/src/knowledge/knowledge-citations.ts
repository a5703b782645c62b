import type { EntityManager } from 'typeorm';

/**
 * Of the knowledge entries an answer cites, those that are not published (unknown, draft,
 * under review, retired): an answer given to a caller may rely only on reviewed entries.
 */
export async function unpublishedKnowledgeEntryIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM knowledge_entries WHERE id = ANY($1::uuid[]) AND status = 'published'`, [ids]);
  const published = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !published.has(id));
}
