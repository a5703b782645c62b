import { describe, expect, it } from '@jest/globals';
import { REJECTION_REASONS, type RejectionReason } from '@legal-hotline/contracts';
import type { Assignment, AssignmentStatus } from './assignment.js';
import { anAssignment, MEDIATOR_WANG } from './assignment.fixtures.js';
import { decideAssignment, isLateDecision, rejectionNeedsNote, type AssignmentDecision, type DecisionContext } from './decide-assignment.js';

const sut = decideAssignment;

const deadline = anAssignment().acceptanceDeadline;
const beforeDeadline = new Date('2026-11-23T03:00:00.000Z');
const afterDeadline = new Date('2026-11-24T08:00:00.000Z');

function aDecidedAssignment(status: Exclude<AssignmentStatus, 'pending'>): Assignment {
  return anAssignment({
    status,
    decidedBy: MEDIATOR_WANG.name,
    decidedById: MEDIATOR_WANG.id,
    decidedAt: beforeDeadline,
    rejectionReason: status === 'rejected' ? 'duplicate' : null,
  });
}

function context(decidedAt = beforeDeadline): DecisionContext {
  return { service: 'mediation', decidedAt, eventId: '8f0a1b2c-3d4e-4f50-8162-738495061728', causationId: 'http-request-1' };
}

const accept: AssignmentDecision = { outcome: 'accept', decidedBy: MEDIATOR_WANG, note: '受理' };
const reject: AssignmentDecision = { outcome: 'reject', decidedBy: MEDIATOR_WANG, reason: 'not-our-jurisdiction', note: '纠纷发生在九江镇' };

describe(decideAssignment.name, () => {
  it('accepts a pending assignment and tells the owner in the flow of the original request', () => {
    const { assignment, events } = sut(anAssignment(), accept, context());

    expect(assignment).toMatchObject({ status: 'accepted', decidedBy: MEDIATOR_WANG.name, decidedById: MEDIATOR_WANG.id, decidedAt: beforeDeadline, decisionNote: '受理', rejectionReason: null });
    expect(events).toEqual([
      {
        id: context().eventId,
        type: 'assignment.accepted.v1',
        source: 'mediation',
        subject: assignment.assignmentId,
        occurredAt: beforeDeadline.toISOString(),
        correlationId: 'flow-42',
        causationId: 'http-request-1',
        data: {
          assignmentId: assignment.assignmentId,
          ticketId: assignment.ticketId,
          agencyId: 'mediation-committee:440605011',
          decidedBy: MEDIATOR_WANG.name,
          decidedById: MEDIATOR_WANG.id,
          note: '受理',
          acceptedAt: beforeDeadline.toISOString(),
        },
      },
    ]);
  });

  it('rejects a pending assignment with its coded reason', () => {
    const { assignment, events } = sut(anAssignment(), reject, context());

    expect(assignment).toMatchObject({ status: 'rejected', rejectionReason: 'not-our-jurisdiction', decisionNote: '纠纷发生在九江镇' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'assignment.rejected.v1',
        correlationId: 'flow-42',
        data: expect.objectContaining({ reason: 'not-our-jurisdiction', note: '纠纷发生在九江镇', rejectedAt: beforeDeadline.toISOString() }),
      }),
    ]);
  });

  it.each([
    ['accepted', accept],
    ['accepted', reject],
    ['rejected', accept],
    ['rejected', reject],
  ] as const)('refuses to decide an assignment already %s (decision: %o)', (status, decision) => {
    expect(() => sut(aDecidedAssignment(status), decision, context())).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT.ALREADY_DECIDED', kind: 'conflict' }),
    );
  });

  it('still accepts after the acceptance deadline, and the decision counts as late', () => {
    const { assignment } = sut(anAssignment(), accept, context(afterDeadline));

    expect(assignment.status).toBe('accepted');
    expect(isLateDecision(assignment)).toBe(true);
  });

  it('does not count a decision by the deadline as late', () => {
    expect(isLateDecision(sut(anAssignment(), accept, context(deadline)).assignment)).toBe(false);
  });

  it.each(['insufficient-information', 'not-our-jurisdiction'] as const)('asks for a note with a "%s" rejection', (reason) => {
    // Zero-width space, BOM and a control character print nothing: no more a note than blanks.
    for (const note of [undefined, null, '', '   ', '\u200b\u200b', '\ufeff', '\u0007']) {
      expect(() => sut(anAssignment(), { outcome: 'reject', decidedBy: MEDIATOR_WANG, reason, note }, context())).toThrow(
        expect.objectContaining({ code: 'ASSIGNMENT.NOTE_REQUIRED', kind: 'invalid', field: 'note' }),
      );
    }
  });

  it.each(['conflict-of-interest', 'not-our-category', 'duplicate'] as const)('takes a "%s" rejection without a note', (reason) => {
    const { assignment, events } = sut(anAssignment(), { outcome: 'reject', decidedBy: MEDIATOR_WANG, reason }, context());

    expect(assignment.decisionNote).toBeNull();
    expect(events[0]).toMatchObject({ data: { reason, note: null } });
  });

  it('stores a note without surrounding blanks, and a blank note as none', () => {
    expect(sut(anAssignment(), { ...accept, note: '  受理  ' }, context()).assignment.decisionNote).toBe('受理');
    expect(sut(anAssignment(), { ...accept, note: ' ' }, context()).assignment.decisionNote).toBeNull();
  });
});

describe(rejectionNeedsNote.name, () => {
  it('names exactly the reasons the owner cannot act on without a note', () => {
    const needing = REJECTION_REASONS.filter((reason: RejectionReason) => rejectionNeedsNote(reason));
    expect(needing.sort()).toEqual(['insufficient-information', 'not-our-jurisdiction']);
  });
});
