import { describe, expect, it } from '@jest/globals';
import { anAssignmentIn, MEDIATOR_WANG } from './assignment.fixtures.js';
import { COMPLETION_OUTCOMES, type CommandContext } from './assignment.js';
import { completeAssignment, type CompleteCommand } from './complete-assignment.js';

const sut = completeAssignment;

const completedAt = new Date('2026-11-30T08:00:00.000Z');
const context: CommandContext = { service: 'mediation', at: completedAt, eventId: '11111111-1111-4111-8111-111111111117', causationId: 'http-request-9' };
const complete = (overrides: Partial<CompleteCommand> = {}): CompleteCommand => ({ completedBy: MEDIATOR_WANG, outcome: 'resolved', result: '双方达成书面调解协议', ...overrides });

describe(completeAssignment.name, () => {
  it('completes work in progress and reports the result to the owner in the flow of the original request', () => {
    const inProgress = anAssignmentIn('in-progress');

    const { assignment, events } = sut(inProgress, complete(), context);

    expect(assignment).toMatchObject({
      status: 'completed',
      completedBy: MEDIATOR_WANG.name,
      completedById: MEDIATOR_WANG.id,
      completedAt,
      completionOutcome: 'resolved',
      completionResult: '双方达成书面调解协议',
      startedAt: inProgress.startedAt,
    });
    expect(events).toEqual([
      {
        id: context.eventId,
        type: 'assignment.completed.v1',
        source: 'mediation',
        subject: inProgress.assignmentId,
        occurredAt: completedAt.toISOString(),
        correlationId: 'flow-42',
        causationId: 'http-request-9',
        data: {
          assignmentId: inProgress.assignmentId,
          ticketId: inProgress.ticketId,
          agencyId: inProgress.agencyId,
          completedBy: MEDIATOR_WANG.name,
          completedById: MEDIATOR_WANG.id,
          outcome: 'resolved',
          result: '双方达成书面调解协议',
          completedAt: completedAt.toISOString(),
        },
      },
    ]);
  });

  it('completes straight after acceptance, without a reported start', () => {
    const { assignment } = sut(anAssignmentIn('accepted'), complete(), context);

    expect(assignment).toMatchObject({ status: 'completed', startedAt: null });
  });

  it.each(COMPLETION_OUTCOMES)('carries the outcome "%s"', (outcome) => {
    expect(sut(anAssignmentIn('accepted'), complete({ outcome }), context).events[0]).toMatchObject({ data: { outcome } });
  });

  it('stores the result without surrounding blanks', () => {
    expect(sut(anAssignmentIn('accepted'), complete({ result: '  未能调解，已告知仲裁途径  ' }), context).assignment.completionResult).toBe('未能调解，已告知仲裁途径');
  });

  it.each(['', '   ', '\u200b\u200c'])('asks for a result when it is blank (%p)', (result) => {
    expect(() => sut(anAssignmentIn('accepted'), complete({ result }), context)).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT.RESULT_REQUIRED', kind: 'invalid', field: 'result' }),
    );
  });
});
