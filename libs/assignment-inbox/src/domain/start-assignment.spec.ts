import { describe, expect, it } from '@jest/globals';
import { anAssignmentIn, MEDIATOR_WANG } from './assignment.fixtures.js';
import type { Assignment, AssignmentStatus, CommandContext } from './assignment.js';
import { assignBy, startAssignment } from './start-assignment.js';

const sut = startAssignment;

const startedAt = new Date('2026-11-24T03:00:00.000Z');
const context: CommandContext = { service: 'legal-aid', at: startedAt, eventId: '11111111-1111-4111-8111-111111111116', causationId: 'http-request-7' };
const acceptedAt = new Date('2026-11-23T03:00:00.000Z');
const officerLi = { name: '李敏', id: '2b9d6f14-5c3e-4a7b-8d21-9e0f1a2b3c4d' };

function aLegalAidAssignmentIn(status: AssignmentStatus, overrides: Partial<Assignment> = {}): Assignment {
  return anAssignmentIn(status, { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', agencyName: '南海区法律援助中心', ...overrides });
}

describe(startAssignment.name, () => {
  it('moves an accepted assignment to in-progress and tells the owner in the flow of the original request', () => {
    const accepted = aLegalAidAssignmentIn('accepted');

    const { assignment, events } = sut(accepted, { startedBy: officerLi, note: '已指派何律师' }, context);

    expect(assignment).toMatchObject({ status: 'in-progress', startedBy: '李敏', startedById: officerLi.id, startedAt, startNote: '已指派何律师', decidedBy: accepted.decidedBy });
    expect(events).toEqual([
      {
        id: context.eventId,
        type: 'assignment.started.v1',
        source: 'legal-aid',
        subject: accepted.assignmentId,
        occurredAt: startedAt.toISOString(),
        correlationId: 'flow-42',
        causationId: 'http-request-7',
        data: {
          assignmentId: accepted.assignmentId,
          ticketId: accepted.ticketId,
          agencyId: 'legal-aid-centre:440605',
          startedBy: '李敏',
          startedById: officerLi.id,
          note: '已指派何律师',
          startedAt: startedAt.toISOString(),
        },
      },
    ]);
  });

  it.each([undefined, null, '', '  ', '\u200b'])('takes a start without a note (%p) and stores none', (note) => {
    const { assignment, events } = sut(anAssignmentIn('accepted'), { startedBy: MEDIATOR_WANG, note }, context);

    expect(assignment.startNote).toBeNull();
    expect(events[0]).toMatchObject({ data: { note: null } });
  });
});

describe(assignBy.name, () => {
  it('gives a legal-aid centre 3 calendar days from acceptance to assign a lawyer (Legal Aid Law Art. 43)', () => {
    const accepted = aLegalAidAssignmentIn('accepted', { decidedAt: acceptedAt });

    expect(assignBy(accepted)).toEqual(new Date('2026-11-26T03:00:00.000Z'));
  });

  it('keeps the date once the work started or completed, or the assignment was withdrawn after acceptance', () => {
    const later = [
      aLegalAidAssignmentIn('in-progress', { decidedAt: acceptedAt }),
      aLegalAidAssignmentIn('completed', { decidedAt: acceptedAt }),
      aLegalAidAssignmentIn('withdrawn', { decidedBy: officerLi.name, decidedById: officerLi.id, decidedAt: acceptedAt }),
    ];

    expect(later.map(assignBy)).toEqual(later.map(() => new Date('2026-11-26T03:00:00.000Z')));
  });

  it('has no date before acceptance, after a rejection, or for a mediation committee', () => {
    expect(assignBy(aLegalAidAssignmentIn('pending'))).toBeNull();
    expect(assignBy(aLegalAidAssignmentIn('rejected'))).toBeNull();
    expect(assignBy(aLegalAidAssignmentIn('withdrawn'))).toBeNull();
    expect(assignBy(anAssignmentIn('accepted', { decidedAt: acceptedAt }))).toBeNull();
  });
});
