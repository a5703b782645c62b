import { jurisdictionInForce, type Agency } from './agency.js';

/** The bodies that can receive work orders, found by the regions they serve. */
export interface AgencyDirectory {
  readonly agencies: readonly Agency[];
  /** Bodies with a jurisdiction over exactly this region code in force at `at`, by id. */
  agenciesCovering(regionCode: string, at: Date): readonly Agency[];
}

/** Indexes bodies by jurisdiction. Throws if two bodies share an id. */
export function indexAgencies(agencies: readonly Agency[]): AgencyDirectory {
  const byRegion = new Map<string, Agency[]>();
  const ids = new Set<string>();
  for (const agency of [...agencies].sort((a, b) => a.id.localeCompare(b.id))) {
    if (ids.has(agency.id)) throw new Error(`two agencies share the id '${agency.id}'`);
    ids.add(agency.id);
    for (const regionCode of new Set(agency.jurisdictions.map((j) => j.regionCode))) {
      const list = byRegion.get(regionCode);
      if (list) list.push(agency);
      else byRegion.set(regionCode, [agency]);
    }
  }

  return {
    agencies,
    agenciesCovering: (regionCode, at) =>
      (byRegion.get(regionCode) ?? []).filter((agency) =>
        agency.jurisdictions.some((j) => j.regionCode === regionCode && jurisdictionInForce(j, at)),
      ),
  };
}
