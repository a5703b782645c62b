import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import type { PlatformEvent, RejectionReason } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { toAssignmentView, type AssignmentView } from './assignment.dto.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentError } from './domain/assignment-errors.js';
import type { Assignment, CommandContext, CompletionOutcome, Inbox, StaffMember } from './domain/assignment.js';
import { completeAssignment } from './domain/complete-assignment.js';
import { decideAssignment } from './domain/decide-assignment.js';
import { assignmentAccess } from './domain/inbox-access.js';
import { startAssignment } from './domain/start-assignment.js';
import { refuseUnlessAllowed, staffMemberOf } from './staff-access.js';

type Command = (assignment: Assignment, by: StaffMember, context: CommandContext) => { assignment: Assignment; events: PlatformEvent[] };

/**
 * What a body's staff do with an assignment: business acceptance (accept, or reject with a coded
 * reason), the start of the work and its result. Each is one transaction: load and lock, check
 * that the caller is staff of the assignment's body, apply the domain rule, save, outbox.
 * `causationId` is the HTTP request id, so the event leads back to the request's log lines.
 */
@Injectable()
export class AssignmentCommandsHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ASSIGNMENT_INBOX) private readonly inbox: Inbox,
  ) {}

  accept(principal: Principal, assignmentId: string, body: { note?: string | null }, causationId: string | null): Promise<AssignmentView> {
    return this.run(principal, assignmentId, causationId, (assignment, by, context) =>
      decideAssignment(assignment, { outcome: 'accept', decidedBy: by, note: body.note }, { ...context, decidedAt: context.at }),
    );
  }

  reject(principal: Principal, assignmentId: string, body: { reason: RejectionReason; note?: string | null }, causationId: string | null): Promise<AssignmentView> {
    return this.run(principal, assignmentId, causationId, (assignment, by, context) =>
      decideAssignment(assignment, { outcome: 'reject', decidedBy: by, reason: body.reason, note: body.note }, { ...context, decidedAt: context.at }),
    );
  }

  start(principal: Principal, assignmentId: string, body: { note?: string | null }, causationId: string | null): Promise<AssignmentView> {
    return this.run(principal, assignmentId, causationId, (assignment, by, context) => startAssignment(assignment, { startedBy: by, note: body.note }, context));
  }

  complete(principal: Principal, assignmentId: string, body: { outcome: CompletionOutcome; result: string }, causationId: string | null): Promise<AssignmentView> {
    return this.run(principal, assignmentId, causationId, (assignment, by, context) =>
      completeAssignment(assignment, { completedBy: by, outcome: body.outcome, result: body.result }, context),
    );
  }

  private run(principal: Principal, assignmentId: string, causationId: string | null, command: Command): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE: serialized with other staff commands and with routing's withdrawal; two
      // staff members deciding at once are ordered, and the second sees the first's decision.
      const current = await manager.findOne(AssignmentEntity, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AssignmentError.notFound(assignmentId);
      refuseUnlessAllowed(assignmentAccess(principal, current.agencyId), `assignment ${assignmentId}`);
      const context: CommandContext = { service: this.inbox.service, at: new Date(), eventId: randomUUID(), causationId };
      const { assignment, events } = command(current, staffMemberOf(principal), context);
      await manager.update(AssignmentEntity, { assignmentId }, staffWrittenFieldsOf(assignment));
      await appendToOutbox(manager, events);
      return toAssignmentView(assignment);
    });
  }
}

/** The columns staff commands change; the request and routing's withdrawal are left alone. */
function staffWrittenFieldsOf(assignment: Assignment): Partial<AssignmentEntity> {
  const { status, decidedBy, decidedById, decidedAt, rejectionReason, decisionNote } = assignment;
  const { startedBy, startedById, startedAt, startNote } = assignment;
  const { completedBy, completedById, completedAt, completionOutcome, completionResult } = assignment;
  return {
    status,
    decidedBy,
    decidedById,
    decidedAt,
    rejectionReason,
    decisionNote,
    startedBy,
    startedById,
    startedAt,
    startNote,
    completedBy,
    completedById,
    completedAt,
    completionOutcome,
    completionResult,
  };
}
