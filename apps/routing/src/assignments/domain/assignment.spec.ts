import { describe, expect, it } from '@jest/globals';
import { recordBodyDecision, type TrackedAssignment } from './assignment.js';

const REQUESTED_AT = new Date('2026-11-23T02:15:01Z');
const DECIDED_AT = new Date('2026-11-23T03:00:00Z');

const assignment = (overrides: Partial<TrackedAssignment> = {}): TrackedAssignment => ({
  id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  agencyId: 'legal-aid-centre:440605',
  status: 'requested',
  rejectionReason: null,
  requestedAt: REQUESTED_AT,
  acceptanceDeadline: new Date('2026-11-24T02:15:01Z'),
  decidedAt: null,
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
      decidedAt: DECIDED_AT,
    });
    expect(outcome).toEqual({
      kind: 'recorded',
      assignment: assignment({ status: 'rejected', rejectionReason: 'not-our-jurisdiction', decidedAt: DECIDED_AT }),
    });
  });

  it('keeps the first decision when another one arrives', () => {
    const accepted = assignment({ status: 'accepted', decidedAt: DECIDED_AT });
    const outcome = recordBodyDecision(accepted, {
      outcome: 'rejected',
      agencyId: 'legal-aid-centre:440605',
      reason: 'duplicate',
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
