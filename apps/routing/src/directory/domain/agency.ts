import type { AgencyType, LegalCategory, RequestType } from '@legal-hotline/contracts';
import { isWellFormedRegionCode } from '@legal-hotline/regions';
import type { WeeklySchedule } from './duty-hours.js';

/** Administrative level of the government the body belongs to. */
export type AgencyLevel = 'province' | 'city' | 'county' | 'township';

/**
 * normal: takes work; unstaffed: nobody there (night, holiday, vacancy); overloaded: has asked
 * not to receive more for now. Routing passes over anything but `normal` and says why.
 */
export type AgencyAvailability = 'normal' | 'unstaffed' | 'overloaded';

/** A region the body serves, for a period. Dates are Asia/Shanghai calendar days, `YYYY-MM-DD`. */
export interface Jurisdiction {
  /** Division code (6 or 9 digits) whose area the body serves. */
  readonly regionCode: string;
  readonly effectiveFrom: string;
  /** First day it no longer applies; `null` while in force. */
  readonly effectiveTo: string | null;
}

/** A body that receives work orders: a legal-aid centre or a people's mediation committee. */
export interface Agency {
  /** `${type}:${seat region code}`, e.g. "legal-aid-centre:440605", "mediation-committee:440605011". */
  readonly id: string;
  readonly type: AgencyType;
  /** e.g. "南海区法律援助中心". */
  readonly name: string;
  readonly level: AgencyLevel;
  /** Division where the body sits. */
  readonly regionCode: string;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly requestTypes: readonly RequestType[];
  /** Legal categories it handles; empty means all. */
  readonly legalCategories: readonly LegalCategory[];
  /** Languages its staff serve callers in: BCP 47 or ISO 639-3, e.g. "zh-CN", "yue", "hak", "nan". */
  readonly languages: readonly string[];
  readonly availability: AgencyAvailability;
  readonly dutyHours: WeeklySchedule;
}

export function agencyIdOf(type: AgencyType, regionCode: string): string {
  return `${type}:${regionCode}`;
}

/**
 * The seat region of a body from its id, the part after the type ("legal-aid-centre:440605" →
 * "440605"); null when the id has none. Supervision scopes follow it: a supervisor's area
 * covers a body when it covers the body's seat.
 */
export function seatRegionOf(agencyId: string): string | null {
  const separator = agencyId.indexOf(':');
  const region = separator < 0 ? '' : agencyId.slice(separator + 1);
  return isWellFormedRegionCode(region) ? region : null;
}

export function servesRequestType(agency: Agency, requestType: RequestType): boolean {
  return agency.requestTypes.includes(requestType);
}

export function handlesCategory(agency: Agency, category: LegalCategory): boolean {
  return agency.legalCategories.length === 0 || agency.legalCategories.includes(category);
}

export function speaks(agency: Agency, language: string): boolean {
  const wanted = language.toLowerCase();
  return agency.languages.some((served) => served.toLowerCase() === wanted);
}

/** Whether the jurisdiction applies at the instant `at`. */
export function jurisdictionInForce(jurisdiction: Jurisdiction, at: Date): boolean {
  const time = at.getTime();
  const startOfDay = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
  return (
    startOfDay(jurisdiction.effectiveFrom) <= time &&
    (jurisdiction.effectiveTo === null || time < startOfDay(jurisdiction.effectiveTo))
  );
}
