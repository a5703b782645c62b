import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import { EVENT_CATALOG, type RejectionReason } from '@legal-hotline/contracts';
import { loadRegionCatalog, resolveRetired } from '@legal-hotline/regions';
import type { TrackedAssignment } from '../../assignments/domain/assignment.js';
import { indexAgencies } from '../../directory/domain/agency-directory.js';
import { buildDirectorySeed } from '../../directory/domain/directory-seed.js';
import { DEFAULT_ACCEPTANCE_DEADLINES, parseAcceptanceDeadlines } from './acceptance-deadline.js';
import type { RoutingDirectory } from './choose-destination.js';
import {
  exclusionsOf,
  mayHandOffAgain,
  reRouteTicket,
  returnWithoutTicketCopy,
  unacceptedHandOffs,
  type ReRouteContext,
  type ReRoutedTicket,
} from './re-route-ticket.js';
import type { HandOffEnd, TicketToRoute } from './route-ticket.js';

// Monday 10:15 Asia/Shanghai.
const NOW = new Date('2026-11-23T02:15:01.000Z');
const TICKET_ID = '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c';
const CAUSE = { correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6', causationId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60' };
const IDS = {
  decisionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  eventId: '6d8e9f0a-1b2c-4d3e-8f40-516273849506',
  alertEventId: '5c7d8e9f-0a1b-4c2d-8e3f-405162738495',
  alertId: '33333333-3333-4333-8333-333333333301',
};

const NANHAI = 'legal-aid-centre:440605';
const FOSHAN = 'legal-aid-centre:440600';
const GUANGDONG = 'legal-aid-centre:440000';
const NAMES: Record<string, string> = { [NANHAI]: '南海区法律援助中心', [FOSHAN]: '佛山市法律援助中心', [GUANGDONG]: '广东省法律援助中心' };

const ticket = (overrides: Partial<TicketToRoute> = {}): TicketToRoute => ({
  ticketId: TICKET_ID,
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

let hour = 0;
/** A hand-off to `agencyId` that ended as given; each one an hour after the previous. */
function handOff(agencyId: string, ending: 'rejected' | 'overdue' | 'closed' | 'requested', reason: RejectionReason = 'not-our-jurisdiction'): TrackedAssignment {
  hour += 1;
  const requestedAt = new Date(NOW.getTime() - (100 - hour) * 3_600_000);
  return {
    id: `00000000-0000-4000-8000-${String(hour).padStart(12, '0')}`,
    ticketId: TICKET_ID,
    agencyId,
    agencyName: NAMES[agencyId] ?? agencyId,
    routedOnRegionCode: '440605011',
    priority: 'green-channel',
    acceptanceRule: 'acceptance.green-channel',
    status: ending === 'rejected' ? 'rejected' : ending === 'requested' ? 'requested' : 'withdrawn',
    rejectionReason: ending === 'rejected' ? reason : null,
    rejectionNote: ending === 'rejected' ? `${agencyId} says no` : null,
    withdrawalReason: ending === 'overdue' ? 'acceptance-overdue' : ending === 'closed' ? 'ticket-closed' : null,
    requestedAt,
    acceptanceDeadline: new Date(requestedAt.getTime() + 4 * 3_600_000),
    decidedAt: ending === 'rejected' ? requestedAt : null,
    withdrawnAt: ending === 'overdue' || ending === 'closed' ? requestedAt : null,
  };
}

const endOf = (a: TrackedAssignment): HandOffEnd =>
  a.status === 'rejected'
    ? { kind: 'rejected', agencyId: a.agencyId, agencyName: a.agencyName, reason: a.rejectionReason ?? 'duplicate', note: a.rejectionNote }
    : { kind: 'overdue', agencyId: a.agencyId, agencyName: a.agencyName, dueAt: a.acceptanceDeadline };

let directory: RoutingDirectory;
beforeAll(async () => {
  const catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  const index = indexAgencies(buildDirectorySeed(catalog, ['44', '52']));
  directory = {
    agenciesCovering: index.agenciesCovering,
    ancestorsOf: (code) => catalog.ancestorsOf(code),
    resolveRetired: (code, at) => resolveRetired(code, at),
    loadOf: () => 0,
  };
});

const deadlines = parseAcceptanceDeadlines(DEFAULT_ACCEPTANCE_DEADLINES);
const context = (maxHops = 3): ReRouteContext => ({
  directory,
  servedProvinces: ['44', '52'],
  acceptance: { policy: deadlines.ok ? deadlines.policy : { byPriority: { urgent: 'PT1H', 'green-channel': 'PT4H', normal: 'P1WD' }, byChannel: {} }, calendar: DEFAULT_CALENDAR },
  maxHops,
});

function sut(handOffs: TrackedAssignment[], options: { maxHops?: number; ticket?: Partial<TicketToRoute> } = {}): ReRoutedTicket {
  const last = handOffs.at(-1);
  if (!last) throw new Error('a re-route follows a hand-off');
  const result = reRouteTicket(ticket(options.ticket), handOffs, endOf(last), context(options.maxHops), NOW, IDS, CAUSE);
  for (const event of result.events) expect(() => EVENT_CATALOG[event.type].schema.parse(event.data)).not.toThrow();
  return result;
}

describe(mayHandOffAgain.name, () => {
  it.each([
    [0, 3, true],
    [1, 3, true],
    [2, 3, true],
    [3, 3, false],
    [4, 3, false],
    [1, 1, false],
  ])('after %i hand-offs with a limit of %i: %s', (handOffs, maxHops, allowed) => {
    expect(mayHandOffAgain(handOffs, maxHops)).toBe(allowed);
  });
});

describe(exclusionsOf.name, () => {
  it('excludes bodies that rejected or let the deadline pass, not those withdrawn because the ticket ended', () => {
    expect(exclusionsOf([handOff(NANHAI, 'rejected'), handOff(FOSHAN, 'overdue'), handOff(GUANGDONG, 'closed')])).toEqual({
      rejected: [NANHAI],
      timedOut: [FOSHAN],
    });
  });
});

describe(reRouteTicket.name, () => {
  it.each([
    { case: 'a rejection by the county centre goes one level up', handOffs: () => [handOff(NANHAI, 'rejected')], next: FOSHAN, passedOver: [NANHAI, 'rejected-before'] },
    { case: 'a county centre that let the deadline pass is passed over too', handOffs: () => [handOff(NANHAI, 'overdue')], next: FOSHAN, passedOver: [NANHAI, 'overdue-before'] },
    {
      case: 'two rejections walk up to the province',
      handOffs: () => [handOff(NANHAI, 'rejected'), handOff(FOSHAN, 'rejected')],
      next: GUANGDONG,
      passedOver: [FOSHAN, 'rejected-before'],
    },
  ])('$case', ({ handOffs, next, passedOver }) => {
    const result = sut(handOffs());
    expect(result.ticketState).toBe('open');
    expect(result.decision).toMatchObject({ outcome: 'assigned', agencyId: next, assignmentId: IDS.assignmentId });
    expect(result.decision.explanation.candidatesConsidered).toContainEqual({ agencyId: passedOver[0], outcome: passedOver[1] });
    expect(result.events.map((e) => e.type)).toEqual(['assignment.requested.v1']);
    expect(result.clock).toMatchObject({ assignmentId: IDS.assignmentId, agencyId: next });
  });

  it('says in the explanation which body rejected and why', () => {
    const result = sut([handOff(NANHAI, 'rejected', 'not-our-jurisdiction')]);
    expect(result.decision.explanation.reason).toMatch(
      /^Re-routed \(hand-off 2 of at most 3\) after 南海区法律援助中心 \(legal-aid-centre:440605\) rejected it: not-our-jurisdiction \("legal-aid-centre:440605 says no"\); Legal Aid Law Art\. 38/,
    );
    expect(result.decision.explanation.reason).toMatch(/acceptance due by 2026-11-23 14:15 Asia\/Shanghai \(acceptance.green-channel: PT4H\)$/);
  });

  it('says in the explanation which body let the deadline pass', () => {
    const result = sut([handOff(NANHAI, 'overdue')]);
    expect(result.decision.explanation.reason).toMatch(/^Re-routed \(hand-off 2 of at most 3\) after 南海区法律援助中心 \(legal-aid-centre:440605\) did not accept it by its deadline, .* and it was withdrawn; /);
  });

  it.each([1, 2, 3, 4, 6])('never offers the ticket twice and gives it back within a hop limit of %i', (maxHops) => {
    const handOffs: TrackedAssignment[] = [handOff(NANHAI, 'rejected')];
    for (;;) {
      const result = sut(handOffs, { maxHops });
      if (result.ticketState === 'returned-to-owner') break;
      const chosen = result.decision.agencyId ?? '';
      expect(handOffs.map((a) => a.agencyId)).not.toContain(chosen);
      handOffs.push(handOff(chosen, 'rejected'));
    }
    expect(handOffs.length).toBeLessThanOrEqual(maxHops);
    expect(new Set(handOffs.map((a) => a.agencyId)).size).toBe(handOffs.length);
  });

  it('hands the ticket back after the hop limit, with every rejection, the hop count and the next level up as suggestion, and alerts', () => {
    const handOffs = [handOff(NANHAI, 'rejected'), handOff(FOSHAN, 'overdue')];
    const result = sut(handOffs, { maxHops: 2 });

    expect(result.ticketState).toBe('returned-to-owner');
    expect(result.assignment).toBeNull();
    expect(result.decision).toMatchObject({ outcome: 'returned-to-owner', agencyId: null, assignmentId: null });
    expect(result.decision.explanation.rule).toBe('bounce-back.hop-limit-reached');
    expect(result.events).toEqual([
      {
        id: IDS.eventId,
        type: 'routing.returned-to-owner.v1',
        source: 'routing',
        subject: TICKET_ID,
        occurredAt: NOW.toISOString(),
        ...CAUSE,
        data: {
          ticketId: TICKET_ID,
          why: 'hop-limit-reached',
          hops: 2,
          rejections: [
            { agencyId: NANHAI, agencyName: '南海区法律援助中心', reason: 'not-our-jurisdiction', note: `${NANHAI} says no` },
            { agencyId: FOSHAN, agencyName: '佛山市法律援助中心', reason: 'acceptance-overdue', note: expect.stringContaining('no answer by the acceptance deadline') },
          ],
          suggestedDestination: { agencyId: GUANGDONG, name: '广东省法律援助中心', why: expect.stringContaining('province level') },
          returnedAt: NOW.toISOString(),
        },
      },
      {
        id: IDS.alertEventId,
        type: 'supervision.alert-raised.v1',
        source: 'routing',
        subject: TICKET_ID,
        occurredAt: NOW.toISOString(),
        ...CAUSE,
        data: {
          alertId: IDS.alertId,
          ticketId: TICKET_ID,
          kind: 'returned-to-owner',
          severity: 'warning',
          message: expect.stringContaining('12348-20261123-000042 went back to its first-contact owner after 2 hand-offs (hop-limit-reached)'),
          agencyId: null,
          raisedAt: NOW.toISOString(),
        },
      },
    ]);
  });

  it('hands the ticket back when no body is left, suggesting none for jurisdiction rejections', () => {
    const result = sut([handOff(NANHAI, 'rejected'), handOff(FOSHAN, 'rejected'), handOff(GUANGDONG, 'rejected')], { maxHops: 5 });
    expect(result.decision.explanation.rule).toBe('bounce-back.no-candidate-left');
    expect(result.events[0]).toMatchObject({ data: { why: 'no-candidate-left', hops: 3, suggestedDestination: null } });
    expect(result.decision.explanation.reason).toMatch(/no legal-aid centre is left to take it; no destination to suggest$/);
  });

  it('suggests the partner hotline that fits when every body says the category is not theirs', () => {
    const result = sut([handOff(NANHAI, 'rejected', 'not-our-category'), handOff(FOSHAN, 'rejected', 'not-our-category'), handOff(GUANGDONG, 'rejected', 'not-our-category')], {
      ticket: { legalCategory: 'consumer' },
    });
    expect(result.events[0]).toMatchObject({
      data: {
        why: 'hop-limit-reached',
        suggestedDestination: { agencyId: 'partner-hotline:12345', name: '12345政务服务便民热线' },
      },
    });
  });
});

describe(unacceptedHandOffs.name, () => {
  it('lists rejections and overdue withdrawals oldest first, leaving out other withdrawals and open hand-offs', () => {
    const handOffs = [handOff(NANHAI, 'rejected', 'duplicate'), handOff(FOSHAN, 'closed'), handOff(GUANGDONG, 'overdue'), handOff(NANHAI, 'requested')];
    expect(unacceptedHandOffs([...handOffs].reverse()).map((r) => [r.agencyId, r.reason])).toEqual([
      [NANHAI, 'duplicate'],
      [GUANGDONG, 'acceptance-overdue'],
    ]);
  });
});

describe(returnWithoutTicketCopy.name, () => {
  it('hands a ticket routing kept no copy of back to its owner, with the rejections', () => {
    const result = returnWithoutTicketCopy(TICKET_ID, [handOff(NANHAI, 'rejected')], NOW, IDS, CAUSE);
    expect(result.ticketState).toBe('returned-to-owner');
    expect(result.decision.explanation).toMatchObject({ rule: 'bounce-back.ticket-not-kept', routedOnRegionCode: '440605011' });
    expect(result.events.map((e) => e.type)).toEqual(['routing.returned-to-owner.v1', 'supervision.alert-raised.v1']);
    expect(result.events[0]).toMatchObject({ data: { why: 'no-candidate-left', hops: 1, suggestedDestination: null } });
  });
});
