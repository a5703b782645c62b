import { Injectable } from '@nestjs/common';
import { RegionCatalog } from '@legal-hotline/regions';
import { AgencyDirectoryRepository } from './agency-directory.repository.js';
import { toAgencyDetailView, toAgencyView, type AgencyDetailView, type AgencyPage, type ListAgenciesQuery } from './agency.dto.js';
import { DirectoryError } from './domain/directory-error.js';
import { regionPrefixOf } from '@legal-hotline/regions';

/** Reads of the agency directory; they change nothing and emit nothing. */
@Injectable()
export class AgencyDirectoryQueries {
  constructor(
    private readonly agencies: AgencyDirectoryRepository,
    private readonly catalog: RegionCatalog,
  ) {}

  /**
   * Agencies whose jurisdiction lies inside `regionCode` (440605: the Nanhai centre and every
   * Nanhai township committee), plus with `includeAncestors` those covering it from above.
   */
  async list(query: ListAgenciesQuery): Promise<AgencyPage> {
    const { regionCode } = query;
    const above = regionCode && query.includeAncestors ? await this.regionsAbove(regionCode) : [];
    const { agencies, total } = await this.agencies.findPage({
      ...(regionCode ? { withinPrefix: regionPrefixOf(regionCode), orServingOneOf: above } : {}),
      ...(query.type ? { type: query.type } : {}),
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: agencies.map(toAgencyView), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<AgencyDetailView> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw DirectoryError.agencyNotFound(id);
    return toAgencyDetailView(agency);
  }

  /** Codes of the regions above `regionCode`; none when the catalog does not know it. */
  private async regionsAbove(regionCode: string): Promise<string[]> {
    if (regionCode.length === 12) await this.catalog.loadVillages(regionCode);
    return this.catalog
      .ancestorsOf(regionCode)
      .slice(1)
      .map((region) => region.code);
  }
}
