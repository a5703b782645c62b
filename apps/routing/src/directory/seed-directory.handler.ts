import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Agency } from './domain/agency.js';

/** Rows of one table the seed wrote: new, changed to match the seed, or already matching. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface SeedDirectoryCounts {
  agencies: UpsertCounts;
  jurisdictions: UpsertCounts;
}

// Bounds each statement's JSON parameter (about 600 bytes per agency).
const CHUNK_SIZE = 1000;

/**
 * Writes a directory seed (buildDirectorySeed) into the agency tables in one transaction,
 * idempotently: missing rows are inserted, rows that differ from the seed are updated, matching
 * rows are left alone (their `updated_at` too), so a second run changes nothing.
 *
 * - `availability` is set when an agency is first inserted and never overwritten: it is
 *   operational state (a body reports itself unstaffed or overloaded), not seed data.
 * - Rows the seed does not mention are kept: the seed adds and corrects, it never deletes.
 * - An agency changed through the directory API (it has audit rows) is the operators' now: the
 *   seed leaves it and its jurisdictions alone, so a re-seed never silently undoes an audited
 *   change (a closed centre reopened, a moved jurisdiction put back).
 *
 * Safe while the service runs: the rows change in one transaction, so each read routing makes
 * sees the directory as it was before the seed or after it, never half of it.
 */
@Injectable()
export class SeedDirectoryHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(agencies: readonly Agency[]): Promise<SeedDirectoryCounts> {
    const ids = new Set(agencies.map((agency) => agency.id));
    if (ids.size !== agencies.length) throw new Error('the directory seed holds two agencies with the same id');
    return this.dataSource.transaction(async (manager) => {
      const counts: SeedDirectoryCounts = { agencies: emptyCounts(), jurisdictions: emptyCounts() };
      for (let start = 0; start < agencies.length; start += CHUNK_SIZE) {
        const chunk = agencies.slice(start, start + CHUNK_SIZE);
        add(counts.agencies, chunk.length, await upsertAgencies(manager, chunk));
      }
      const jurisdictions = agencies.flatMap((agency) =>
        agency.jurisdictions.map((j) => ({
          agency_id: agency.id,
          region_code: j.regionCode,
          effective_from: j.effectiveFrom,
          effective_to: j.effectiveTo,
        })),
      );
      for (let start = 0; start < jurisdictions.length; start += CHUNK_SIZE) {
        const chunk = jurisdictions.slice(start, start + CHUNK_SIZE);
        add(counts.jurisdictions, chunk.length, await upsertJurisdictions(manager, chunk));
      }
      return counts;
    });
  }
}

interface Written {
  inserted: boolean;
}

async function upsertAgencies(manager: EntityManager, agencies: readonly Agency[]): Promise<Written[]> {
  const rows = agencies.map((agency) => ({
    id: agency.id,
    type: agency.type,
    name: agency.name,
    region_code: agency.regionCode,
    level: agency.level,
    request_types: agency.requestTypes,
    legal_categories: agency.legalCategories,
    languages: agency.languages,
    availability: agency.availability,
    duty_hours: agency.dutyHours,
  }));
  // xmax = 0 tells a freshly inserted row from an updated one; rows the WHERE clause skipped
  // (already matching) are not returned at all.
  return manager.query(
    `INSERT INTO agencies (id, type, name, region_code, level, request_types, legal_categories, languages, availability, duty_hours)
     SELECT id, type, name, region_code, level, request_types, legal_categories, languages, availability, duty_hours
     FROM jsonb_to_recordset($1::jsonb) AS seed(
       id varchar, type varchar, name varchar, region_code varchar, level varchar,
       request_types text[], legal_categories text[], languages text[], availability varchar, duty_hours jsonb)
     ON CONFLICT (id) DO UPDATE SET
       type = EXCLUDED.type,
       name = EXCLUDED.name,
       region_code = EXCLUDED.region_code,
       level = EXCLUDED.level,
       request_types = EXCLUDED.request_types,
       legal_categories = EXCLUDED.legal_categories,
       languages = EXCLUDED.languages,
       duty_hours = EXCLUDED.duty_hours,
       updated_at = now()
     WHERE NOT EXISTS (SELECT 1 FROM agency_audit audit WHERE audit.agency_id = agencies.id)
       AND (agencies.type, agencies.name, agencies.region_code, agencies.level, agencies.request_types,
            agencies.legal_categories, agencies.languages, agencies.duty_hours)
       IS DISTINCT FROM
           (EXCLUDED.type, EXCLUDED.name, EXCLUDED.region_code, EXCLUDED.level, EXCLUDED.request_types,
            EXCLUDED.legal_categories, EXCLUDED.languages, EXCLUDED.duty_hours)
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(rows)],
  );
}

async function upsertJurisdictions(
  manager: EntityManager,
  rows: readonly { agency_id: string; region_code: string; effective_from: string; effective_to: string | null }[],
): Promise<Written[]> {
  return manager.query(
    `INSERT INTO agency_jurisdictions (agency_id, region_code, effective_from, effective_to)
     SELECT agency_id, region_code, effective_from, effective_to
     FROM jsonb_to_recordset($1::jsonb) AS seed(agency_id varchar, region_code varchar, effective_from date, effective_to date)
     ON CONFLICT (agency_id, region_code, effective_from) DO UPDATE SET effective_to = EXCLUDED.effective_to
     WHERE agency_jurisdictions.effective_to IS DISTINCT FROM EXCLUDED.effective_to
       AND NOT EXISTS (SELECT 1 FROM agency_audit audit WHERE audit.agency_id = agency_jurisdictions.agency_id)
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(rows)],
  );
}

function emptyCounts(): UpsertCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

function add(counts: UpsertCounts, given: number, written: readonly Written[]): void {
  const inserted = written.filter((row) => row.inserted).length;
  counts.inserted += inserted;
  counts.updated += written.length - inserted;
  counts.unchanged += given - written.length;
}
