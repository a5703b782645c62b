import { describe, expect, it } from '@jest/globals';
import { createEvent } from '@legal-hotline/contracts';
import { anAssignmentIn } from './assignment.fixtures.js';
import type { Withdrawal } from './assignment.js';
import { withdrawalOf, withdrawAssignment } from './withdraw-assignment.js';

const sut = withdrawAssignment;

const withdrawal: Withdrawal = { reason: 'ticket-closed', withdrawnAt: new Date('2026-11-25T06:00:00.000Z') };

describe(withdrawAssignment.name, () => {
  it('withdraws a pending assignment with routing’s reason and time', () => {
    const outcome = sut(anAssignmentIn('pending'), withdrawal);

    expect(outcome).toEqual({
      kind: 'withdrawn',
      assignment: expect.objectContaining({ status: 'withdrawn', withdrawalReason: 'ticket-closed', withdrawnAt: withdrawal.withdrawnAt, decidedAt: null }),
    });
  });

  it.each(['accepted', 'in-progress'] as const)('withdraws an %s assignment and keeps what happened before as history', (status) => {
    const before = anAssignmentIn(status);

    const outcome = sut(before, withdrawal);

    expect(outcome.kind === 'withdrawn' && outcome.assignment).toEqual({ ...before, status: 'withdrawn', withdrawalReason: 'ticket-closed', withdrawnAt: withdrawal.withdrawnAt });
  });

  it.each(['rejected', 'completed'] as const)('leaves a %s assignment as it is: the body’s final answer stands', (status) => {
    expect(sut(anAssignmentIn(status), withdrawal)).toEqual({ kind: 'ignored' });
  });

  it('keeps the first withdrawal’s reason and time when routing withdraws again', () => {
    expect(sut(anAssignmentIn('withdrawn'), withdrawal)).toEqual({ kind: 'ignored' });
  });
});

describe(withdrawalOf.name, () => {
  it('reads the reason and routing’s time from the event', () => {
    const event = createEvent({
      id: '11111111-1111-4111-8111-111111111109',
      type: 'assignment.withdrawn.v1',
      source: 'routing',
      subject: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      occurredAt: new Date('2026-11-24T03:00:01.000Z'),
      correlationId: 'flow-42',
      causationId: null,
      data: {
        assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
        ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
        agencyId: 'legal-aid-centre:440605',
        reason: 'acceptance-overdue',
        withdrawnAt: '2026-11-24T03:00:00.000Z',
      },
    });

    expect(withdrawalOf(event)).toEqual({ reason: 'acceptance-overdue', withdrawnAt: new Date('2026-11-24T03:00:00.000Z') });
  });
});
