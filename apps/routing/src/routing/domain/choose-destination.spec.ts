import { beforeAll, describe, expect, it } from '@jest/globals';
import { RoutingExplanation } from '@legal-hotline/contracts';
import { loadRegionCatalog, resolveRetired, type RegionCatalog } from '@legal-hotline/regions';
import type { Agency } from '../../directory/domain/agency.js';
import { indexAgencies } from '../../directory/domain/agency-directory.js';
import { buildDirectorySeed } from '../../directory/domain/directory-seed.js';
import {
  chooseDestination,
  type RoutingDecision,
  type RoutingDirectory,
  type RoutingRequest,
} from './choose-destination.js';

// Wednesday, in office hours and at night, Asia/Shanghai.
const DAY = new Date('2025-03-12T10:00:00+08:00');
const NIGHT = new Date('2025-03-12T22:00:00+08:00');
const NO_LOAD: Record<string, number> = {};

const request = (overrides: Partial<RoutingRequest> = {}): RoutingRequest => ({
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605',
  language: 'zh-CN',
  excludedAgencyIds: [],
  needsBodyOnDuty: false,
  ...overrides,
});

let catalog: RegionCatalog;
let seed: Agency[];

beforeAll(async () => {
  catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  await catalog.loadVillages('44');
  seed = buildDirectorySeed(catalog, ['44', '52']);
});

function directory(
  options: { agencies?: Agency[]; changes?: Record<string, Partial<Agency>>; load?: Record<string, number> } = {},
): RoutingDirectory {
  const agencies = (options.agencies ?? seed).map((agency) => ({ ...agency, ...options.changes?.[agency.id] }));
  const index = indexAgencies(agencies);
  return {
    agenciesCovering: index.agenciesCovering,
    ancestorsOf: (code) => catalog.ancestorsOf(code),
    resolveRetired: (code, at) => resolveRetired(code, at),
    loadOf: (agencyId) => options.load?.[agencyId] ?? 0,
  };
}

/** Checks the explanation against the event contract, then returns the decision. */
function decide(req: RoutingRequest, dir: RoutingDirectory = directory(), now: Date = DAY): RoutingDecision {
  const decision = chooseDestination(req, dir, now);
  expect(() => RoutingExplanation.parse(decision.explanation)).not.toThrow();
  return decision;
}

const agencyIdOf = (decision: RoutingDecision) => (decision.outcome === 'assigned' ? decision.agency.id : null);

describe(chooseDestination.name, () => {
  describe('finds the competent body', () => {
    it.each([
      {
        case: 'legal aid for a matter in a Nanhai township goes to the Nanhai centre',
        req: request({ regionCode: '440605011', matterLocation: { arosenInRegionCode: '440605011' } }),
        agencyId: 'legal-aid-centre:440605',
        rule: 'legal-aid.art38.matter-location',
        routedOn: '440605011',
      },
      {
        case: 'legal aid with no place of the matter goes by the region of the request',
        req: request({ regionCode: '440605011' }),
        agencyId: 'legal-aid-centre:440605',
        rule: 'legal-aid.region-of-request',
        routedOn: '440605011',
      },
      {
        case: 'a Shandong migrant worker unpaid on a Dushan site is served in Dushan, not at home',
        req: request({ regionCode: '370102', matterLocation: { arosenInRegionCode: '522726' } }),
        agencyId: 'legal-aid-centre:522726',
        rule: 'legal-aid.art38.matter-location',
        routedOn: '522726',
      },
      {
        case: 'a case before the Qianxi court goes to the Qianxi centre, wherever the matter arose',
        req: request({
          regionCode: '520581',
          legalCategory: 'criminal-defence',
          matterLocation: {
            arosenInRegionCode: '522726',
            handlingOrgan: { type: 'court', name: '黔西市人民法院', regionCode: '520581' },
          },
        }),
        agencyId: 'legal-aid-centre:520581',
        rule: 'legal-aid.art38.handling-organ',
        routedOn: '520581',
      },
      {
        case: 'legal aid in a Dongguan township goes to the Dongguan centre, which has no county under it',
        req: request({ regionCode: '441900003', matterLocation: { arosenInRegionCode: '441900003' } }),
        agencyId: 'legal-aid-centre:441900',
        rule: 'legal-aid.art38.matter-location',
        routedOn: '441900003',
      },
      {
        case: 'mediation in a Dongguan township goes to that township committee',
        req: request({
          requestType: 'mediation-pre-application',
          legalCategory: 'neighbourhood',
          regionCode: '441900003',
        }),
        agencyId: 'mediation-committee:441900003',
        rule: 'mediation.township-committee',
        routedOn: '441900003',
      },
      {
        case: 'legal aid in a Zhongshan township goes to the Zhongshan centre',
        req: request({ regionCode: '442000001', matterLocation: { arosenInRegionCode: '442000001' } }),
        agencyId: 'legal-aid-centre:442000',
        rule: 'legal-aid.art38.matter-location',
        routedOn: '442000001',
      },
      {
        case: 'mediation in a Zhongshan township goes to that township committee',
        req: request({
          requestType: 'mediation-pre-application',
          legalCategory: 'neighbourhood',
          regionCode: '442000001',
        }),
        agencyId: 'mediation-committee:442000001',
        rule: 'mediation.township-committee',
        routedOn: '442000001',
      },
      {
        case: "mediation from a village goes to its township's committee",
        req: request({
          requestType: 'mediation-pre-application',
          legalCategory: 'marriage-family',
          regionCode: '440605011001',
        }),
        agencyId: 'mediation-committee:440605011',
        rule: 'mediation.township-committee',
        routedOn: '440605011001',
      },
      {
        case: 'mediation given only a county goes to the county joint committee',
        req: request({
          requestType: 'mediation-pre-application',
          legalCategory: 'neighbourhood',
          regionCode: '440605',
        }),
        agencyId: 'mediation-committee:440605',
        rule: 'mediation.township-committee',
        routedOn: '440605',
      },
      {
        case: 'a consultation goes to the county centre',
        req: request({ requestType: 'consultation', regionCode: '440605011' }),
        agencyId: 'legal-aid-centre:440605',
        rule: 'consultation.county-centre',
        routedOn: '440605011',
      },
      {
        case: 'a complaint goes to the county centre',
        req: request({ requestType: 'complaint-or-suggestion', legalCategory: 'other', regionCode: '522726' }),
        agencyId: 'legal-aid-centre:522726',
        rule: 'consultation.county-centre',
        routedOn: '522726',
      },
      {
        case: 'a retired code (高要市 441283) is routed on its successor 高要区 441204',
        req: request({ regionCode: '441283' }),
        agencyId: 'legal-aid-centre:441204',
        rule: 'legal-aid.region-of-request',
        routedOn: '441204',
      },
    ])('$case', ({ req, agencyId, rule, routedOn }) => {
      const decision = decide(req);
      expect(agencyIdOf(decision)).toBe(agencyId);
      expect(decision.explanation).toMatchObject({ rule, routedOnRegionCode: routedOn, fallbackLevel: 0 });
      expect(decision.explanation.candidatesConsidered).toContainEqual({ agencyId, outcome: 'chosen' });
    });

    it('explains in plain words, citing the article', () => {
      const decision = decide(
        request({ regionCode: '440605011', matterLocation: { arosenInRegionCode: '440605011' } }),
      );
      expect(decision.explanation.reason).toBe(
        'Legal Aid Law Art. 38: the matter arose in 440605011 (桂城街道); 南海区法律援助中心 (440605) covers it',
      );
    });

    it('says when it mapped a retired code', () => {
      expect(decide(request({ regionCode: '441283' })).explanation.reason).toMatch(
        /^Region code 441283 is retired; its successor 441204 is used; Legal Aid Law Art\. 38: .* 441204 \(高要区\)/,
      );
    });
  });

  describe('after hours', () => {
    it.each([
      ['a legal-aid application', request({ regionCode: '440605011' }), 'legal-aid-centre:440605'],
      ['a mediation pre-application', request({ requestType: 'mediation-pre-application', legalCategory: 'neighbourhood', regionCode: '440605011' }), 'mediation-committee:440605011'],
    ])('leaves %s that is not urgent with the competent body, to wait for its working hours', (_, req, agencyId) => {
      const decision = decide(req, directory(), NIGHT);
      expect(decision).toMatchObject({ outcome: 'assigned', agency: { id: agencyId } });
    });
  });

  describe('falls back when a body cannot take the ticket', () => {
    it.each([
      {
        case: 'an urgent matter at night: the Nanhai and Foshan centres are off duty, so the provincial duty desk takes it',
        req: request({ regionCode: '440605011', needsBodyOnDuty: true }),
        dir: () => directory(),
        now: NIGHT,
        agencyId: 'legal-aid-centre:440000',
        fallbackLevel: 2,
        considered: [
          { agencyId: 'legal-aid-centre:440605', outcome: 'off-duty' },
          { agencyId: 'legal-aid-centre:440600', outcome: 'off-duty' },
          { agencyId: 'legal-aid-centre:440000', outcome: 'chosen' },
        ],
      },
      {
        case: 'an urgent matter at night in Dongguan falls straight back to the province: there is no level between',
        req: request({ regionCode: '441900003', needsBodyOnDuty: true }),
        dir: () => directory(),
        now: NIGHT,
        agencyId: 'legal-aid-centre:440000',
        fallbackLevel: 1,
        considered: [
          { agencyId: 'legal-aid-centre:441900', outcome: 'off-duty' },
          { agencyId: 'legal-aid-centre:440000', outcome: 'chosen' },
        ],
      },
      {
        case: 'an unstaffed county centre hands over to the city centre',
        req: request({ regionCode: '440605' }),
        dir: () => directory({ changes: { 'legal-aid-centre:440605': { availability: 'unstaffed' } } }),
        now: DAY,
        agencyId: 'legal-aid-centre:440600',
        fallbackLevel: 1,
        considered: [
          { agencyId: 'legal-aid-centre:440605', outcome: 'unstaffed' },
          { agencyId: 'legal-aid-centre:440600', outcome: 'chosen' },
        ],
      },
      {
        case: 'an overloaded county centre in Guizhou hands over to the prefecture centre',
        req: request({ regionCode: '370102', matterLocation: { arosenInRegionCode: '522726' } }),
        dir: () => directory({ changes: { 'legal-aid-centre:522726': { availability: 'overloaded' } } }),
        now: DAY,
        agencyId: 'legal-aid-centre:522700',
        fallbackLevel: 1,
        considered: [
          { agencyId: 'legal-aid-centre:522726', outcome: 'overloaded' },
          { agencyId: 'legal-aid-centre:522700', outcome: 'chosen' },
        ],
      },
      {
        case: 'a centre that already rejected the ticket is not offered it again',
        req: request({ regionCode: '440605', excludedAgencyIds: ['legal-aid-centre:440605'] }),
        dir: () => directory(),
        now: DAY,
        agencyId: 'legal-aid-centre:440600',
        fallbackLevel: 1,
        considered: [
          { agencyId: 'legal-aid-centre:440605', outcome: 'rejected-before' },
          { agencyId: 'legal-aid-centre:440600', outcome: 'chosen' },
        ],
      },
      {
        case: 'an unstaffed township committee hands mediation to the county joint committee',
        req: request({
          requestType: 'mediation-pre-application',
          legalCategory: 'neighbourhood',
          regionCode: '440605011',
        }),
        dir: () => directory({ changes: { 'mediation-committee:440605011': { availability: 'unstaffed' } } }),
        now: DAY,
        agencyId: 'mediation-committee:440605',
        fallbackLevel: 1,
        considered: [
          { agencyId: 'mediation-committee:440605011', outcome: 'unstaffed' },
          { agencyId: 'mediation-committee:440605', outcome: 'chosen' },
        ],
      },
    ])('$case', ({ req, dir, now, agencyId, fallbackLevel, considered }) => {
      const decision = decide(req, dir(), now);
      expect(agencyIdOf(decision)).toBe(agencyId);
      expect(decision.explanation.fallbackLevel).toBe(fallbackLevel);
      expect(decision.explanation.candidatesConsidered).toEqual(considered);
    });

    it('says why it walked up', () => {
      expect(decide(request({ regionCode: '440605011', needsBodyOnDuty: true }), directory(), NIGHT).explanation.reason).toBe(
        "Legal Aid Law Art. 38: neither a handling organ nor the place where the matter arose is known, so the request's region 440605011 (桂城街道) decides; " +
          'passed over 南海区法律援助中心 (off duty at 22:00 Asia/Shanghai), 佛山市法律援助中心 (off duty at 22:00 Asia/Shanghai); ' +
          '广东省法律援助中心 (440000) takes it, 2 levels up',
      );
    });
  });

  describe('chooses among equal bodies', () => {
    // A second body in Longgang, Shenzhen, with Hakka-speaking staff.
    const longgangServiceCentre = (): Agency => ({
      ...seed.find((agency) => agency.id === 'legal-aid-centre:440307')!,
      id: 'legal-aid-centre:440307:public-legal-service-centre',
      name: '龙岗区公共法律服务中心',
      languages: ['zh-CN', 'yue', 'hak'],
    });
    const longgang = (load: Record<string, number>) =>
      directory({ agencies: [...seed, longgangServiceCentre()], load });

    it.each([
      {
        case: 'a Hakka speaker gets the body that speaks Hakka, although it is busier',
        language: 'hak',
        load: { 'legal-aid-centre:440307': 1, 'legal-aid-centre:440307:public-legal-service-centre': 5 },
        chosen: 'legal-aid-centre:440307:public-legal-service-centre',
        other: { agencyId: 'legal-aid-centre:440307', outcome: 'language-not-served' },
      },
      {
        case: 'a Mandarin speaker gets the body with fewer open assignments',
        language: 'zh-CN',
        load: { 'legal-aid-centre:440307': 3, 'legal-aid-centre:440307:public-legal-service-centre': 2 },
        chosen: 'legal-aid-centre:440307:public-legal-service-centre',
        other: { agencyId: 'legal-aid-centre:440307', outcome: 'more-open-assignments' },
      },
      {
        case: 'equal load is settled by agency id, so the choice is repeatable',
        language: 'yue',
        load: NO_LOAD,
        chosen: 'legal-aid-centre:440307',
        other: { agencyId: 'legal-aid-centre:440307:public-legal-service-centre', outcome: 'later-agency-id' },
      },
    ])('$case', ({ language, load, chosen, other }) => {
      const decision = decide(request({ regionCode: '440307', language }), longgang(load));
      expect(agencyIdOf(decision)).toBe(chosen);
      expect(decision.explanation.candidatesConsidered).toEqual([{ agencyId: chosen, outcome: 'chosen' }, other]);
      expect(decision.explanation.fallbackLevel).toBe(0);
    });

    it('keeps the competent local body when nobody there speaks the language, and says so', () => {
      const decision = decide(request({ regionCode: '522726', language: 'yue' }));
      expect(agencyIdOf(decision)).toBe('legal-aid-centre:522726');
      expect(decision.explanation.reason).toMatch(/no eligible body at that level lists yue: arrange an interpreter$/);
    });
  });

  describe('finds no destination', () => {
    it('for a region outside the directory', () => {
      const decision = decide(request({ regionCode: '370102' }));
      expect(decision).toEqual({
        outcome: 'no-destination',
        explanation: {
          rule: 'legal-aid.region-of-request',
          fallbackLevel: 0,
          routedOnRegionCode: '370102',
          reason: expect.stringMatching(/370102 is not a region the directory knows, so no body can be chosen$/),
          candidatesConsidered: [],
        },
      });
    });

    it('for a known region no body covers', () => {
      const guangdongOnly = directory({ agencies: seed.filter((agency) => agency.regionCode.startsWith('44')) });
      const decision = decide(request({ regionCode: '522726' }), guangdongOnly);
      expect(decision.outcome).toBe('no-destination');
      expect(decision.explanation.reason).toMatch(
        /no legal-aid centre covers 522726 \(独山县\) or any region above it$/,
      );
    });

    it('when every body on the way is off duty for an urgent matter', () => {
      const decision = decide(
        request({ requestType: 'mediation-pre-application', legalCategory: 'neighbourhood', regionCode: '440605011', needsBodyOnDuty: true }),
        directory(),
        NIGHT,
      );
      expect(decision.outcome).toBe('no-destination');
      expect(decision.explanation.candidatesConsidered).toEqual([
        { agencyId: 'mediation-committee:440605011', outcome: 'off-duty' },
        { agencyId: 'mediation-committee:440605', outcome: 'off-duty' },
      ]);
      expect(decision.explanation.reason).toMatch(/no people's mediation committee is left to take it$/);
    });

    it('for mediation of a matter people mediation does not handle', () => {
      const decision = decide(
        request({
          requestType: 'mediation-pre-application',
          legalCategory: 'criminal-defence',
          regionCode: '440605011',
        }),
      );
      expect(decision.outcome).toBe('no-destination');
      expect(decision.explanation.candidatesConsidered.map((c) => c.outcome)).toEqual([
        'category-not-served',
        'category-not-served',
      ]);
    });
  });
});
