import { describe, expect, it } from '@jest/globals';
import type { AssignmentConflictCode } from './assignment-errors.js';
import { anAssignmentIn } from './assignment.fixtures.js';
import { ASSIGNMENT_STATUSES, type Assignment, type AssignmentStatus, type CommandContext } from './assignment.js';
import { ASSIGNMENT_COMMANDS, ASSIGNMENT_TRANSITIONS, type AssignmentCommand } from './assignment-transitions.js';
import { completeAssignment } from './complete-assignment.js';
import { decideAssignment } from './decide-assignment.js';
import { startAssignment } from './start-assignment.js';
import { withdrawAssignment } from './withdraw-assignment.js';

const sut = ASSIGNMENT_TRANSITIONS;

type Expected = AssignmentStatus | AssignmentConflictCode | 'ignored';

// The whole table, written out independently of the implementation: status, command, result.
const EXPECTED: ReadonlyArray<readonly [AssignmentStatus, AssignmentCommand, Expected]> = [
  ['pending', 'accept', 'accepted'],
  ['pending', 'reject', 'rejected'],
  ['pending', 'start', 'ASSIGNMENT.NOT_ACCEPTED'],
  ['pending', 'complete', 'ASSIGNMENT.NOT_ACCEPTED'],
  ['pending', 'withdraw', 'withdrawn'],
  ['accepted', 'accept', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['accepted', 'reject', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['accepted', 'start', 'in-progress'],
  ['accepted', 'complete', 'completed'],
  ['accepted', 'withdraw', 'withdrawn'],
  ['in-progress', 'accept', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['in-progress', 'reject', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['in-progress', 'start', 'ASSIGNMENT.ALREADY_STARTED'],
  ['in-progress', 'complete', 'completed'],
  ['in-progress', 'withdraw', 'withdrawn'],
  ['rejected', 'accept', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['rejected', 'reject', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['rejected', 'start', 'ASSIGNMENT.NOT_ACCEPTED'],
  ['rejected', 'complete', 'ASSIGNMENT.NOT_ACCEPTED'],
  ['rejected', 'withdraw', 'ignored'],
  ['completed', 'accept', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['completed', 'reject', 'ASSIGNMENT.ALREADY_DECIDED'],
  ['completed', 'start', 'ASSIGNMENT.ALREADY_COMPLETED'],
  ['completed', 'complete', 'ASSIGNMENT.ALREADY_COMPLETED'],
  ['completed', 'withdraw', 'ignored'],
  ['withdrawn', 'accept', 'ASSIGNMENT.WITHDRAWN'],
  ['withdrawn', 'reject', 'ASSIGNMENT.WITHDRAWN'],
  ['withdrawn', 'start', 'ASSIGNMENT.WITHDRAWN'],
  ['withdrawn', 'complete', 'ASSIGNMENT.WITHDRAWN'],
  ['withdrawn', 'withdraw', 'ignored'],
];

const at = new Date('2026-11-25T01:00:00.000Z');
const zhao = { name: '赵调解员', id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' };
const context: CommandContext = { service: 'mediation', at, eventId: '8f0a1b2c-3d4e-4f50-8162-738495061728', causationId: 'http-request-1' };

/** Runs the command through its domain function: the status it leads to, or 'ignored'. */
function apply(assignment: Assignment, command: AssignmentCommand): AssignmentStatus | 'ignored' {
  switch (command) {
    case 'accept':
      return decideAssignment(assignment, { outcome: 'accept', decidedBy: zhao }, { ...context, decidedAt: at }).assignment.status;
    case 'reject':
      return decideAssignment(assignment, { outcome: 'reject', decidedBy: zhao, reason: 'duplicate' }, { ...context, decidedAt: at }).assignment.status;
    case 'start':
      return startAssignment(assignment, { startedBy: zhao }, context).assignment.status;
    case 'complete':
      return completeAssignment(assignment, { completedBy: zhao, outcome: 'resolved', result: '已调解' }, context).assignment.status;
    case 'withdraw': {
      const outcome = withdrawAssignment(assignment, { reason: 'ticket-closed', withdrawnAt: at });
      return outcome.kind === 'ignored' ? 'ignored' : outcome.assignment.status;
    }
  }
}

describe('ASSIGNMENT_TRANSITIONS', () => {
  it('decides every command in every status, and this test lists every pair', () => {
    const pairs = (rows: ReadonlyArray<readonly [string, string, ...unknown[]]>): string[] => rows.map(([status, command]) => `${status} ${command}`).sort();
    const everyPair = ASSIGNMENT_STATUSES.flatMap((status) => ASSIGNMENT_COMMANDS.map((command) => [status, command] as const));

    expect(pairs(EXPECTED)).toEqual(pairs(everyPair));
    expect(Object.keys(sut).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
  });

  it.each(EXPECTED.filter(([, , expected]) => !expected.startsWith('ASSIGNMENT.')))('%s, %s → %s', (status, command, expected) => {
    expect(apply(anAssignmentIn(status), command)).toBe(expected);
  });

  it.each(EXPECTED.filter(([, , expected]) => expected.startsWith('ASSIGNMENT.')))('%s, %s → 409 %s', (status, command, expected) => {
    expect(() => apply(anAssignmentIn(status), command)).toThrow(expect.objectContaining({ code: expected, kind: 'conflict' }));
  });

  it('never refuses a withdrawal: routing has already taken the assignment back', () => {
    for (const status of ASSIGNMENT_STATUSES) expect(sut[status].withdraw.kind).not.toBe('refused');
  });

  it('says in the refusal what happened before, for the staff member who tried', () => {
    const withdrawn = anAssignmentIn('withdrawn');

    expect(() => apply(withdrawn, 'accept')).toThrow(/withdrawn by routing \(acceptance-overdue\) at 2026-11-24T03:00:00.000Z/);
    expect(() => apply(anAssignmentIn('rejected'), 'accept')).toThrow(/already rejected by 王调解员/);
    expect(() => apply(anAssignmentIn('in-progress'), 'start')).toThrow(/already started by 王调解员 at 2026-11-23T05:00:00.000Z/);
  });
});
