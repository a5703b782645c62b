import { describe, expect, it } from '@jest/globals';
import { createEvent, type AgencyType } from '@legal-hotline/contracts';
import type { Inbox } from './assignment.js';
import { receiveAssignment, type AssignmentRequestedEvent } from './receive-assignment.js';

const sut = receiveAssignment;

const legalAidInbox: Inbox = { service: 'legal-aid', agencyType: 'legal-aid-centre' };
const receipt = { receivedAt: new Date('2026-11-23T02:15:02.000Z'), eventId: '7e9f0a1b-2c3d-4e4f-9051-627384950617' };

function requestFor(agencyType: AgencyType): AssignmentRequestedEvent {
  return createEvent({
    id: '6d8e9f0a-1b2c-4d3e-8f40-516273849506',
    type: 'assignment.requested.v1',
    source: 'routing',
    subject: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    occurredAt: new Date('2026-11-23T02:15:01.000Z'),
    correlationId: 'flow-42',
    causationId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60',
    data: {
      assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      ticketNumber: '12348-20261123-000042',
      agency: { agencyId: `${agencyType}:440605`, agencyType, name: '南海区', regionCode: '440605' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      summary: '被拖欠工资13000元',
      caller: { maskedName: '陈*', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      explanation: { rule: 'legal-aid.art38.matter-location', fallbackLevel: 1, routedOnRegionCode: '440605011', reason: 'Art. 38', candidatesConsidered: [] },
      acceptanceDeadline: '2026-11-24T02:15:01.000Z',
      requestedAt: '2026-11-23T02:15:01.000Z',
    },
  });
}

describe(receiveAssignment.name, () => {
  it('puts a request addressed to this kind of body in the inbox as pending, stamped with its receipt', () => {
    const outcome = sut(requestFor('legal-aid-centre'), legalAidInbox, receipt);

    expect(outcome.kind).toBe('received');
    expect(outcome.kind === 'received' && outcome.assignment).toMatchObject({
      assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      agencyId: 'legal-aid-centre:440605',
      status: 'pending',
      acceptanceDeadline: new Date('2026-11-24T02:15:01.000Z'),
      receivedAt: receipt.receivedAt,
      correlationId: 'flow-42',
      decidedAt: null,
    });
  });

  it('reports technical receipt in the flow of the request, caused by it and keyed by the assignment', () => {
    const request = requestFor('legal-aid-centre');

    const outcome = sut(request, legalAidInbox, receipt);

    expect(outcome.kind === 'received' && outcome.events).toEqual([
      expect.objectContaining({
        id: receipt.eventId,
        type: 'assignment.received.v1',
        source: 'legal-aid',
        subject: request.data.assignmentId,
        correlationId: 'flow-42',
        causationId: request.id,
        data: { assignmentId: request.data.assignmentId, ticketId: request.data.ticketId, agencyId: 'legal-aid-centre:440605', receivedAt: '2026-11-23T02:15:02.000Z' },
      }),
    ]);
  });

  it('leaves a request addressed to another kind of body to that body', () => {
    expect(sut(requestFor('mediation-committee'), legalAidInbox, receipt)).toEqual({ kind: 'not-addressed-here' });
  });
});

describe(`${receiveAssignment.name} after an early withdrawal`, () => {
  const withdrawal = { reason: 'ticket-merged', withdrawnAt: new Date('2026-11-23T02:15:00.500Z') } as const;

  it('lands the request withdrawn, with routing’s reason and time, and reports no receipt', () => {
    const outcome = sut(requestFor('legal-aid-centre'), legalAidInbox, receipt, withdrawal);

    expect(outcome).toEqual({
      kind: 'received',
      assignment: expect.objectContaining({ status: 'withdrawn', withdrawalReason: 'ticket-merged', withdrawnAt: withdrawal.withdrawnAt, receivedAt: receipt.receivedAt }),
      events: [],
    });
  });

  it('still leaves a request addressed to another kind of body to that body', () => {
    expect(sut(requestFor('mediation-committee'), legalAidInbox, receipt, withdrawal)).toEqual({ kind: 'not-addressed-here' });
  });
});
