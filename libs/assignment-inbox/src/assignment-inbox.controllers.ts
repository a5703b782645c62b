import { Body, Get, HttpCode, HttpStatus, Injectable, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { AssignmentCommandsHandler } from './assignment-commands.handler.js';
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

// Routes shared by every inbox. A service mounts them by subclassing, which keeps its paths and
// tags in its own code:
//   @ApiTags('office inbox') @Controller('api/v1/offices/:agencyId/assignments')
//   export class OfficeAssignmentsController extends AssignmentInboxController {}
// Operation docs and access rules live on the methods here. A class-level @ApiParam on the
// subclass would do nothing: Swagger applies class-level decorators only to a class's own methods.

const OTHER_BODY = 'ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING';

/** The inbox of one receiving body. Mount under a path with an `:agencyId` parameter. */
@Injectable()
export abstract class AssignmentInboxController {
  constructor(private readonly queries: AssignmentInboxQueries) {}

  @Get()
  @RequireRoles('office-staff', 'supervisor')
  @ApiOperation({
    summary: "A receiving body's assignments",
    description:
      "The body's own staff (office-staff whose token names this body), or a supervisor whose area covers the body's seat region. " +
      'Pending first, soonest acceptance deadline first; the others after, latest change (decision, start, completion, withdrawal) first.',
  })
  @ApiParam({ name: 'agencyId', description: 'The receiving body, as routing names it (agency.agencyId), e.g. legal-aid-centre:440605 or mediation-committee:440605011' })
  @ApiOkResponse({ type: AssignmentPage })
  @ApiBadRequestResponse({ description: 'Invalid status, page or pageSize' })
  @ApiForbiddenResponse({ description: "ACCESS.OTHER_BODY (another body's staff), ACCESS.OUTSIDE_AREA (a supervisor of another area), AUTH.ROLE_MISSING" })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND: no body of this kind has the id (not an empty inbox)' })
  list(@CurrentPrincipal() principal: Principal, @Param('agencyId') agencyId: string, @Query() query: ListAssignmentsQuery): Promise<AssignmentPage> {
    return this.queries.list(principal, agencyId, query);
  }
}

const ALREADY_DECIDED = 'ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before';
const WITHDRAWN = 'ASSIGNMENT.WITHDRAWN: routing took the assignment back';

/**
 * One assignment, the decision on it (business acceptance), the start of the work and its result
 * (completion), for the staff of the assignment's body only; the staff member acting is the one
 * the access token names. Mount under `api/v1/assignments`.
 */
@Injectable()
export abstract class AssignmentDecisionsController {
  constructor(
    private readonly queries: AssignmentInboxQueries,
    private readonly commands: AssignmentCommandsHandler,
  ) {}

  @Get(':id')
  @RequireRoles('office-staff')
  @ApiOperation({ summary: 'One assignment', description: "Staff of the assignment's body only." })
  @ApiOkResponse({ type: AssignmentView })
  @ApiForbiddenResponse({ description: OTHER_BODY })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param() { id }: AssignmentIdParams): Promise<AssignmentView> {
    return this.queries.get(principal, id);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('office-staff')
  @ApiOperation({
    summary: 'Accept the assignment; emits assignment.accepted.v1',
    description: "Staff of the assignment's body only; the decider is the signed-in person. Allowed after the acceptance deadline; the decision is then marked late.",
  })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'A note over 2000 characters, or an unknown field (decidedBy included: the decider comes from the token)' })
  @ApiForbiddenResponse({ description: OTHER_BODY })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `${ALREADY_DECIDED}; ${WITHDRAWN}` })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    @Body() body: AcceptAssignmentBody,
    @RequestCorrelation() request: CorrelationContext,
  ): Promise<AssignmentView> {
    return this.commands.accept(principal, id, body, request.correlationId);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('office-staff')
  @ApiOperation({ summary: 'Reject the assignment with a coded reason; emits assignment.rejected.v1', description: "Staff of the assignment's body only." })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'Unknown reason, ASSIGNMENT.NOTE_REQUIRED (no visible note) for insufficient-information and not-our-jurisdiction, or an unknown field' })
  @ApiForbiddenResponse({ description: OTHER_BODY })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `${ALREADY_DECIDED}; ${WITHDRAWN}` })
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    @Body() body: RejectAssignmentBody,
    @RequestCorrelation() request: CorrelationContext,
  ): Promise<AssignmentView> {
    return this.commands.reject(principal, id, body, request.correlationId);
  }

  @Post(':id/start')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('office-staff')
  @ApiOperation({
    summary: 'Report that the work started, e.g. a lawyer was assigned; emits assignment.started.v1',
    description:
      "Staff of the assignment's body only. Only from accepted. On legal-aid assignments `assignBy` shows when Legal Aid Law Art. 43 expects the lawyer assigned (informational).",
  })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'A note over 2000 characters, or an unknown field' })
  @ApiForbiddenResponse({ description: OTHER_BODY })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_STARTED; ASSIGNMENT.ALREADY_COMPLETED; ${WITHDRAWN}` })
  start(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    @Body() body: StartAssignmentBody,
    @RequestCorrelation() request: CorrelationContext,
  ): Promise<AssignmentView> {
    return this.commands.start(principal, id, body, request.correlationId);
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('office-staff')
  @ApiOperation({ summary: 'Report the result of the work (completion); emits assignment.completed.v1', description: "Staff of the assignment's body only. From accepted or in-progress." })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'A result without visible text or over 4000 characters, an unknown outcome, or an unknown field' })
  @ApiForbiddenResponse({ description: OTHER_BODY })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: `ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_COMPLETED; ${WITHDRAWN}` })
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    @Body() body: CompleteAssignmentBody,
    @RequestCorrelation() request: CorrelationContext,
  ): Promise<AssignmentView> {
    return this.commands.complete(principal, id, body, request.correlationId);
  }
}
