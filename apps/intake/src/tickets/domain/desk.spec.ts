import { describe, expect, it } from '@jest/globals';
import { createEvent, parseEvent, type PartnerCaseReceivedV1 } from '@legal-hotline/contracts';
import { aTicket, NOW, OWNER, STRANGER } from '../../../test/fixtures/tickets.js';
import { handlingAtOpening, isSampledForFollowUp, requestDispatch, resolveAtDesk, type DeskAnswer } from './desk.js';
import { openPartnerTicket, openTicket, type OpenTicketCommand } from './open-ticket.js';
import { recordFollowUp } from './owner-commands.js';
import { DEFAULT_PROVINCIAL_PLATFORMS } from './provincial-platforms.js';
import type { DecisionContext, Ticket } from './ticket.js';

function context(): DecisionContext {
  let counter = 0;
  return { now: NOW, newId: () => `bbbbbbbb-0000-4000-8000-${String(++counter).padStart(12, '0')}`, correlationId: 'flow-desk', causationId: null };
}

const ANSWER: DeskAnswer = {
  answer: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。',
  knowledgeEntryIds: ['0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'],
  citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
  caseEducationGiven: true,
};

/** A consultation kept at the desk, as an opening without handling leaves it. */
function aDeskTicket(overrides: Partial<Ticket> = {}): Ticket {
  return aTicket({ status: 'at-desk', requestType: 'consultation', handling: 'desk', ...overrides });
}

function resolved(overrides: Partial<Ticket> = {}, share = 1): Ticket {
  return resolveAtDesk(aDeskTicket(overrides), { actor: OWNER, answer: ANSWER, followUpSampleShare: share }, context()).ticket;
}

describe(handlingAtOpening.name, () => {
  const sut = handlingAtOpening;
  const ordinary = { dangerous: false };

  it.each(['consultation', 'complaint-or-suggestion'] as const)('keeps a %s at the desk by default', (requestType) => {
    expect(sut(requestType, ordinary, null)).toMatchObject({ handling: 'desk', resolution: null });
  });

  it.each(['legal-aid-application', 'mediation-pre-application'] as const)('routes a %s by default, as before', (requestType) => {
    expect(sut(requestType, ordinary, null)).toEqual({ handling: 'dispatch', resolution: null, note: null });
  });

  it('resolves a consultation answered on the call, keeping the answer', () => {
    expect(sut('consultation', ordinary, { mode: 'resolve', answer: ANSWER })).toMatchObject({ handling: 'desk', resolution: ANSWER });
  });

  it('sends a consultation to routing only with the agent\'s reason, and notes it', () => {
    expect(sut('consultation', ordinary, { mode: 'dispatch', reason: '需要当地法律援助中心当面解答' })).toEqual({
      handling: 'dispatch',
      resolution: null,
      note: "sent to routing by the agent's choice: 需要当地法律援助中心当面解答",
    });
  });

  it.each([null, '   '])('refuses to send a consultation to routing without a reason (%p): 400 naming handling.reason', (reason) => {
    expect(() => sut('consultation', ordinary, { mode: 'dispatch', reason })).toThrow(
      expect.objectContaining({ code: 'TICKET.DISPATCH_REASON_MISSING', kind: 'invalid', field: 'handling.reason' }),
    );
  });

  it('routes a legal-aid application sent to routing without a reason', () => {
    expect(sut('legal-aid-application', ordinary, { mode: 'dispatch', reason: null }).handling).toBe('dispatch');
  });

  it.each(['resolve', 'desk'] as const)('refuses to %s a legal-aid application at the desk: 422 naming handling.mode', (mode) => {
    const request = mode === 'resolve' ? { mode, answer: ANSWER } : { mode };
    expect(() => sut('legal-aid-application', ordinary, request)).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_A_DESK_REQUEST', kind: 'unprocessable', field: 'handling.mode' }),
    );
  });

  it('routes a dangerous consultation whatever was asked, and says so', () => {
    expect(sut('consultation', { dangerous: true }, null)).toMatchObject({ handling: 'dispatch', note: expect.stringContaining('dangerous matter') });
    expect(sut('consultation', { dangerous: true }, { mode: 'desk' }).handling).toBe('dispatch');
    expect(sut('consultation', { dangerous: true }, { mode: 'dispatch', reason: null }).handling).toBe('dispatch');
  });

  it('refuses to close a dangerous matter at first contact: 422 naming handling.mode', () => {
    expect(() => sut('consultation', { dangerous: true }, { mode: 'resolve', answer: ANSWER })).toThrow(
      expect.objectContaining({ code: 'TICKET.DANGEROUS_MATTER', kind: 'unprocessable', field: 'handling.mode' }),
    );
  });
});

describe(isSampledForFollowUp.name, () => {
  const ids = Array.from({ length: 4000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

  it('draws the same way for the same ticket every time', () => {
    expect(ids.slice(0, 50).map((id) => isSampledForFollowUp(id, 0.2))).toEqual(ids.slice(0, 50).map((id) => isSampledForFollowUp(id, 0.2)));
  });

  it.each([0.2, 0.5])('draws about a share of %p over many tickets', (share) => {
    const drawn = ids.filter((id) => isSampledForFollowUp(id, share)).length / ids.length;
    expect(drawn).toBeGreaterThan(share - 0.03);
    expect(drawn).toBeLessThan(share + 0.03);
  });

  it('draws none with 0 and all with 1', () => {
    expect(ids.some((id) => isSampledForFollowUp(id, 0))).toBe(false);
    expect(ids.every((id) => isSampledForFollowUp(id, 1))).toBe(true);
  });

  it('keeps the tickets drawn at a share among those drawn at a larger one', () => {
    const small = ids.filter((id) => isSampledForFollowUp(id, 0.1));
    expect(small.every((id) => isSampledForFollowUp(id, 0.3))).toBe(true);
  });
});

describe(resolveAtDesk.name, () => {
  const sut = (ticket: Ticket, share = 0) => resolveAtDesk(ticket, { actor: OWNER, answer: ANSWER, followUpSampleShare: share }, context());

  it('records the answer and closes the ticket in one step: resolved at first contact, then closed', () => {
    const { ticket, entries, events } = sut(aDeskTicket());
    expect(ticket).toMatchObject({
      status: 'closed',
      handling: 'desk',
      deskResolution: { ...ANSWER, resolvedBy: OWNER, resolvedAt: NOW },
      answer: { answeredBy: OWNER, answer: ANSWER.answer, answeredAt: NOW },
      followUp: null,
    });
    expect(events.map((e) => e.type)).toEqual(['ticket.resolved-at-first-contact.v1', 'ticket.closed.v1']);
    expect(events[0]?.data).toEqual({
      ticketId: ticket.id,
      answer: ANSWER.answer,
      knowledgeEntryIds: ANSWER.knowledgeEntryIds,
      citedArticles: ANSWER.citedArticles,
      caseEducationGiven: true,
      resolvedBy: OWNER,
      resolvedAt: NOW.toISOString(),
    });
    for (const event of events) expect(parseEvent(JSON.stringify(event)).kind).toBe('event');
    expect(entries.map((e) => [e.kind, e.statusAfter, e.actorId])).toEqual([
      ['ticket.resolved-at-first-contact.v1', 'at-desk', OWNER.agentId],
      ['ticket.closed.v1', 'closed', OWNER.agentId],
    ]);
    expect(entries[0]?.reason).toBe('cited 《劳动争议调解仲裁法》第二十七条; 1 knowledge entries; case education given (个案普法)');
  });

  it('draws the ticket for the follow-up call by the configured share', () => {
    expect(sut(aDeskTicket(), 1).ticket.followUpSampled).toBe(true);
    expect(sut(aDeskTicket(), 1).entries[1]?.note).toContain('drawn for the follow-up call');
    expect(sut(aDeskTicket(), 0).ticket.followUpSampled).toBe(false);
  });

  it('answers again a desk ticket reopened after its follow-up call', () => {
    expect(sut(aDeskTicket({ status: 'reopened' })).ticket.status).toBe('closed');
  });

  it('refuses a ticket sent to routing: 409 TICKET.NOT_AT_DESK', () => {
    expect(() => sut(aTicket({ status: 'reopened', handling: 'dispatch' }))).toThrow(expect.objectContaining({ code: 'TICKET.NOT_AT_DESK', kind: 'conflict' }));
  });

  it('refuses a desk ticket already closed: 409 naming the statuses', () => {
    expect(() => sut(resolved())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('lets only the responsible platform resolve: 403 TICKET.NOT_OWNER', () => {
    expect(() => resolveAtDesk(aDeskTicket(), { actor: STRANGER, answer: ANSWER, followUpSampleShare: 0 }, context())).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_OWNER' }),
    );
  });
});

describe(requestDispatch.name, () => {
  const reason = '来电人咨询后决定申请法律援助';
  const sut = (ticket: Ticket, requestType: Ticket['requestType'] = 'legal-aid-application') => requestDispatch(ticket, { actor: OWNER, requestType, reason }, context());

  it('turns a desk ticket into a work order: handling dispatch, received, the new request type, the same number and owner', () => {
    const before = aDeskTicket();
    const { ticket, entries, events } = sut(before);
    expect(ticket).toMatchObject({
      id: before.id,
      ticketNumber: before.ticketNumber,
      responsible: before.responsible,
      status: 'received',
      handling: 'dispatch',
      requestType: 'legal-aid-application',
      dispatch: { previousRequestType: 'consultation', requestType: 'legal-aid-application', reason, requestedBy: OWNER, requestedAt: NOW },
    });
    expect(events.map((e) => e.type)).toEqual(['ticket.dispatch-requested.v1']);
    expect(entries).toEqual([expect.objectContaining({ kind: 'ticket.dispatch-requested.v1', statusAfter: 'received', reason, note: expect.stringContaining('consultation → legal-aid-application') })]);
  });

  it('tells routing the ticket as it now stands, with the caller masked', () => {
    const [event] = sut(aDeskTicket({ specialLine: 'migrant-wages' })).events;
    expect(event).toMatchObject({
      type: 'ticket.dispatch-requested.v1',
      subject: aTicket().id,
      data: {
        ticketId: aTicket().id,
        ticketNumber: aTicket().ticketNumber,
        requestType: 'legal-aid-application',
        previousRequestType: 'consultation',
        reason,
        requestedBy: OWNER,
        requestedAt: NOW.toISOString(),
        specialLine: 'migrant-wages',
        caller: { maskedName: '陈**', maskedPhone: '138********' },
      },
    });
    expect(event?.data).not.toHaveProperty('handling');
    expect(JSON.stringify(event)).not.toContain('13812345678');
    expect(parseEvent(JSON.stringify(event)).kind).toBe('event');
  });

  it('reopens a ticket closed at the desk in the same step, keeping what was said at first contact', () => {
    const { ticket, entries, events } = sut(resolved());
    expect(events.map((e) => e.type)).toEqual(['ticket.reopened.v1', 'ticket.dispatch-requested.v1']);
    expect(entries.map((e) => [e.kind, e.statusAfter])).toEqual([
      ['ticket.reopened.v1', 'reopened'],
      ['ticket.dispatch-requested.v1', 'received'],
    ]);
    expect(entries[0]?.reason).toContain('reopened to be turned into a work order');
    expect(ticket).toMatchObject({ status: 'received', answer: null, followUp: null, deskResolution: { answer: ANSWER.answer } });
  });

  it('sends a consultation to a local body as it is, when the agent says why', () => {
    expect(sut(aDeskTicket(), 'consultation').ticket).toMatchObject({ requestType: 'consultation', handling: 'dispatch' });
  });

  it('refuses a ticket sent to routing already: 409 TICKET.ALREADY_DISPATCHED', () => {
    expect(() => sut(aTicket({ status: 'returned-to-owner' }))).toThrow(expect.objectContaining({ code: 'TICKET.ALREADY_DISPATCHED', kind: 'conflict' }));
    const dispatched = sut(aDeskTicket()).ticket;
    expect(() => sut(dispatched)).toThrow(expect.objectContaining({ code: 'TICKET.ALREADY_DISPATCHED' }));
  });

  it('refuses a desk ticket with a partner hotline: 409 naming the statuses', () => {
    expect(() => sut(aDeskTicket({ status: 'transferred-out' }))).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('lets only the responsible platform turn it into a work order: 403 TICKET.NOT_OWNER', () => {
    expect(() => requestDispatch(aDeskTicket(), { actor: STRANGER, requestType: 'legal-aid-application', reason }, context())).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_OWNER' }),
    );
  });
});

describe('the follow-up call on a ticket resolved at the desk', () => {
  const call = (ticket: Ticket, result: 'resolved' | 'unresolved', satisfaction: 'satisfied' | 'basically-satisfied' | 'dissatisfied') =>
    recordFollowUp(ticket, { actor: OWNER, result, satisfaction, note: null }, context());

  it('is recorded on the closed ticket when the caller is content', () => {
    const { ticket, events } = call(resolved(), 'resolved', 'satisfied');
    expect(ticket).toMatchObject({ status: 'closed', followUp: { result: 'resolved', satisfaction: 'satisfied' } });
    expect(events.map((e) => e.type)).toEqual(['ticket.follow-up-recorded.v1']);
  });

  it('reopens it for the desk when the matter is unresolved, without supervision', () => {
    const { ticket, events } = call(resolved(), 'unresolved', 'basically-satisfied');
    expect(ticket).toMatchObject({ status: 'reopened', handling: 'desk', underSupervision: false, answer: null });
    expect(events.map((e) => e.type)).toEqual(['ticket.follow-up-recorded.v1', 'ticket.reopened.v1']);
  });

  it('reopens it under supervision when the caller is dissatisfied, and alerts a supervisor', () => {
    const { ticket, events } = call(resolved(), 'resolved', 'dissatisfied');
    expect(ticket).toMatchObject({ status: 'reopened', handling: 'desk', underSupervision: true });
    expect(events.map((e) => e.type)).toEqual(['ticket.follow-up-recorded.v1', 'ticket.reopened.v1', 'supervision.alert-raised.v1']);
  });

  it('leaves the reopened ticket to be answered again, or turned into a work order', () => {
    const reopened = call(resolved(), 'unresolved', 'dissatisfied').ticket;
    expect(resolveAtDesk(reopened, { actor: OWNER, answer: ANSWER, followUpSampleShare: 0 }, context()).ticket.status).toBe('closed');
    expect(requestDispatch(reopened, { actor: OWNER, requestType: 'mediation-pre-application', reason: '需人民调解' }, context()).ticket.status).toBe('received');
  });

  it('is still refused on a ticket closed by its owner after routing, as before', () => {
    expect(() => call(aTicket({ status: 'closed', answer: { answeredBy: OWNER, answer: '已答复', answeredAt: NOW } }), 'resolved', 'satisfied')).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }),
    );
  });
});

describe('opening with a handling', () => {
  const command = (overrides: Partial<OpenTicketCommand> = {}): OpenTicketCommand => ({
    channel: 'hotline',
    firstContact: { organisationId: OWNER.organisationId, organisation: OWNER.organisation, agent: OWNER.agent, agentId: OWNER.agentId },
    caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] },
    requestType: 'consultation',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: {},
    summary: '被拖欠工资三个月，咨询如何维权',
    flags: {},
    regionCodeReplacements: [],
    handling: null,
    specialLine: null,
    ...overrides,
  });
  const ids = () => ({
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    eventId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60',
    sequenceNumber: 43,
    correlationId: 'flow-open',
    causationId: null,
    newId: context().newId,
  });
  const sut = (overrides: Partial<OpenTicketCommand> = {}) =>
    openTicket(command(overrides), ids(), NOW, { phoneHash: 'p'.repeat(64), idNumberHash: null }, { reference: '7K3M9Q2XHP', codeHash: 'c'.repeat(64) }, { followUpSampleShare: 1 });

  it('keeps a consultation at the desk and tells routing to leave it alone', () => {
    const { ticket, entry, event, resolution } = sut();
    expect(ticket).toMatchObject({ status: 'at-desk', handling: 'desk', deskResolution: null });
    expect(event.data.handling).toBe('desk');
    expect(entry).toMatchObject({ statusAfter: 'at-desk', note: expect.stringContaining('kept at the desk') });
    expect(resolution).toBeNull();
  });

  it('records and closes a consultation answered on the call: opened (desk), resolved, closed', () => {
    const { ticket, entry, event, resolution } = sut({ handling: { mode: 'resolve', answer: ANSWER } });
    expect(ticket).toMatchObject({ status: 'closed', handling: 'desk', deskResolution: { answer: ANSWER.answer, resolvedBy: OWNER }, followUpSampled: true });
    expect([event, ...(resolution?.events ?? [])].map((e) => e.type)).toEqual(['ticket.opened.v1', 'ticket.resolved-at-first-contact.v1', 'ticket.closed.v1']);
    expect([entry, ...(resolution?.entries ?? [])].map((e) => e.statusAfter)).toEqual(['at-desk', 'at-desk', 'closed']);
    expect(event.data.handling).toBe('desk');
  });

  it('routes a legal-aid application and marks it dispatch', () => {
    const { ticket, event } = sut({ requestType: 'legal-aid-application' });
    expect(ticket).toMatchObject({ status: 'received', handling: 'dispatch' });
    expect(event.data.handling).toBe('dispatch');
  });

  it('records the special line and takes its priority when higher', () => {
    const { ticket, event, entry } = sut({ specialLine: { code: 'migrant-wages', name: '农民工欠薪专线', priority: 'green-channel' } });
    expect(ticket).toMatchObject({ specialLine: 'migrant-wages', priority: 'green-channel' });
    expect(event.data.specialLine).toBe('migrant-wages');
    expect(entry.note).toContain('special line 农民工欠薪专线 (migrant-wages)');
    expect(sut({ flags: { urgent: true }, specialLine: { code: 'civil-code', name: '民法典专线', priority: 'normal' } }).ticket.priority).toBe('urgent');
  });

  it('escalates a dangerous consultation as before and routes it', () => {
    const { ticket, escalation } = sut({ flags: { dangerous: true } });
    expect(ticket).toMatchObject({ status: 'received', handling: 'dispatch' });
    expect(escalation.events.map((e) => e.type)).toEqual(['partner-transfer.requested.v1', 'supervision.alert-raised.v1']);
  });
});

describe('a consultation a partner hotline forwarded', () => {
  const partnerCase: PartnerCaseReceivedV1 = {
    ticketId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    partner: '12345',
    partnerName: '佛山市12345政务服务便民热线',
    partnerReference: '12345-FS-20261123-0001',
    caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] },
    requestType: 'consultation',
    legalCategory: 'marriage-family',
    regionCode: '440605011',
    matterLocation: {},
    summary: '市民咨询离婚财产分割问题，转12348。',
    flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    receivedAt: '2026-11-23T02:10:00.000Z',
  };
  const forward = (data: Partial<PartnerCaseReceivedV1> = {}) =>
    openPartnerTicket(
      createEvent({
        id: 'ab2c3d4e-5f60-4172-8384-950617283940',
        type: 'partner-case.received.v1',
        source: 'hotline-exchange',
        subject: partnerCase.ticketId,
        occurredAt: NOW,
        correlationId: 'partner-flow',
        causationId: null,
        data: { ...partnerCase, ...data },
      }),
      { eventId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b61', sequenceNumber: 8, newId: context().newId },
      NOW,
      { phoneHash: 'p'.repeat(64), idNumberHash: null },
      DEFAULT_PROVINCIAL_PLATFORMS,
    );

  it('waits at the desk of the answering platform', () => {
    const { ticket, event } = forward();
    expect(ticket).toMatchObject({ status: 'at-desk', handling: 'desk', responsible: { organisationId: '12348-gd' } });
    expect(event.data.handling).toBe('desk');
  });

  it('is routed when it is a legal-aid application', () => {
    expect(forward({ requestType: 'legal-aid-application' }).ticket).toMatchObject({ status: 'received', handling: 'dispatch' });
  });
});
