import { Body, Get, HttpCode, HttpStatus, Injectable, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
} from '@nestjs/swagger';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { AssignmentInboxQueries } from './assignment-inbox.queries.js';
import {
  AcceptAssignmentBody,
  AssignmentIdParams,
  AssignmentPage,
  AssignmentView,
  CompleteAssignmentBody,
  ListAssignmentsQuery,
  RejectAssignmentBody,
  StartAssignmentBody,
} from './assignment.dto.js';
import { CompleteAssignmentHandler } from './complete-assignment.handler.js';
import { DecideAssignmentHandler } from './decide-assignment.handler.js';
import { StartAssignmentHandler } from './start-assignment.handler.js';

// Routes shared by every inbox. A service mounts them by subclassing, which keeps its paths and
// tags in its own code:
//   @ApiTags('office inbox') @Controller('api/v1/offices/:agencyId/assignments')
//   export class OfficeAssignmentsController extends AssignmentInboxController {}
// Operation docs live on the methods here. A class-level @ApiParam on the subclass would do
// nothing: Swagger applies class-level decorators only to a class's own methods.

/** The inbox of one receiving body. Mount under a path with an `:agencyId` parameter. */
@Injectable()
export abstract class AssignmentInboxController {
  constructor(private readonly queries: AssignmentInboxQueries) {}

  @Get()
  @ApiOperation({
    summary: "A receiving body's assignments",
    description: 'Pending first, soonest acceptance deadline first; the others after, latest change (decision, start, completion, withdrawal) first.',
  })
  @ApiParam({ name: 'agencyId', description: 'The receiving body, as routing names it (agency.agencyId), e.g. legal-aid-centre:440605 or mediation-committee:440605011' })
  @ApiOkResponse({ type: AssignmentPage })
  @ApiBadRequestResponse({ description: 'Invalid status, page or pageSize' })
  list(@Param('agencyId') agencyId: string, @Query() query: ListAssignmentsQuery): Promise<AssignmentPage> {
    return this.queries.list(agencyId, query);
  }
}

const ALREADY_DECIDED = 'ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before';
const WITHDRAWN = 'ASSIGNMENT.WITHDRAWN: routing took the assignment back';

/**
 * One assignment, the decision on it (business acceptance), the start of the work and its result
 * (completion). Mount under `api/v1/assignments`.
 */
@Injectable()
export abstract class AssignmentDecisionsController {
  constructor(
    private readonly queries: AssignmentInboxQueries,
    private readonly decide: DecideAssignmentHandler,
    private readonly startWork: StartAssignmentHandler,
    private readonly completeWork: CompleteAssignmentHandler,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One assignment' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  get(@Param() { id }: AssignmentIdParams): Promise<AssignmentView> {
    return this.queries.get(id);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept the assignment; emits assignment.accepted.v1', description: 'Allowed after the acceptance deadline; the decision is then marked late.' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `${ALREADY_DECIDED}; ${WITHDRAWN}` })
  accept(@Param() { id }: AssignmentIdParams, @Body() body: AcceptAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.decide.execute(id, { outcome: 'accept', ...body }, request.correlationId);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject the assignment with a coded reason; emits assignment.rejected.v1' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'Unknown reason, or ASSIGNMENT.NOTE_REQUIRED for insufficient-information and not-our-jurisdiction' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `${ALREADY_DECIDED}; ${WITHDRAWN}` })
  reject(@Param() { id }: AssignmentIdParams, @Body() body: RejectAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.decide.execute(id, { outcome: 'reject', ...body }, request.correlationId);
  }

  @Post(':id/start')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Report that the work started, e.g. a lawyer was assigned; emits assignment.started.v1',
    description: 'Only from accepted. On legal-aid assignments `assignBy` shows when Legal Aid Law Art. 43 expects the lawyer assigned (informational).',
  })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'Blank decidedBy, or a note over 2000 characters' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_STARTED; ASSIGNMENT.ALREADY_COMPLETED; ${WITHDRAWN}` })
  start(@Param() { id }: AssignmentIdParams, @Body() body: StartAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.startWork.execute(id, { startedBy: body.decidedBy, note: body.note }, request.correlationId);
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Report the result of the work (completion); emits assignment.completed.v1', description: 'From accepted or in-progress.' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'Blank decidedBy or result, unknown outcome, or a result over 4000 characters' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_COMPLETED; ${WITHDRAWN}` })
  complete(@Param() { id }: AssignmentIdParams, @Body() body: CompleteAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.completeWork.execute(id, { completedBy: body.decidedBy, outcome: body.outcome, result: body.result }, request.correlationId);
  }
}
