import { loadRegionCatalog } from '@legal-hotline/regions';
import type { AgencyType } from '@legal-hotline/contracts';
import { receivingBodyIds } from './domain/receiving-bodies.js';

/**
 * The receiving bodies of this inbox's kind that exist, derived once at start-up from the
 * region catalog of the served provinces (the same derivation as routing's directory seed,
 * see `receivingBodyIds`). An inbox asked about any other id answers 404.
 */
export class ReceivingBodies {
  private constructor(private readonly ids: ReadonlySet<string>) {}

  static async load(provinces: readonly string[], agencyType: AgencyType): Promise<ReceivingBodies> {
    const catalog = await loadRegionCatalog({ provinces });
    const loaded = new Set(catalog.provinces().map((province) => province.code.slice(0, 2)));
    const missing = provinces.filter((province) => !loaded.has(province.slice(0, 2)));
    // A typo would otherwise answer 404 for every body of a whole province without a word.
    if (missing.length > 0) throw new Error(`INBOX_PROVINCES names provinces the division dataset does not have: ${missing.join(', ')}`);
    return new ReceivingBodies(receivingBodyIds(catalog, provinces, agencyType));
  }

  has(agencyId: string): boolean {
    return this.ids.has(agencyId);
  }
}
