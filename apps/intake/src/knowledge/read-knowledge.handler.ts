import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasAnyRole, type Principal } from '@legal-hotline/auth';
import { KnowledgeError } from './domain/knowledge-error.js';
import type { KnowledgeEntry } from './domain/knowledge-entry.js';
import type { ListKnowledgeEntriesQueryDto } from './knowledge.dto.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import {
  knowledgeEntryViewOf,
  knowledgeVersionViewOf,
  type KnowledgeEntryDetailView,
  type KnowledgeEntryPageView,
  type KnowledgeVersionView,
} from './knowledge-view.dto.js';

/**
 * Whether the principal works on the knowledge base (agents, leads, supervisors) and so sees
 * drafts, reviews and retired entries; office staff of centres and committees read what is
 * published only.
 */
function seesUnpublished(principal: Principal): boolean {
  return hasAnyRole(principal, ['hotline-agent', 'owner-lead', 'supervisor']);
}

/** Reading entries: the list with its review queue, one entry with its versions. */
@Injectable()
export class ReadKnowledgeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: KnowledgeRepository,
  ) {}

  async list(query: ListKnowledgeEntriesQueryDto, principal: Principal): Promise<KnowledgeEntryPageView> {
    const all = seesUnpublished(principal);
    if (!all && ((query.status !== undefined && query.status !== 'published') || query.reviewQueue === true)) {
      return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    }
    const { entries, total } = await this.entries.list({
      statuses: all ? (query.status === undefined ? null : [query.status]) : ['published'],
      reviewQueue: query.reviewQueue === true,
      kind: query.kind ?? null,
      legalCategory: query.legalCategory ?? null,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: entries.map(knowledgeEntryViewOf), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string, principal: Principal): Promise<KnowledgeEntryDetailView> {
    const entry = await this.readable(id, principal);
    const versions = await this.versions(id, principal, entry);
    return { ...knowledgeEntryViewOf(entry), versions };
  }

  async versions(id: string, principal: Principal, known?: KnowledgeEntry): Promise<KnowledgeVersionView[]> {
    if (!known) await this.readable(id, principal);
    return (await this.entries.versions(id)).map(knowledgeVersionViewOf);
  }

  /** The entry, if the principal may read it; an unpublished one is unknown to office staff. */
  private async readable(id: string, principal: Principal): Promise<KnowledgeEntry> {
    const entry = await this.entries.load(this.dataSource.manager, id);
    if (!entry || (entry.status !== 'published' && !seesUnpublished(principal))) throw KnowledgeError.notFound(id);
    return entry;
  }
}
