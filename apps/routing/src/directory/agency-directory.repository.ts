import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AgencyType } from '@legal-hotline/contracts';
import type { Agency } from './domain/agency.js';
import type { DirectoryChange } from './domain/directory-change.js';
import { AgencyJurisdictionEntity } from './agency-jurisdiction.entity.js';
import { AgencyEntity } from './agency.entity.js';

/** Which agencies a directory page holds. */
export interface AgencyFilter {
  /** Agencies with a jurisdiction in force whose code starts with this prefix (inside the region). */
  withinPrefix?: string;
  /** ...or exactly one of these codes (the regions above it). */
  orServingOneOf?: readonly string[];
  type?: AgencyType;
  page: number;
  pageSize: number;
}

// Jurisdiction dates are Asia/Shanghai calendar days.
const IN_FORCE_TODAY = `j.effective_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date
  AND (j.effective_to IS NULL OR j.effective_to > (now() AT TIME ZONE 'Asia/Shanghai')::date)`;

/** Reads of the agency directory, as domain `Agency` values with their jurisdictions. */
@Injectable()
export class AgencyDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Agencies with a jurisdiction (in force or not: the domain judges that at its `now`) over any
   * of these exact codes. Reads only the rows of those regions, never the whole directory.
   */
  async findServing(manager: EntityManager, regionCodes: readonly string[]): Promise<Agency[]> {
    if (regionCodes.length === 0) return [];
    const matches = await manager.find(AgencyJurisdictionEntity, {
      select: { agencyId: true },
      where: { regionCode: In([...regionCodes]) },
    });
    return this.withJurisdictions(manager, [...new Set(matches.map((j) => j.agencyId))]);
  }

  async findPage(filter: AgencyFilter): Promise<{ agencies: Agency[]; total: number }> {
    const query = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('agency');
    if (filter.type) query.andWhere('agency.type = :type', { type: filter.type });
    if (filter.withinPrefix !== undefined) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM agency_jurisdictions j WHERE j.agency_id = agency.id AND ${IN_FORCE_TODAY}
           AND (j.region_code LIKE :pattern OR j.region_code = ANY(:above)))`,
        // The prefix is digits only (validated), so it needs no LIKE escaping.
        { pattern: `${filter.withinPrefix}%`, above: [...(filter.orServingOneOf ?? [])] },
      );
    }
    const [rows, total] = await query
      .orderBy('agency.regionCode', 'ASC')
      .addOrderBy('agency.type', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { agencies: await this.attachJurisdictions(this.dataSource.manager, rows), total };
  }

  async findById(id: string): Promise<Agency | null> {
    const [agency] = await this.withJurisdictions(this.dataSource.manager, [id]);
    return agency ?? null;
  }

  /** The agency with its jurisdictions, its row locked until the transaction ends; null if unknown. */
  async findForUpdate(manager: EntityManager, id: string): Promise<Agency | null> {
    const row = await manager.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) return null;
    const [agency] = await this.attachJurisdictions(manager, [row]);
    return agency ?? null;
  }

  /** Writes a directory change: the agency's settings and the jurisdiction rows it touched. */
  async saveChange(manager: EntityManager, change: DirectoryChange): Promise<void> {
    const { agency } = change;
    await manager.update(
      AgencyEntity,
      { id: agency.id },
      {
        availability: agency.availability,
        dutyHours: agency.dutyHours,
        languages: [...agency.languages],
        legalCategories: [...agency.legalCategories],
        requestTypes: [...agency.requestTypes],
        updatedAt: () => 'now()',
      },
    );
    for (const { jurisdiction, isNew } of change.jurisdictions) {
      if (isNew) {
        await manager.insert(AgencyJurisdictionEntity, { agencyId: agency.id, ...jurisdiction });
      } else {
        await manager.update(
          AgencyJurisdictionEntity,
          { agencyId: agency.id, regionCode: jurisdiction.regionCode, effectiveFrom: jurisdiction.effectiveFrom },
          { effectiveTo: jurisdiction.effectiveTo },
        );
      }
    }
  }

  private async withJurisdictions(manager: EntityManager, ids: readonly string[]): Promise<Agency[]> {
    if (ids.length === 0) return [];
    const rows = await manager.find(AgencyEntity, { where: { id: In([...ids]) }, order: { id: 'ASC' } });
    return this.attachJurisdictions(manager, rows);
  }

  private async attachJurisdictions(manager: EntityManager, rows: readonly AgencyEntity[]): Promise<Agency[]> {
    if (rows.length === 0) return [];
    const jurisdictions = await manager.find(AgencyJurisdictionEntity, {
      where: { agencyId: In(rows.map((row) => row.id)) },
      order: { regionCode: 'ASC', effectiveFrom: 'ASC' },
    });
    const byAgency = new Map<string, AgencyJurisdictionEntity[]>();
    for (const jurisdiction of jurisdictions) {
      const list = byAgency.get(jurisdiction.agencyId);
      if (list) list.push(jurisdiction);
      else byAgency.set(jurisdiction.agencyId, [jurisdiction]);
    }
    return rows.map((row) => toAgency(row, byAgency.get(row.id) ?? []));
  }
}

function toAgency(row: AgencyEntity, jurisdictions: readonly AgencyJurisdictionEntity[]): Agency {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    level: row.level,
    regionCode: row.regionCode,
    jurisdictions: jurisdictions.map(({ regionCode, effectiveFrom, effectiveTo }) => ({ regionCode, effectiveFrom, effectiveTo })),
    requestTypes: row.requestTypes,
    legalCategories: row.legalCategories,
    languages: row.languages,
    availability: row.availability,
    dutyHours: row.dutyHours,
  };
}
