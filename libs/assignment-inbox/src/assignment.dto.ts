import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  AGENCY_TYPES,
  LEGAL_CATEGORIES,
  REJECTION_REASONS,
  REQUEST_TYPES,
  type AgencyType,
  type LegalCategory,
  type RejectionReason,
  type RequestType,
} from '@legal-hotline/contracts';
import {
  ASSIGNMENT_STATUSES,
  COMPLETION_OUTCOMES,
  WITHDRAWAL_REASONS,
  type Assignment,
  type AssignmentStatus,
  type CompletionOutcome,
  type WithdrawalReason,
} from './domain/assignment.js';
import { isLateDecision } from './domain/decide-assignment.js';
import { assignBy } from './domain/start-assignment.js';
import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { IsVisibleText } from '@legal-hotline/validation';

// ---- requests --------------------------------------------------------------------------------

export class AssignmentIdParams {
  /** Assignment id (UUID), the same id routing used in `assignment.requested.v1`. */
  @ApiProperty({ format: 'uuid', description: 'Assignment id, as in assignment.requested.v1' })
  @IsUUID()
  id!: string;
}

export class ListAssignmentsQuery extends PageQueryDto {
  /** Only assignments in this state; all states when absent. */
  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES, description: 'Only assignments in this state; all when absent' })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

// No body names who acts: the actor is the signed-in staff member (their access token's name
// and subject). A body that still sends `decidedBy` is refused with 400 naming the field.

export class AcceptAssignmentBody {
  /** Free text for the owner, e.g. the next step; at most 2000 characters. Blank or invisible-only text counts as none. */
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, example: '受理审查，拟指派律师' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class RejectAssignmentBody {
  /** Coded reason the first-contact owner acts on (re-route, merge, complete the file). */
  @ApiProperty({ enum: REJECTION_REASONS, description: 'Coded reason the first-contact owner acts on' })
  @IsIn(REJECTION_REASONS)
  reason!: RejectionReason;

  /**
   * Required for `insufficient-information` (list everything missing, in one notice: Legal Aid
   * Law Art. 43) and `not-our-jurisdiction` (say where the matter belongs); optional otherwise.
   * At most 2000 characters; blank or invisible-only text counts as none.
   */
  @ApiPropertyOptional({
    type: String,
    maxLength: 2000,
    nullable: true,
    example: '纠纷发生在九江镇',
    description:
      'Required (with visible text) for insufficient-information (what is missing) and not-our-jurisdiction (where it belongs); optional otherwise',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class StartAssignmentBody {
  /** Free text for the owner, e.g. the lawyer or mediator assigned; at most 2000 characters. */
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, example: '已指派广东某律师事务所何律师' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CompleteAssignmentBody {
  /** How far the caller's matter was resolved. */
  @ApiProperty({ enum: COMPLETION_OUTCOMES, description: "How far the caller's matter was resolved" })
  @IsIn(COMPLETION_OUTCOMES)
  outcome!: CompletionOutcome;

  /** What was done and achieved; the owner answers the caller with it. At most 4000 characters, with visible text. */
  @ApiProperty({
    maxLength: 4000,
    example: '经调解，用人单位支付拖欠工资13000元。',
    description: 'What was done and achieved (visible text, not only blanks or zero-width characters)',
  })
  @IsString()
  @IsVisibleText()
  @MaxLength(4000)
  result!: string;
}

// ---- responses -------------------------------------------------------------------------------

export class AgencyView {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  agencyType!: AgencyType;

  @ApiProperty({ example: '南海区法律援助中心' })
  name!: string;

  /** Administrative division code of the body's seat. */
  @ApiProperty({ example: '440605' })
  regionCode!: string;
}

export class CallerView {
  /** Masked by the first-contact owner, e.g. "陈*". */
  @ApiProperty({ example: '陈*' })
  maskedName!: string;

  @ApiProperty({ example: '138****5678' })
  maskedPhone!: string;

  /** BCP 47 tag or dialect code, e.g. "yue" (Cantonese). */
  @ApiProperty({ example: 'yue' })
  language!: string;

  @ApiProperty({ type: [String] })
  accessibilityNeeds!: string[];
}

export class FlagsView {
  @ApiProperty()
  urgent!: boolean;

  /** Green channel, no means verification (Legal Aid Law Art. 42(3)). */
  @ApiProperty({ description: 'Migrant-worker wage claim: green channel (Legal Aid Law Art. 42(3))' })
  migrantWorkerWageClaim!: boolean;

  @ApiProperty({ description: 'Veteran (Veterans Protection Law Art. 70)' })
  veteran!: boolean;
}

export class RoutingCandidateView {
  @ApiProperty()
  agencyId!: string;

  @ApiProperty({ example: 'chosen' })
  outcome!: string;
}

export class RoutingExplanationView {
  @ApiProperty({ example: 'legal-aid.art38.matter-location' })
  rule!: string;

  /** 0 when the most specific level matched; +1 per level walked upward. */
  @ApiProperty({ minimum: 0 })
  fallbackLevel!: number;

  @ApiProperty({ example: '440605011' })
  routedOnRegionCode!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: [RoutingCandidateView] })
  candidatesConsidered!: RoutingCandidateView[];
}

export class DecisionView {
  /** Display name of the staff member who decided, from their access token. */
  @ApiProperty({
    example: '李敏',
    description: 'Display name of the staff member who decided, from their access token',
  })
  decidedBy!: string;

  /** UTC ISO-8601 instant. */
  @ApiProperty({ format: 'date-time', description: 'UTC ISO-8601 instant' })
  decidedAt!: string;

  /** Coded reason of a rejection; null for an acceptance. */
  @ApiProperty({ enum: REJECTION_REASONS, nullable: true })
  reason!: RejectionReason | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  /** Decided after the acceptance deadline; still valid, shown to supervision. */
  @ApiProperty({ description: 'Decided after the acceptance deadline (still valid; visible to supervision)' })
  late!: boolean;
}

export class StartView {
  /** Display name of the staff member who reported the start, from their access token. */
  @ApiProperty({ example: '李敏', description: 'Display name of the staff member, from their access token' })
  startedBy!: string;

  /** UTC ISO-8601 instant. */
  @ApiProperty({ format: 'date-time', description: 'UTC ISO-8601 instant' })
  startedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class CompletionView {
  /** Display name of the staff member who reported the result, from their access token. */
  @ApiProperty({ example: '李敏', description: 'Display name of the staff member, from their access token' })
  completedBy!: string;

  /** UTC ISO-8601 instant. */
  @ApiProperty({ format: 'date-time', description: 'UTC ISO-8601 instant' })
  completedAt!: string;

  @ApiProperty({ enum: COMPLETION_OUTCOMES })
  outcome!: CompletionOutcome;

  @ApiProperty()
  result!: string;
}

export class WithdrawalView {
  /** Overdue and re-routed, or the ticket was closed or merged. */
  @ApiProperty({ enum: WITHDRAWAL_REASONS, description: 'Overdue and re-routed, or the ticket was closed or merged' })
  reason!: WithdrawalReason;

  /** UTC ISO-8601 instant at which routing withdrew the assignment. */
  @ApiProperty({ format: 'date-time', description: 'When routing withdrew the assignment (UTC)' })
  withdrawnAt!: string;
}

export class AssignmentView {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ type: AgencyView })
  agency!: AgencyView;

  @ApiProperty({ enum: REQUEST_TYPES })
  requestType!: RequestType;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  /** Region code the matter concerns (6, 9 or 12 digits). */
  @ApiProperty({ example: '440605011' })
  regionCode!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: CallerView })
  caller!: CallerView;

  @ApiProperty({ type: FlagsView })
  flags!: FlagsView;

  @ApiProperty({ type: RoutingExplanationView })
  routingExplanation!: RoutingExplanationView;

  /** UTC ISO-8601 instant by which the body should accept or reject. */
  @ApiProperty({ format: 'date-time', description: 'Accept or reject by this UTC instant' })
  acceptanceDeadline!: string;

  /** UTC ISO-8601 instant at which routing asked. */
  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  /** UTC ISO-8601 instant of technical receipt by this inbox. */
  @ApiProperty({ format: 'date-time', description: 'Technical receipt by this inbox (UTC)' })
  receivedAt!: string;

  /**
   * pending until the body accepts or rejects; then in-progress (work started) and completed
   * (result reported); withdrawn when routing took it back.
   */
  @ApiProperty({
    enum: ASSIGNMENT_STATUSES,
    description:
      'pending → accepted | rejected; accepted → in-progress → completed; withdrawn when routing took it back',
  })
  status!: AssignmentStatus;

  /** Business acceptance; null until the body accepts or rejects (and when withdrawn before). */
  @ApiProperty({ type: DecisionView, nullable: true })
  decision!: DecisionView | null;

  /**
   * Legal-aid centres only: assign a lawyer by this UTC instant, acceptance + 3 calendar days
   * (Legal Aid Law Art. 43). Informational, not enforced. Null for other bodies and until accepted.
   */
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'Legal-aid centres: assign a lawyer by this UTC instant, acceptance + 3 calendar days (Legal Aid Law Art. 43). Informational, not enforced; null otherwise',
  })
  assignBy!: string | null;

  /** Null until the work is reported started; may stay null when completed straight after acceptance. */
  @ApiProperty({ type: StartView, nullable: true })
  start!: StartView | null;

  /** The result; null until completed. */
  @ApiProperty({ type: CompletionView, nullable: true })
  completion!: CompletionView | null;

  /** Null unless routing withdrew the assignment. */
  @ApiProperty({ type: WithdrawalView, nullable: true })
  withdrawal!: WithdrawalView | null;
}

export class AssignmentPage extends PageOf(AssignmentView) {}

export function toAssignmentView(assignment: Assignment): AssignmentView {
  return {
    assignmentId: assignment.assignmentId,
    ticketId: assignment.ticketId,
    ticketNumber: assignment.ticketNumber,
    agency: {
      agencyId: assignment.agencyId,
      agencyType: assignment.agencyType,
      name: assignment.agencyName,
      regionCode: assignment.agencyRegionCode,
    },
    requestType: assignment.requestType,
    legalCategory: assignment.legalCategory,
    regionCode: assignment.regionCode,
    summary: assignment.summary,
    caller: assignment.caller,
    flags: assignment.flags,
    routingExplanation: assignment.routingExplanation,
    acceptanceDeadline: assignment.acceptanceDeadline.toISOString(),
    requestedAt: assignment.requestedAt.toISOString(),
    receivedAt: assignment.receivedAt.toISOString(),
    status: assignment.status,
    decision:
      assignment.decidedAt === null
        ? null
        : {
            decidedBy: assignment.decidedBy ?? '',
            decidedAt: assignment.decidedAt.toISOString(),
            reason: assignment.rejectionReason,
            note: assignment.decisionNote,
            late: isLateDecision(assignment),
          },
    assignBy: assignBy(assignment)?.toISOString() ?? null,
    start: startViewOf(assignment),
    completion: completionViewOf(assignment),
    withdrawal: withdrawalViewOf(assignment),
  };
}

// Each part is written whole by one transaction; null unless all of it is there.

function startViewOf({ startedBy, startedAt, startNote }: Assignment): StartView | null {
  if (startedBy === null || startedAt === null) return null;
  return { startedBy, startedAt: startedAt.toISOString(), note: startNote };
}

function completionViewOf({
  completedBy,
  completedAt,
  completionOutcome,
  completionResult,
}: Assignment): CompletionView | null {
  if (completedBy === null || completedAt === null || completionOutcome === null || completionResult === null)
    return null;
  return { completedBy, completedAt: completedAt.toISOString(), outcome: completionOutcome, result: completionResult };
}

function withdrawalViewOf({ withdrawalReason, withdrawnAt }: Assignment): WithdrawalView | null {
  if (withdrawalReason === null || withdrawnAt === null) return null;
  return { reason: withdrawalReason, withdrawnAt: withdrawnAt.toISOString() };
}
