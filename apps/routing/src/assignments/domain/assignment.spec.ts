import { describe, expect, it } from '@jest/globals';
import { recordBodyDecision, withdrawAssignment, type TrackedAssignment } from './assignment.js';

const REQUESTED_AT = new Date('2026-11-23T02:15:01Z');
const DECIDED_AT = new Date('2026-11-23T03:00:00Z');

const assignment = (overrides: Partial<TrackedAssignment> = {}): TrackedAssignment => ({
  id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  agencyId: 'legal-aid-centre:440605',
  agencyName: '南海区法律援助中心',
  routedOnRegionCode: '440605011',
  priority: 'normal',
  acceptanceRule: 'acceptance.normal',
  status: 'requested',
  rejectionReason: null,
  rejectionNote: null,
  withdrawalReason: null,
  requestedAt: REQUESTED_AT,
  acceptanceDeadline: new Date('2026-11-24T02:15:01Z'),
  decidedAt: null,
  withdrawnAt: null,
  ...overrides,
});

describe(recordBodyDecision.name, () => {
  it('records an acceptance, which ends the open load', () => {
    const outcome = recordBodyDecision(assignment(), {
      outcome: 'accepted',
      agencyId: 'legal-aid-centre:440605',
      decidedAt: DECIDED_AT,
    });
    expect(outcome).toEqual({
      kind: 'recorded',
      assignment: assignment({ status: 'accepted', decidedAt: DECIDED_AT }),
    });
  });

  it('records a rejection with its coded reason', () => {
    const outcome = recordBodyDecision(assignment(), {
      outcome: 'rejected',
      agencyId: 'legal-aid-centre:440605',
      reason: 'not-our-jurisdiction',
      note: '纠纷发生在九江镇',
      decidedAt: DECIDED_AT,
    });
    expect(outcome).toEqual({
      kind: 'recorded',
      assignment: assignment({
        status: 'rejected',
        rejectionReason: 'not-our-jurisdiction',
        rejectionNote: '纠纷发生在九江镇',
        decidedAt: DECIDED_AT,
      }),
    });
  });

  it('keeps the first decision when another one arrives', () => {
    const accepted = assignment({ status: 'accepted', decidedAt: DECIDED_AT });
    const outcome = recordBodyDecision(accepted, {
      outcome: 'rejected',
      agencyId: 'legal-aid-centre:440605',
      reason: 'duplicate',
      note: null,
      decidedAt: new Date('2026-11-23T04:00:00Z'),
    });
    expect(outcome).toEqual({ kind: 'ignored', why: expect.stringContaining('already accepted') });
  });

  it('ignores a decision from a body the assignment was not given to', () => {
    const outcome = recordBodyDecision(assignment(), {
      outcome: 'accepted',
      agencyId: 'legal-aid-centre:440600',
      decidedAt: DECIDED_AT,
    });
    expect(outcome).toEqual({ kind: 'ignored', why: expect.stringContaining('not to legal-aid-centre:440600') });
  });
});

describe(withdrawAssignment.name, () => {
  const AT = new Date('2026-11-23T05:00:00Z');

  it('takes back an assignment still awaiting acceptance, with the reason', () => {
    expect(withdrawAssignment(assignment(), 'ticket-closed', AT)).toEqual(
      assignment({ status: 'withdrawn', withdrawalReason: 'ticket-closed', withdrawnAt: AT }),
    );
  });

  it.each(['accepted', 'rejected', 'withdrawn'] as const)('leaves an assignment that is already %s alone', (status) => {
    expect(withdrawAssignment(assignment({ status }), 'acceptance-overdue', AT)).toBeNull();
  });

  it('ignores a decision on an assignment routing withdrew', () => {
    const withdrawn = assignment({ status: 'withdrawn', withdrawalReason: 'acceptance-overdue', withdrawnAt: AT });
    expect(recordBodyDecision(withdrawn, { outcome: 'accepted', agencyId: 'legal-aid-centre:440605', decidedAt: DECIDED_AT })).toEqual({
      kind: 'ignored',
      why: expect.stringContaining('already withdrawn'),
    });
  });
});
