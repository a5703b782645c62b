import type { LegalCategory, RequestType } from '@legal-hotline/contracts';
import type { Agency, AgencyAvailability, Jurisdiction } from './agency.js';
import { DirectoryError } from './directory-error.js';
import { checkWeeklySchedule, type WeeklySchedule } from './duty-hours.js';

/** What an audit row records. A moved jurisdiction is two changes: ended at one body, added at another. */
export const DIRECTORY_CHANGE_KINDS = ['agency-updated', 'agency-closed', 'jurisdiction-added', 'jurisdiction-ended'] as const;
export type DirectoryChangeKind = (typeof DIRECTORY_CHANGE_KINDS)[number];

/** The operational settings of a body that the directory API changes. */
export interface AgencySettingsChange {
  availability?: AgencyAvailability;
  /** Checked here (checkWeeklySchedule): it comes from outside as plain JSON. */
  dutyHours?: unknown;
  languages?: readonly string[];
  legalCategories?: readonly LegalCategory[];
  requestTypes?: readonly RequestType[];
}

/**
 * Who changed the directory and why; every change names both. The person is the one their
 * verified access token names, never a name a request body claimed.
 */
export interface ChangeAuthor {
  /** Display name, e.g. "郑红". */
  changedBy: string;
  /** The access token's subject: stable per person. */
  changedById: string;
  reason: string;
}

export interface DirectoryAuditEntry {
  agencyId: string;
  kind: DirectoryChangeKind;
  /** The changed fields (or jurisdictions) as they were. */
  before: Record<string, unknown>;
  /** ... and as they are now. */
  after: Record<string, unknown>;
  changedBy: string;
  changedById: string;
  reason: string;
  at: Date;
}

export interface DirectoryChange {
  /** The agency after the change. */
  agency: Agency;
  /** Jurisdiction rows to write: changed ones (same region and start) or new ones. */
  jurisdictions: { jurisdiction: Jurisdiction; isNew: boolean }[];
  /** Null when the command changed nothing (then nothing is written). */
  audit: DirectoryAuditEntry | null;
}

const SETTINGS = ['availability', 'dutyHours', 'languages', 'legalCategories', 'requestTypes'] as const;

/**
 * Changes a body's availability, duty hours, languages, categories or request types. Only the
 * fields that really change are audited; a command that changes nothing writes nothing.
 */
export function changeAgencySettings(agency: Agency, change: AgencySettingsChange, author: ChangeAuthor, at: Date): DirectoryChange {
  const given = SETTINGS.filter((field) => change[field] !== undefined);
  if (given.length === 0) throw DirectoryError.nothingToChange();
  let dutyHours: WeeklySchedule | undefined;
  if (change.dutyHours !== undefined) {
    const checked = checkWeeklySchedule(change.dutyHours);
    if (!checked.ok) throw DirectoryError.invalidDutyHours(checked.problems);
    dutyHours = checked.schedule;
  }
  const next: Agency = {
    ...agency,
    ...(change.availability !== undefined ? { availability: change.availability } : {}),
    ...(dutyHours !== undefined ? { dutyHours } : {}),
    ...(change.languages !== undefined ? { languages: [...new Set(change.languages)] } : {}),
    ...(change.legalCategories !== undefined ? { legalCategories: [...new Set(change.legalCategories)] } : {}),
    ...(change.requestTypes !== undefined ? { requestTypes: [...new Set(change.requestTypes)] } : {}),
  };
  const changed = given.filter((field) => JSON.stringify(agency[field]) !== JSON.stringify(next[field]));
  if (changed.length === 0) return { agency, jurisdictions: [], audit: null };
  return {
    agency: next,
    jurisdictions: [],
    audit: {
      agencyId: agency.id,
      kind: 'agency-updated',
      before: Object.fromEntries(changed.map((field) => [field, agency[field]])),
      after: Object.fromEntries(changed.map((field) => [field, next[field]])),
      ...author,
      at,
    },
  };
}

/** Still applies on or after `day` (`YYYY-MM-DD`; ISO dates order like the days they name). */
function inForceOnOrAfter(jurisdiction: Jurisdiction, day: string): boolean {
  return jurisdiction.effectiveTo === null || jurisdiction.effectiveTo > day;
}

/**
 * Closes a body: every jurisdiction that still applies on `on` (Asia/Shanghai day) ends then, so
 * routing stops offering it work from that day; one not started by then never starts. The body
 * and its history stay in the directory.
 */
export function closeAgency(agency: Agency, on: string, author: ChangeAuthor, at: Date): DirectoryChange {
  const open = agency.jurisdictions.filter((j) => inForceOnOrAfter(j, on));
  if (open.length === 0) throw DirectoryError.alreadyClosed(agency.id);
  const ended = open.map((j) => ({ ...j, effectiveTo: j.effectiveFrom > on ? j.effectiveFrom : on }));
  return {
    agency: { ...agency, jurisdictions: agency.jurisdictions.map((j) => ended.find((e) => sameRow(e, j)) ?? j) },
    jurisdictions: ended.map((jurisdiction) => ({ jurisdiction, isNew: false })),
    audit: { agencyId: agency.id, kind: 'agency-closed', before: { jurisdictions: open }, after: { jurisdictions: ended }, ...author, at },
  };
}

/** Adds a region the body serves from `effectiveFrom`, open-ended; it may not overlap one it has. */
export function addJurisdiction(
  agency: Agency,
  added: { regionCode: string; effectiveFrom: string },
  author: ChangeAuthor,
  at: Date,
): DirectoryChange {
  const overlapping = agency.jurisdictions.find(
    (j) => j.regionCode === added.regionCode && inForceOnOrAfter(j, added.effectiveFrom),
  );
  if (overlapping) {
    throw DirectoryError.jurisdictionOverlaps(agency.id, added.regionCode, overlapping.effectiveFrom, overlapping.effectiveTo);
  }
  const jurisdiction: Jurisdiction = { regionCode: added.regionCode, effectiveFrom: added.effectiveFrom, effectiveTo: null };
  return {
    agency: { ...agency, jurisdictions: [...agency.jurisdictions, jurisdiction] },
    jurisdictions: [{ jurisdiction, isNew: true }],
    audit: { agencyId: agency.id, kind: 'jurisdiction-added', before: { jurisdiction: null }, after: { jurisdiction }, ...author, at },
  };
}

/** Ends the body's jurisdiction over `regionCode` that still applies on `effectiveTo`: its first day without it. */
export function endJurisdiction(
  agency: Agency,
  ended: { regionCode: string; effectiveTo: string },
  author: ChangeAuthor,
  at: Date,
): DirectoryChange {
  const current = agency.jurisdictions
    .filter((j) => j.regionCode === ended.regionCode && inForceOnOrAfter(j, ended.effectiveTo))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (!current) throw DirectoryError.jurisdictionNotFound(agency.id, ended.regionCode, ended.effectiveTo);
  if (current.effectiveFrom >= ended.effectiveTo) {
    throw DirectoryError.endsBeforeStart(ended.regionCode, current.effectiveFrom, ended.effectiveTo);
  }
  const jurisdiction: Jurisdiction = { ...current, effectiveTo: ended.effectiveTo };
  return {
    agency: { ...agency, jurisdictions: agency.jurisdictions.map((j) => (sameRow(j, current) ? jurisdiction : j)) },
    jurisdictions: [{ jurisdiction, isNew: false }],
    audit: {
      agencyId: agency.id,
      kind: 'jurisdiction-ended',
      before: { jurisdiction: current },
      after: { jurisdiction },
      ...author,
      at,
    },
  };
}

function sameRow(a: Jurisdiction, b: Jurisdiction): boolean {
  return a.regionCode === b.regionCode && a.effectiveFrom === b.effectiveFrom;
}
