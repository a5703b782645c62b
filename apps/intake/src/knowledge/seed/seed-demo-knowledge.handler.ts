import type { DataSource } from 'typeorm';
import { draftEntry, reviewEntry, submitEntry, type KnowledgeChange } from '../domain/knowledge-entry.js';
import { KnowledgeRepository } from '../knowledge.repository.js';
import { DEMO_KNOWLEDGE, type DemoKnowledgeEntry } from './demo-knowledge.js';

export interface SeedKnowledgeCounts {
  inserted: number;
  /** Already there (possibly edited in the demo since): left as they are. */
  unchanged: number;
}

/** When the demo entries were written, submitted and published: fixed, so that every run writes the same rows. */
const DRAFTED_AT = new Date('2025-01-02T01:00:00Z');
const SUBMITTED_AT = new Date('2025-01-02T02:00:00Z');
const PUBLISHED_AT = new Date('2025-01-03T01:00:00Z');

/** The three changes an entry went through, as the review process makes them: drafted, submitted, published. */
function historyOf(
  demo: DemoKnowledgeEntry,
): { change: KnowledgeChange; by: DemoKnowledgeEntry['author']; at: Date }[] {
  const author = { ...demo.author, mayReview: false };
  const reviewer = { ...demo.reviewer, mayReview: true };
  const drafted = draftEntry(demo.content, author, { id: demo.id, at: DRAFTED_AT });
  const submitted = submitEntry(drafted.entry, author, SUBMITTED_AT);
  const published = reviewEntry(
    submitted.entry,
    { decision: 'publish', note: '内容及引用条文已核对' },
    reviewer,
    PUBLISHED_AT,
  );
  return [
    { change: drafted, by: demo.author, at: DRAFTED_AT },
    { change: submitted, by: demo.author, at: SUBMITTED_AT },
    { change: published, by: demo.reviewer, at: PUBLISHED_AT },
  ];
}

/**
 * Loads the demo knowledge base: each entry that is not there yet, with its history, in one
 * transaction. Entries already there are left alone, so that changes made in the demo survive
 * a restart.
 */
export async function seedDemoKnowledge(
  dataSource: DataSource,
  entries: readonly DemoKnowledgeEntry[] = DEMO_KNOWLEDGE,
): Promise<SeedKnowledgeCounts> {
  const repository = new KnowledgeRepository(dataSource);
  return dataSource.transaction(async (manager) => {
    const counts: SeedKnowledgeCounts = { inserted: 0, unchanged: 0 };
    for (const demo of entries) {
      const [first, ...rest] = historyOf(demo);
      if (
        !first ||
        !(await repository.save(
          manager,
          first.change.entry,
          { by: first.by, at: first.at, note: first.change.changeNote },
          { ifAbsent: true },
        ))
      ) {
        counts.unchanged += 1;
        continue;
      }
      for (const step of rest)
        await repository.save(manager, step.change.entry, { by: step.by, at: step.at, note: step.change.changeNote });
      counts.inserted += 1;
    }
    return counts;
  });
}
