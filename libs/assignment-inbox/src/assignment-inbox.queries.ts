import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import { toAssignmentView, type AssignmentPage, type AssignmentView, type ListAssignmentsQuery } from './assignment.dto.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentError } from './domain/assignment-errors.js';
import { assignmentAccess, inboxReadAccess } from './domain/inbox-access.js';
import { ReceivingBodies } from './receiving-bodies.js';
import { refuseUnlessAllowed } from './staff-access.js';

/** Reads of the inbox; they change nothing and emit nothing. */
@Injectable()
export class AssignmentInboxQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bodies: ReceivingBodies,
  ) {}

  /**
   * One body's assignments. Pending ones come first, the soonest acceptance deadline first
   * (what staff must act on next); the others follow, the latest change first (decision, start,
   * completion or withdrawal: one withdrawn while pending has no decision).
   * An unknown body is 404 before any access rule: which bodies exist is no secret (the
   * directory is open to every role), and a 403 would suggest a body that is not there.
   */
  async list(principal: Principal, agencyId: string, query: ListAssignmentsQuery): Promise<AssignmentPage> {
    if (!this.bodies.has(agencyId)) throw AssignmentError.unknownBody(agencyId);
    refuseUnlessAllowed(inboxReadAccess(principal, agencyId), `the inbox of ${agencyId}`);
    const builder = this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('assignment')
      .where('assignment.agencyId = :agencyId', { agencyId });
    if (query.status) builder.andWhere('assignment.status = :status', { status: query.status });
    const [rows, total] = await builder
      .orderBy(`CASE WHEN assignment.status = 'pending' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE WHEN assignment.status = 'pending' THEN assignment.acceptance_deadline END`, 'ASC')
      // GREATEST skips nulls; every non-pending row has at least one of these.
      .addOrderBy('GREATEST(assignment.decided_at, assignment.started_at, assignment.completed_at, assignment.withdrawn_at)', 'DESC')
      .addOrderBy('assignment.assignmentId', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toAssignmentView), page: query.page, pageSize: query.pageSize, total };
  }

  /** One assignment, for the staff of its body only (see `assignmentAccess`). */
  async get(principal: Principal, assignmentId: string): Promise<AssignmentView> {
    const assignment = await this.dataSource.getRepository(AssignmentEntity).findOneBy({ assignmentId });
    if (!assignment) throw AssignmentError.notFound(assignmentId);
    refuseUnlessAllowed(assignmentAccess(principal, assignment.agencyId), `assignment ${assignmentId}`);
    return toAssignmentView(assignment);
  }
}
