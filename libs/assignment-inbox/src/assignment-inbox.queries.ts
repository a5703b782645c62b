import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toAssignmentView, type AssignmentPage, type AssignmentView, type ListAssignmentsQuery } from './assignment.dto.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentError } from './domain/assignment-errors.js';

/** Reads of the inbox; they change nothing and emit nothing. */
@Injectable()
export class AssignmentInboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One body's assignments. Pending ones come first, the soonest acceptance deadline first
   * (what staff must act on next); the others follow, the latest change first (decision, start,
   * completion or withdrawal: one withdrawn while pending has no decision).
   */
  async list(agencyId: string, query: ListAssignmentsQuery): Promise<AssignmentPage> {
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

  async get(assignmentId: string): Promise<AssignmentView> {
    const assignment = await this.dataSource.getRepository(AssignmentEntity).findOneBy({ assignmentId });
    if (!assignment) throw AssignmentError.notFound(assignmentId);
    return toAssignmentView(assignment);
  }
}
