import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasAnyRole, type Principal } from '@legal-hotline/auth';
import {
  draftEntry,
  editEntry,
  retireEntry,
  reviewEntry,
  submitEntry,
  type KnowledgeActor,
  type KnowledgeChange,
  type KnowledgeContent,
  type KnowledgeEntry,
  type ReviewDecision,
} from './domain/knowledge-entry.js';
import { KnowledgeError } from './domain/knowledge-error.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import { knowledgeEntryViewOf, type KnowledgeEntryView } from './knowledge-view.dto.js';

/** The person of the token, and whether they review: owner leads and supervisors (审核人). */
export function knowledgeActorOf(principal: Principal): KnowledgeActor {
  return {
    id: principal.subject,
    name: principal.name,
    mayReview: hasAnyRole(principal, ['owner-lead', 'supervisor']),
  };
}

/** Refuses codes of special lines that do not exist (a line's knowledge section may outlive its period). */
async function assertSpecialLinesExist(manager: EntityManager, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const rows: { code: string }[] = await manager.query('SELECT code FROM special_lines WHERE code = ANY($1::varchar[])', [codes]);
  const known = new Set(rows.map((row) => row.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) throw KnowledgeError.unknownSpecialLines(unknown);
}

/**
 * Writing the knowledge base: draft, edit, submit, review, retire. Each is one transaction that
 * locks the entry, lets the domain decide, and saves the entry with a new version.
 */
@Injectable()
export class KnowledgeCommandsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: KnowledgeRepository,
  ) {}

  async draft(content: KnowledgeContent, principal: Principal): Promise<KnowledgeEntryView> {
    const actor = knowledgeActorOf(principal);
    const at = new Date();
    const { entry, changeNote } = draftEntry(content, actor, { id: randomUUID(), at });
    await this.dataSource.transaction(async (manager) => {
      await assertSpecialLinesExist(manager, content.specialLineCodes);
      await this.entries.save(manager, entry, { by: actor, at, note: changeNote });
    });
    return knowledgeEntryViewOf(entry);
  }

  async edit(id: string, content: KnowledgeContent, principal: Principal): Promise<KnowledgeEntryView> {
    await assertSpecialLinesExist(this.dataSource.manager, content.specialLineCodes);
    return this.run(id, principal, (entry, actor, at) => editEntry(entry, content, actor, at));
  }

  submit(id: string, principal: Principal): Promise<KnowledgeEntryView> {
    return this.run(id, principal, (entry, actor, at) => submitEntry(entry, actor, at));
  }

  review(
    id: string,
    review: { decision: ReviewDecision; note: string | null },
    principal: Principal,
  ): Promise<KnowledgeEntryView> {
    return this.run(id, principal, (entry, actor, at) => reviewEntry(entry, review, actor, at));
  }

  retire(id: string, note: string | null, principal: Principal): Promise<KnowledgeEntryView> {
    return this.run(id, principal, (entry, actor, at) => retireEntry(entry, actor, at, note));
  }

  private async run(
    id: string,
    principal: Principal,
    decide: (entry: KnowledgeEntry, actor: KnowledgeActor, at: Date) => KnowledgeChange,
  ): Promise<KnowledgeEntryView> {
    const actor = knowledgeActorOf(principal);
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.entries.load(manager, id, { lock: true });
      if (!entry) throw KnowledgeError.notFound(id);
      const at = new Date();
      const change = decide(entry, actor, at);
      await this.entries.save(manager, change.entry, { by: actor, at, note: change.changeNote });
      return knowledgeEntryViewOf(change.entry);
    });
  }
}
