import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import { EVENT_CATALOG } from '@legal-hotline/contracts';
import { loadRegionCatalog, resolveRetired, type RegionCatalog } from '@legal-hotline/regions';
import { indexAgencies } from '../../directory/domain/agency-directory.js';
import { buildDirectorySeed } from '../../directory/domain/directory-seed.js';
import { DEFAULT_ACCEPTANCE_DEADLINES, parseAcceptanceDeadlines } from './acceptance-deadline.js';
import type { RoutingDirectory } from './choose-destination.js';
import { priorityOf, routeTicket, type RoutingContext, type TicketToRoute } from './route-ticket.js';

// Monday 10:15 Asia/Shanghai: local bodies are on duty.
const NOW = new Date('2026-11-23T02:15:01.000Z');
const IDS = {
  decisionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  eventId: '6d8e9f0a-1b2c-4d3e-8f40-516273849506',
};
const CAUSE = { correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6', causationId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60' };

const ticket = (overrides: Partial<TicketToRoute> = {}): TicketToRoute => ({
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  ticketNumber: '12348-20261123-000042',
  channel: 'hotline',
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  matterLocation: { arosenInRegionCode: '440605011' },
  summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
  caller: { maskedName: '陈*', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  ...overrides,
});

let catalog: RegionCatalog;
let directory: RoutingDirectory;

beforeAll(async () => {
  catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  const index = indexAgencies(buildDirectorySeed(catalog, ['44', '52']));
  directory = {
    agenciesCovering: index.agenciesCovering,
    ancestorsOf: (code) => catalog.ancestorsOf(code),
    resolveRetired: (code, at) => resolveRetired(code, at),
    loadOf: () => 0,
  };
});

const deadlines = parseAcceptanceDeadlines(DEFAULT_ACCEPTANCE_DEADLINES);
const context = (overrides: Partial<RoutingContext> = {}): RoutingContext => ({
  directory,
  excludedAgencyIds: [],
  servedProvinces: ['44', '52'],
  acceptance: { policy: deadlines.ok ? deadlines.policy : { byPriority: { urgent: 'PT1H', 'green-channel': 'PT4H', normal: 'P1WD' }, byChannel: {} }, calendar: DEFAULT_CALENDAR },
  ...overrides,
});

describe(routeTicket.name, () => {
  it('assigns a Nanhai wage claim to the Nanhai centre and asks it to accept within the green channel\'s four hours', () => {
    const sut = routeTicket(ticket(), context(), NOW, IDS, CAUSE);

    expect(sut.decision).toMatchObject({
      id: IDS.decisionId,
      outcome: 'assigned',
      agencyId: 'legal-aid-centre:440605',
      assignmentId: IDS.assignmentId,
      decidedAt: NOW,
    });
    expect(sut.decision.acceptance).toEqual({
      priority: 'green-channel',
      rule: 'acceptance.green-channel',
      duration: 'PT4H',
      dueAt: '2026-11-23T06:15:01.000Z',
    });
    expect(sut.decision.explanation.reason).toMatch(
      /; acceptance due by 2026-11-23 14:15 Asia\/Shanghai \(acceptance.green-channel: PT4H\)$/,
    );
    expect(sut.assignment).toEqual({
      id: IDS.assignmentId,
      ticketId: ticket().ticketId,
      agencyId: 'legal-aid-centre:440605',
      agencyName: '南海区法律援助中心',
      routedOnRegionCode: '440605011',
      priority: 'green-channel',
      acceptanceRule: 'acceptance.green-channel',
      status: 'requested',
      rejectionReason: null,
      rejectionNote: null,
      withdrawalReason: null,
      requestedAt: NOW,
      acceptanceDeadline: new Date('2026-11-23T06:15:01.000Z'),
      decidedAt: null,
      withdrawnAt: null,
    });
    expect(sut.clock).toMatchObject({
      assignmentId: IDS.assignmentId,
      startedAt: NOW,
      dueAt: new Date('2026-11-23T06:15:01.000Z'),
      pausedAt: null,
      firedAt: null,
      stoppedAt: null,
    });
    expect(sut.events).toEqual([
      {
        id: IDS.eventId,
        type: 'assignment.requested.v1',
        source: 'routing',
        subject: IDS.assignmentId,
        occurredAt: NOW.toISOString(),
        ...CAUSE,
        data: expect.objectContaining({
          assignmentId: IDS.assignmentId,
          agency: { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', name: '南海区法律援助中心', regionCode: '440605' },
          caller: ticket().caller,
          flags: ticket().flags,
          regionCode: '440605011',
          explanation: sut.decision.explanation,
          priority: 'green-channel',
          acceptanceDeadline: '2026-11-23T06:15:01.000Z',
          requestedAt: NOW.toISOString(),
        }),
      },
    ]);
    expect(() => EVENT_CATALOG['assignment.requested.v1'].schema.parse(sut.events[0]?.data)).not.toThrow();
  });

  it('gives an ordinary ticket a working day to be accepted', () => {
    const sut = routeTicket(
      ticket({ requestType: 'consultation', flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false } }),
      context(),
      NOW,
      IDS,
      CAUSE,
    );
    expect(sut.assignment?.acceptanceDeadline).toEqual(new Date('2026-11-24T02:15:01.000Z'));
    expect(sut.assignment?.acceptanceRule).toBe('acceptance.normal');
  });

  it("gives a veteran's request the green channel's deadline", () => {
    const sut = routeTicket(
      ticket({ requestType: 'consultation', flags: { urgent: false, migrantWorkerWageClaim: false, veteran: true } }),
      context(),
      NOW,
      IDS,
      CAUSE,
    );
    expect(sut.decision.acceptance).toMatchObject({ priority: 'green-channel', rule: 'acceptance.green-channel' });
    expect(sut.assignment?.acceptanceDeadline).toEqual(new Date('2026-11-23T06:15:01.000Z'));
  });

  it('passes over a body that rejected the ticket before', () => {
    const sut = routeTicket(ticket(), context({ excludedAgencyIds: ['legal-aid-centre:440605'] }), NOW, IDS, CAUSE);
    expect(sut.decision.agencyId).toBe('legal-aid-centre:440600');
    expect(sut.decision.explanation.candidatesConsidered).toContainEqual({
      agencyId: 'legal-aid-centre:440605',
      outcome: 'rejected-before',
    });
  });

  it('sends a ticket from a province it does not serve back to its owner, and says why', () => {
    const sut = routeTicket(ticket({ regionCode: '110101', matterLocation: {} }), context(), NOW, IDS, CAUSE);

    expect(sut.decision).toMatchObject({ outcome: 'no-destination', agencyId: null, assignmentId: null });
    expect(sut.assignment).toBeNull();
    expect(sut.clock).toBeNull();
    expect(sut.decision.explanation.reason).toMatch(
      /110101 is not a region the directory knows, so no body can be chosen; 110101 lies in province 110000, outside the provinces this routing serves \(440000, 520000\)/,
    );
    expect(sut.events).toEqual([
      {
        id: IDS.eventId,
        type: 'routing.failed.v1',
        source: 'routing',
        subject: ticket().ticketId,
        occurredAt: NOW.toISOString(),
        ...CAUSE,
        data: {
          ticketId: ticket().ticketId,
          regionCode: '110101',
          reason: sut.decision.explanation.reason,
          decidedAt: NOW.toISOString(),
        },
      },
    ]);
  });

  it('keeps the plain reason when the region is in a served province', () => {
    const night = new Date('2026-11-23T14:00:00.000Z');
    const sut = routeTicket(
      ticket({ requestType: 'mediation-pre-application', legalCategory: 'neighbourhood', flags: { urgent: true, migrantWorkerWageClaim: false, veteran: false } }),
      context(),
      night,
      IDS,
      CAUSE,
    );
    expect(sut.decision.outcome).toBe('no-destination');
    expect(sut.decision.explanation.reason).not.toMatch(/outside the provinces/);
  });

  describe(priorityOf.name, () => {
    it.each([
      [{ urgent: true, migrantWorkerWageClaim: true, veteran: false }, 'urgent'],
      [{ urgent: false, migrantWorkerWageClaim: true, veteran: false }, 'green-channel'],
      [{ urgent: false, migrantWorkerWageClaim: false, veteran: true }, 'green-channel'],
      [{ urgent: false, migrantWorkerWageClaim: false, veteran: false }, 'normal'],
    ])('ranks %j as %s', (flags, priority) => {
      expect(priorityOf(flags)).toBe(priority);
    });
  });
});
