import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import type {
  AcceptanceClock,
  ClockState,
  ClockStopReason,
  OverdueAction,
} from '../assignments/domain/acceptance-clock.js';
import { clockStateOf } from '../assignments/domain/acceptance-clock.js';

import { IsVisibleText } from '@legal-hotline/validation';

const CLOCK_STATES: readonly ClockState[] = ['running', 'paused', 'overdue', 'stopped'];

export class AssignmentIdParams {
  /** The assignment id, as in `assignment.requested.v1`. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'id must be a UUID' })
  id!: string;
}

export class PauseClockDto {
  /** Why the clock stops, e.g. "waiting for the applicant's ID copy"; shown to everyone following the ticket. */
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: '等待申请人补充身份证明材料',
    description: 'Why the clock stops, in visible words',
  })
  @IsString()
  @IsVisibleText()
  @Length(1, 500)
  reason!: string;
}

/** Resuming takes nothing: who resumes is the signed-in supervisor. */
export class ResumeClockDto {}

export class AcceptanceClockView {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  /** running; paused; overdue (fired, assignment left with the body); stopped (accepted, rejected or withdrawn). */
  @ApiProperty({ enum: CLOCK_STATES })
  state!: ClockState;

  /** All instants UTC ISO-8601. */
  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  /** The current deadline: the first one moved by every pause. */
  @ApiProperty({ format: 'date-time', description: 'The current deadline: the first one moved by every pause' })
  dueAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  pausedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  pauseReason!: string | null;

  /** Display name of the supervisor who paused it, from their access token; while paused. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Display name of the supervisor who paused it (from their token), while paused',
  })
  pausedBy!: string | null;

  /** Display name of the supervisor who last resumed it, from their access token. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Display name of the supervisor who last resumed it (from their token)',
  })
  resumedBy!: string | null;

  /** Milliseconds paused so far. */
  @ApiProperty({ description: 'Milliseconds paused so far' })
  pausedMs!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firedAt!: string | null;

  @ApiProperty({ type: String, enum: ['re-route', 'alert-only'], nullable: true })
  overdueAction!: OverdueAction | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  stoppedAt!: string | null;

  @ApiProperty({ type: String, enum: ['accepted', 'rejected', 'withdrawn'], nullable: true })
  stopReason!: ClockStopReason | null;
}

export function toAcceptanceClockView(clock: AcceptanceClock): AcceptanceClockView {
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return {
    assignmentId: clock.assignmentId,
    ticketId: clock.ticketId,
    agencyId: clock.agencyId,
    state: clockStateOf(clock),
    startedAt: clock.startedAt.toISOString(),
    dueAt: clock.dueAt.toISOString(),
    pausedAt: iso(clock.pausedAt),
    pauseReason: clock.pauseReason,
    pausedBy: clock.pausedBy,
    resumedBy: clock.resumedBy,
    pausedMs: clock.pausedMs,
    firedAt: iso(clock.firedAt),
    overdueAction: clock.overdueAction,
    stoppedAt: iso(clock.stoppedAt),
    stopReason: clock.stopReason,
  };
}

// ---- the supervisor's list ---------------------------------------------------------------------

export const ESCALATION_STATES = ['overdue', 'paused', 'running'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export class ListEscalationsQuery extends PageQueryDto {
  /**
   * overdue: hand-offs whose acceptance deadline passed (the clock fired), newest first; paused:
   * clocks paused now; running: clocks counting down, soonest deadline first.
   */
  @ApiPropertyOptional({ enum: ESCALATION_STATES, default: 'overdue' })
  @IsIn(ESCALATION_STATES, { message: `state must be one of: ${ESCALATION_STATES.join(', ')}` })
  state: EscalationState = 'overdue';
}

export class EscalationView {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  /** Null for tickets routed before routing kept copies of them. */
  @ApiProperty({ type: String, nullable: true, example: '12348-20261123-000042' })
  ticketNumber!: string | null;

  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ example: '南海区法律援助中心' })
  agencyName!: string;

  /** The acceptance deadline (moved by pauses), UTC ISO-8601. */
  @ApiProperty({ format: 'date-time' })
  acceptanceDeadline!: string;

  /** When the clock fired; null unless overdue. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  overdueAt!: string | null;

  /** What the escalation policy did: re-route (withdrawn and routed on) or alert-only; null unless overdue. */
  @ApiProperty({ type: String, enum: ['re-route', 'alert-only'], nullable: true })
  actionTaken!: OverdueAction | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  pausedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  pauseReason!: string | null;

  /** The assignment now: requested (still with the body), accepted, rejected or withdrawn. */
  @ApiProperty({ enum: ['requested', 'accepted', 'rejected', 'withdrawn'] })
  assignmentStatus!: string;
}

export class EscalationPage extends PageOf(EscalationView) {}
