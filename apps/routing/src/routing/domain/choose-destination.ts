import type {
  AgencyType,
  LegalCategory,
  MatterLocation,
  RegionCode,
  RequestType,
  RoutingExplanation,
} from '@legal-hotline/contracts';
import type { Region, RegionLevel } from '@legal-hotline/regions';
import { handlesCategory, servesRequestType, speaks, type Agency } from '../../directory/domain/agency.js';
import { isOnDuty, shanghaiLocalTime } from '../../directory/domain/duty-hours.js';

/** What routing needs to know about a ticket. */
export interface RoutingRequest {
  requestType: RequestType;
  legalCategory: LegalCategory;
  /** Region given with the request (the ticket's region code). */
  regionCode: RegionCode;
  /** Where the matter arose or which organ handles it (Legal Aid Law Art. 38). */
  matterLocation?: MatterLocation;
  /** Caller's language, e.g. "zh-CN", "yue", "hak". */
  language: string;
  /** Bodies that already rejected this ticket: never offered it again. */
  excludedAgencyIds: readonly string[];
  /** Bodies whose assignment of this ticket was withdrawn unanswered after its deadline: never offered it again. */
  timedOutAgencyIds?: readonly string[];
  /**
   * An urgent matter must be taken within the hour, so only a body on duty now can have it.
   * Any other ticket goes to the competent body even after hours and waits in its inbox for
   * its next working hours: its acceptance clock counts working days.
   */
  needsBodyOnDuty: boolean;
}

/** The region and the bodies routing decides among; every part is passed in, none is fetched. */
export interface RoutingDirectory {
  /** Bodies with a jurisdiction over exactly this region at `at` (AgencyDirectory.agenciesCovering). */
  agenciesCovering(regionCode: string, at: Date): readonly Agency[];
  /** The region and its ancestors, most specific first (RegionCatalog.ancestorsOf); empty if unknown. */
  ancestorsOf(regionCode: string): readonly Pick<Region, 'code' | 'name' | 'level'>[];
  /** The code in force at `at` for a possibly retired code (resolveRetired of @legal-hotline/regions). */
  resolveRetired(regionCode: string, at: Date): string;
  /** Open assignments the body holds now; the fewest wins among otherwise equal bodies. */
  loadOf(agencyId: string): number;
}

/**
 * Why a body was or was not chosen: `chosen`; passed over as unavailable (`unstaffed`,
 * `overloaded`, `off-duty`), as having rejected the ticket (`rejected-before`) or let it go
 * unanswered past its acceptance deadline (`overdue-before`), as not taking
 * this kind of request or category; or losing to an equal body that speaks the caller's
 * language, holds fewer open assignments, or sorts first by id.
 */
export type CandidateOutcome =
  | 'chosen'
  | 'unstaffed'
  | 'overloaded'
  | 'off-duty'
  | 'rejected-before'
  | 'overdue-before'
  | 'request-type-not-served'
  | 'category-not-served'
  | 'language-not-served'
  | 'more-open-assignments'
  | 'later-agency-id';

export type RoutingDecision =
  | { outcome: 'assigned'; agency: Agency; explanation: RoutingExplanation }
  | { outcome: 'no-destination'; explanation: RoutingExplanation };

/** The rule that applies to a request: which body type, keyed on which region, and why. */
interface RoutingRule {
  rule: string;
  agencyType: AgencyType;
  /** The most specific level that has this type of body; routing starts there. */
  homeLevel: RegionLevel;
  regionCode: string;
  /** Plain-words ground of the rule, given the label ("440605011 (桂城街道)") of the region. */
  ground(regionLabel: string): string;
}

const LEVEL_DEPTH: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, township: 3, village: 4 };

const AGENCY_TYPE_WORDS: Record<AgencyType, string> = {
  'legal-aid-centre': 'legal-aid centre',
  'mediation-committee': "people's mediation committee",
};

/**
 * Chooses the body that should receive a ticket, walking regions from the most specific level
 * of the applicable rule upward, and explains the choice.
 *
 * - Legal-aid applications follow Legal Aid Law Art. 38: the region of the case-handling organ
 *   if one is named, else where the matter arose, else the region given with the request; never
 *   the caller's household registration.
 * - Mediation pre-applications go to the township's people's mediation committee, then the
 *   county's joint committee.
 * - Consultations and complaints go to the county legal-aid centre of the request's region.
 *
 * At each level, bodies that are not `normal`, are off duty at `now`, already rejected the
 * ticket or let it go overdue, or do not take the request are passed over; among the rest, those speaking the
 * caller's language come first, then the fewest open assignments, then the agency id.
 */
export function chooseDestination(request: RoutingRequest, directory: RoutingDirectory, now: Date): RoutingDecision {
  const rule = ruleFor(request);
  const routedOn = directory.resolveRetired(rule.regionCode, now);
  const retiredNote =
    routedOn === rule.regionCode
      ? []
      : [`region code ${rule.regionCode} is retired; its successor ${routedOn} is used`];
  const chain = directory.ancestorsOf(routedOn);
  const start = chain.findIndex((region) => LEVEL_DEPTH[region.level] <= LEVEL_DEPTH[rule.homeLevel]);

  if (start < 0) {
    return noDestination(
      rule,
      routedOn,
      0,
      [],
      [
        ...retiredNote,
        rule.ground(routedOn),
        `${routedOn} is not a region the directory knows, so no body can be chosen`,
      ],
    );
  }

  const label = labelOf(chain[0] ?? { code: routedOn, name: '' });
  const walk = chain.slice(start);
  const considered: { agency: Agency; outcome: CandidateOutcome }[] = [];
  const seen = new Set<string>();

  for (const [fallbackLevel, region] of walk.entries()) {
    const candidates = directory
      .agenciesCovering(region.code, now)
      .filter((agency) => agency.type === rule.agencyType && !seen.has(agency.id));
    candidates.forEach((agency) => seen.add(agency.id));

    const eligible: Agency[] = [];
    for (const agency of candidates) {
      const unfit = unfitness(agency, request, now);
      if (unfit) considered.push({ agency, outcome: unfit });
      else eligible.push(agency);
    }
    if (eligible.length === 0) continue;

    const ranked = rank(eligible, request.language, directory.loadOf);
    const [chosen, ...others] = ranked;
    if (!chosen) continue;
    considered.push({ agency: chosen.agency, outcome: 'chosen' });
    considered.push(...others.map((other) => ({ agency: other.agency, outcome: lostTo(chosen, other) })));

    const passedOver = considered.filter((c) => isPassedOver(c.outcome));
    const reason = [
      ...retiredNote,
      rule.ground(label),
      ...(passedOver.length > 0 ? [`passed over ${describePassedOver(passedOver, request, now)}`] : []),
      fallbackLevel === 0 && passedOver.length === 0
        ? `${labelOfAgency(chosen.agency)} covers it`
        : `${labelOfAgency(chosen.agency)} takes it${fallbackLevel > 0 ? `, ${fallbackLevel} level${fallbackLevel > 1 ? 's' : ''} up` : ''}`,
      ...(chosen.speaksLanguage
        ? []
        : [`no eligible body at that level lists ${request.language}: arrange an interpreter`]),
    ];
    return {
      outcome: 'assigned',
      agency: chosen.agency,
      explanation: explanationOf(rule, routedOn, fallbackLevel, considered, reason),
    };
  }

  const passedOver = considered.filter((c) => isPassedOver(c.outcome));
  return noDestination(rule, routedOn, walk.length - 1, considered, [
    ...retiredNote,
    rule.ground(label),
    passedOver.length > 0
      ? `passed over ${describePassedOver(passedOver, request, now)}; no ${AGENCY_TYPE_WORDS[rule.agencyType]} is left to take it`
      : `no ${AGENCY_TYPE_WORDS[rule.agencyType]} covers ${label} or any region above it`,
  ]);
}

function ruleFor(request: RoutingRequest): RoutingRule {
  const { handlingOrgan, arosenInRegionCode } = request.matterLocation ?? {};
  switch (request.requestType) {
    case 'legal-aid-application':
      if (handlingOrgan) {
        return {
          rule: 'legal-aid.art38.handling-organ',
          agencyType: 'legal-aid-centre',
          homeLevel: 'county',
          regionCode: handlingOrgan.regionCode,
          ground: (label) =>
            `Legal Aid Law Art. 38: the case is handled by ${handlingOrgan.name} (${handlingOrgan.type}) in ${label}`,
        };
      }
      if (arosenInRegionCode) {
        return {
          rule: 'legal-aid.art38.matter-location',
          agencyType: 'legal-aid-centre',
          homeLevel: 'county',
          regionCode: arosenInRegionCode,
          ground: (label) => `Legal Aid Law Art. 38: the matter arose in ${label}`,
        };
      }
      return {
        rule: 'legal-aid.region-of-request',
        agencyType: 'legal-aid-centre',
        homeLevel: 'county',
        regionCode: request.regionCode,
        ground: (label) =>
          `Legal Aid Law Art. 38: neither a handling organ nor the place where the matter arose is known, so the request's region ${label} decides`,
      };
    case 'mediation-pre-application':
      return {
        rule: 'mediation.township-committee',
        agencyType: 'mediation-committee',
        homeLevel: 'township',
        regionCode: arosenInRegionCode ?? request.regionCode,
        ground: (label) =>
          `People's Mediation Law Art. 8 and 34: the dispute goes to the mediation committee where it arises, ${label}`,
      };
    case 'consultation':
    case 'complaint-or-suggestion':
      return {
        rule: 'consultation.county-centre',
        agencyType: 'legal-aid-centre',
        homeLevel: 'county',
        regionCode: request.regionCode,
        ground: (label) =>
          `consultations and complaints go to the county legal-aid centre of the request's region, ${label}`,
      };
  }
}

function unfitness(agency: Agency, request: RoutingRequest, now: Date): CandidateOutcome | null {
  if (request.excludedAgencyIds.includes(agency.id)) return 'rejected-before';
  if (request.timedOutAgencyIds?.includes(agency.id)) return 'overdue-before';
  if (!servesRequestType(agency, request.requestType)) return 'request-type-not-served';
  if (!handlesCategory(agency, request.legalCategory)) return 'category-not-served';
  switch (agency.availability) {
    case 'unstaffed':
    case 'overloaded':
      return agency.availability;
    case 'normal':
      return !request.needsBodyOnDuty || isOnDuty(agency.dutyHours, now) ? null : 'off-duty';
  }
}

interface RankedCandidate {
  agency: Agency;
  speaksLanguage: boolean;
  load: number;
}

function rank(agencies: readonly Agency[], language: string, loadOf: (agencyId: string) => number): RankedCandidate[] {
  return agencies
    .map((agency) => ({ agency, speaksLanguage: speaks(agency, language), load: loadOf(agency.id) }))
    .sort(
      (a, b) =>
        Number(b.speaksLanguage) - Number(a.speaksLanguage) ||
        a.load - b.load ||
        a.agency.id.localeCompare(b.agency.id),
    );
}

function lostTo(chosen: RankedCandidate, other: RankedCandidate): CandidateOutcome {
  if (chosen.speaksLanguage && !other.speaksLanguage) return 'language-not-served';
  return other.load > chosen.load ? 'more-open-assignments' : 'later-agency-id';
}

/** Outcomes that made routing skip a body rather than prefer another. */
function isPassedOver(outcome: CandidateOutcome): boolean {
  return !['chosen', 'language-not-served', 'more-open-assignments', 'later-agency-id'].includes(outcome);
}

function describePassedOver(
  passedOver: readonly { agency: Agency; outcome: CandidateOutcome }[],
  request: RoutingRequest,
  now: Date,
): string {
  const why = (outcome: CandidateOutcome): string => {
    switch (outcome) {
      case 'off-duty':
        return `off duty at ${shanghaiLocalTime(now).time} Asia/Shanghai`;
      case 'unstaffed':
        return 'unstaffed';
      case 'overloaded':
        return 'overloaded';
      case 'rejected-before':
        return 'already rejected this ticket';
      case 'overdue-before':
        return 'let this ticket go unanswered past its acceptance deadline';
      case 'request-type-not-served':
        return `does not take ${request.requestType}`;
      case 'category-not-served':
        return `does not handle ${request.legalCategory}`;
      case 'chosen':
      case 'language-not-served':
      case 'more-open-assignments':
      case 'later-agency-id':
        return outcome;
    }
  };
  return passedOver.map(({ agency, outcome }) => `${agency.name} (${why(outcome)})`).join(', ');
}

function noDestination(
  rule: RoutingRule,
  routedOn: string,
  fallbackLevel: number,
  considered: readonly { agency: Agency; outcome: CandidateOutcome }[],
  reason: readonly string[],
): RoutingDecision {
  return {
    outcome: 'no-destination',
    explanation: explanationOf(rule, routedOn, Math.max(0, fallbackLevel), considered, reason),
  };
}

function explanationOf(
  rule: RoutingRule,
  routedOn: string,
  fallbackLevel: number,
  considered: readonly { agency: Agency; outcome: CandidateOutcome }[],
  reason: readonly string[],
): RoutingExplanation {
  const sentence = reason.join('; ');
  return {
    rule: rule.rule,
    fallbackLevel,
    routedOnRegionCode: routedOn,
    reason: sentence.charAt(0).toUpperCase() + sentence.slice(1),
    candidatesConsidered: considered.map(({ agency, outcome }) => ({ agencyId: agency.id, outcome })),
  };
}

function labelOf(region: { code: string; name: string }): string {
  return region.name ? `${region.code} (${region.name})` : region.code;
}

function labelOfAgency(agency: Agency): string {
  return `${agency.name} (${agency.regionCode})`;
}
