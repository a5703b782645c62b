import { Injectable } from '@nestjs/common';
import { RegionCatalog, type Region } from '@legal-hotline/regions';
import { CodedError } from '@legal-hotline/service-runtime';
import { toRegionStepView, type RegionDetailView, type RegionItemView, type RegionListView } from './region.dto.js';

/**
 * The region catalog as a cascading picker reads it: the served provinces, one level below a
 * division, and a division with its ancestors. Reads only; villages are loaded per province on
 * first need, as routing does for 12-digit codes.
 */
@Injectable()
export class RegionTreeQueries {
  constructor(private readonly catalog: RegionCatalog) {}

  topLevel(): RegionListView {
    return { items: this.catalog.provinces().map((province) => this.itemOf(province)) };
  }

  async childrenOf(code: string): Promise<RegionListView> {
    const { region, retiredInto } = await this.find(code);
    if (retiredInto) {
      throw new CodedError(
        'REGION.RETIRED',
        'not-found',
        `${region.code} (${region.name}) was retired; its area is now ${retiredInto.code} (${retiredInto.name}): ask for that code`,
        'code',
      );
    }
    // A county's townships need their villages to tell whether they have any; a township lists them.
    if (region.level === 'county' || region.level === 'township') await this.catalog.loadVillages(region.code);
    return { items: this.catalog.childrenOf(region.code).map((child) => this.itemOf(child)) };
  }

  async get(code: string): Promise<RegionDetailView> {
    const { region, retiredInto } = await this.find(code);
    if (region.level === 'township') await this.catalog.loadVillages(region.code);
    return {
      ...this.itemOf(region),
      parentCode: region.parentCode,
      path: region.path.flatMap((ancestor) => {
        const found = this.catalog.lookup(ancestor);
        return found ? [toRegionStepView(found)] : [];
      }),
      retiredInto: retiredInto ? toRegionStepView(retiredInto) : null,
    };
  }

  private async find(code: string): Promise<{ region: Region; retiredInto?: Region }> {
    const validation = await this.catalog.validate(code);
    if (validation.ok) return validation;
    const why =
      validation.reason === 'province-not-loaded'
        ? `${code} lies outside the provinces this catalog holds (${this.catalog
            .provinces()
            .map((p) => p.code)
            .join(', ')})`
        : `no division has the code ${code}`;
    throw new CodedError('REGION.NOT_FOUND', 'not-found', why, 'code');
  }

  private itemOf(region: Region): RegionItemView {
    return { ...toRegionStepView(region), hasChildren: this.hasChildren(region) };
  }

  private hasChildren(region: Region): boolean {
    return region.level !== 'village' && this.catalog.childrenOf(region.code).length > 0;
  }
}
