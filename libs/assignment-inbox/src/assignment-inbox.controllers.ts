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
  ListAssignmentsQuery,
  RejectAssignmentBody,
} from './assignment.dto.js';
import { DecideAssignmentHandler } from './decide-assignment.handler.js';

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
    description: 'Pending first, soonest acceptance deadline first; decided ones after, latest decision first.',
  })
  @ApiParam({ name: 'agencyId', description: 'The receiving body, as routing names it (agency.agencyId), e.g. legal-aid-centre:440605 or mediation-committee:440605011' })
  @ApiOkResponse({ type: AssignmentPage })
  @ApiBadRequestResponse({ description: 'Invalid status, page or pageSize' })
  list(@Param('agencyId') agencyId: string, @Query() query: ListAssignmentsQuery): Promise<AssignmentPage> {
    return this.queries.list(agencyId, query);
  }
}

/** One assignment and the decision on it (business acceptance). Mount under `api/v1/assignments`. */
@Injectable()
export abstract class AssignmentDecisionsController {
  constructor(
    private readonly queries: AssignmentInboxQueries,
    private readonly decide: DecideAssignmentHandler,
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
  @ApiConflictResponse({ description: 'ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before' })
  accept(@Param() { id }: AssignmentIdParams, @Body() body: AcceptAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.decide.execute(id, { outcome: 'accept', ...body }, request.correlationId);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject the assignment with a coded reason; emits assignment.rejected.v1' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'Unknown reason, or ASSIGNMENT.NOTE_REQUIRED for insufficient-information and not-our-jurisdiction' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before' })
  reject(@Param() { id }: AssignmentIdParams, @Body() body: RejectAssignmentBody, @RequestCorrelation() request: CorrelationContext): Promise<AssignmentView> {
    return this.decide.execute(id, { outcome: 'reject', ...body }, request.correlationId);
  }
}
