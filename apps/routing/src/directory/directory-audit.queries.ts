import { Injectable } from '@nestjs/common';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { AgencyAuditEntity } from './agency-audit.entity.js';
import { AgencyDirectoryRepository } from './agency-directory.repository.js';
import { toAuditEntryView, type AgencyAuditTrail, type DirectoryAuditFeed, type DirectoryAuditQuery } from './agency.dto.js';
import { DirectoryError } from './domain/directory-error.js';

/** Reads of the directory's audit trail, oldest first; they change nothing. */
@Injectable()
export class DirectoryAuditQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyDirectoryRepository,
  ) {}

  async forAgency(agencyId: string): Promise<AgencyAuditTrail> {
    if (!(await this.agencies.findById(agencyId))) throw DirectoryError.agencyNotFound(agencyId);
    const rows = await this.dataSource.getRepository(AgencyAuditEntity).find({ where: { agencyId }, order: { id: 'ASC' } });
    return { agencyId, items: rows.map(toAuditEntryView) };
  }

  async since(query: DirectoryAuditQuery): Promise<DirectoryAuditFeed> {
    const rows = await this.dataSource.getRepository(AgencyAuditEntity).find({
      where: query.since ? { changedAt: MoreThanOrEqual(new Date(query.since)) } : {},
      order: { changedAt: 'ASC', id: 'ASC' },
      take: query.limit,
    });
    return { items: rows.map(toAuditEntryView) };
  }
}
