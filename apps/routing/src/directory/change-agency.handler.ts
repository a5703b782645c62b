import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import { localDate } from '@legal-hotline/business-calendar';
import { RegionCatalog } from '@legal-hotline/regions';
import { CLOCK, type Clock } from '../routing/clock.js';
import { AgencyAuditEntity } from './agency-audit.entity.js';
import { AgencyDirectoryRepository } from './agency-directory.repository.js';
import {
  toAgencyDetailView,
  type AddJurisdictionDto,
  type AgencyDetailView,
  type ChangeAgencyDto,
  type CloseAgencyDto,
  type EndJurisdictionDto,
} from './agency.dto.js';
import type { Agency } from './domain/agency.js';
import { addJurisdiction, changeAgencySettings, closeAgency, endJurisdiction, type ChangeAuthor, type DirectoryChange } from './domain/directory-change.js';
import { DirectoryError } from './domain/directory-error.js';
import { recordedName } from './domain/person-name.js';

// Jurisdiction dates are Asia/Shanghai calendar days.
const DIRECTORY_TIME_ZONE = 'Asia/Shanghai';

/** The signed-in person changing the directory, as their verified token names them. */
export type DirectoryEditor = Pick<Principal, 'name' | 'subject'>;

function authorOf(by: DirectoryEditor, reason: string): ChangeAuthor {
  return { changedBy: recordedName(by.name), changedById: by.subject, reason };
}

/**
 * Changes the directory while the service runs: each command locks the agency row, applies the
 * domain rule, writes the change and its audit row in one transaction. Routing reads the
 * directory per decision, so the next decision sees the change.
 */
@Injectable()
export class ChangeAgencyHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyDirectoryRepository,
    private readonly catalog: RegionCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  update(id: string, by: DirectoryEditor, dto: ChangeAgencyDto): Promise<AgencyDetailView> {
    const { reason, ...change } = dto;
    return this.change(id, (agency, at) => changeAgencySettings(agency, change, authorOf(by, reason), at));
  }

  close(id: string, by: DirectoryEditor, dto: CloseAgencyDto): Promise<AgencyDetailView> {
    return this.change(id, (agency, at) => closeAgency(agency, dto.effectiveAt ?? localDate(at, DIRECTORY_TIME_ZONE), authorOf(by, dto.reason), at));
  }

  addJurisdiction(id: string, by: DirectoryEditor, dto: AddJurisdictionDto): Promise<AgencyDetailView> {
    if (!this.catalog.lookup(dto.regionCode)) throw DirectoryError.unknownRegion(dto.regionCode);
    return this.change(id, (agency, at) =>
      addJurisdiction(agency, { regionCode: dto.regionCode, effectiveFrom: dto.effectiveFrom }, authorOf(by, dto.reason), at),
    );
  }

  endJurisdiction(id: string, regionCode: string, by: DirectoryEditor, dto: EndJurisdictionDto): Promise<AgencyDetailView> {
    return this.change(id, (agency, at) => endJurisdiction(agency, { regionCode, effectiveTo: dto.effectiveTo }, authorOf(by, dto.reason), at));
  }

  private change(id: string, decide: (agency: Agency, at: Date) => DirectoryChange): Promise<AgencyDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies.findForUpdate(manager, id);
      if (!agency) throw DirectoryError.agencyNotFound(id);
      const change = decide(agency, this.clock());
      if (change.audit) {
        await this.agencies.saveChange(manager, change);
        const { kind, at, ...entry } = change.audit;
        await manager.save(manager.create(AgencyAuditEntity, { ...entry, changeKind: kind, changedAt: at }));
      }
      return toAgencyDetailView(change.agency);
    });
  }
}
