import { describe, expect, it } from '@jest/globals';
import { startAcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import type { AssignmentStatus, TrackedAssignment } from '../../assignments/domain/assignment.js';
import { endTicketRouting } from './end-ticket-routing.js';

const NOW = new Date('2026-11-24T03:00:00.000Z');
const CAUSE = { correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6', causationId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60' };
let n = 0;
const assignment = (status: AssignmentStatus): TrackedAssignment => {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    agencyId: `legal-aid-centre:44060${n}`,
    agencyName: 'centre',
    routedOnRegionCode: '440605',
    priority: 'normal',
    acceptanceRule: 'acceptance.normal',
    status,
    rejectionReason: status === 'rejected' ? 'duplicate' : null,
    rejectionNote: null,
    withdrawalReason: null,
    requestedAt: new Date('2026-11-23T02:15:01.000Z'),
    acceptanceDeadline: new Date('2026-11-24T02:15:01.000Z'),
    decidedAt: null,
    withdrawnAt: null,
  };
};
const ids = () => {
  let i = 0;
  return () => `11111111-1111-4111-8111-${String((i += 1)).padStart(12, '0')}`;
};

describe(endTicketRouting.name, () => {
  it.each([
    ['closed', { kind: 'closed' as const }, 'ticket-closed'],
    ['merged', { kind: 'merged' as const, intoTicketId: '9d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c' }, 'ticket-merged'],
  ])('withdraws only what awaits acceptance when the ticket is %s, and stops its clock', (_case, end, reason) => {
    const open = assignment('requested');
    const handOffs = [assignment('rejected'), assignment('accepted'), open];
    const sut = endTicketRouting(end, handOffs, [startAcceptanceClock(open)], NOW, ids(), CAUSE);

    expect(sut.withdrawn).toEqual([{ ...open, status: 'withdrawn', withdrawalReason: reason, withdrawnAt: NOW }]);
    expect(sut.clocks).toEqual([expect.objectContaining({ assignmentId: open.id, stoppedAt: NOW, stopReason: 'withdrawn' })]);
    expect(sut.events).toEqual([
      expect.objectContaining({
        type: 'assignment.withdrawn.v1',
        subject: open.id,
        ...CAUSE,
        data: { assignmentId: open.id, ticketId: open.ticketId, agencyId: open.agencyId, reason, withdrawnAt: NOW.toISOString() },
      }),
    ]);
  });

  it('does nothing when no body has the ticket open', () => {
    const sut = endTicketRouting({ kind: 'closed' }, [assignment('accepted')], [], NOW, ids(), CAUSE);
    expect(sut).toEqual({ withdrawn: [], clocks: [], events: [] });
  });
});
