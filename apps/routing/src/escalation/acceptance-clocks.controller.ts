import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { AcceptanceClockView, AssignmentIdParams, PauseClockDto, ResumeClockDto } from './acceptance-clock.dto.js';
import { AdjustAcceptanceClockHandler } from './adjust-acceptance-clock.handler.js';

const SUPERVISORS_OF_THE_AREA =
  "A supervisor whose area covers the seat of the assignment's body; the person recorded (pausedBy, resumedBy) is the signed-in supervisor, never a name from the body.";

@ApiTags('acceptance clocks')
@Controller('api/v1/assignments/:id/clock')
export class AcceptanceClocksController {
  constructor(private readonly clocks: AdjustAcceptanceClockHandler) {}

  @Get()
  @RequireRoles('supervisor', 'office-staff')
  @ApiOperation({
    summary: "An assignment's acceptance clock: state, current deadline, pauses",
    description: "A supervisor whose area covers the assignment's body, or that body's own staff.",
  })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiForbiddenResponse({ description: 'ACCESS.OUTSIDE_AREA (a supervisor of another area), ACCESS.OTHER_BODY (staff of another body), AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param() { id }: AssignmentIdParams): Promise<AcceptanceClockView> {
    return this.clocks.get(principal, id);
  }

  @Post('pause')
  @HttpCode(200)
  @RequireRoles('supervisor')
  @ApiOperation({
    summary: 'Pause the acceptance clock with a reason (assignment.clock-paused.v1)',
    description: `While paused the deadline cannot pass; resuming moves it by the paused time. ${SUPERVISORS_OF_THE_AREA}`,
  })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiBadRequestResponse({ description: 'Missing reason, a reason without visible text or over 500 characters, or an unknown field (pausedBy included)' })
  @ApiForbiddenResponse({ description: 'ACCESS.OUTSIDE_AREA: the body lies outside your area; AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CLOCK.ALREADY_PAUSED, CLOCK.ALREADY_FIRED (overdue) or CLOCK.STOPPED' })
  pause(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    @Body() dto: PauseClockDto,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<AcceptanceClockView> {
    return this.clocks.pause(principal, id, dto, correlation);
  }

  @Post('resume')
  @HttpCode(200)
  @RequireRoles('supervisor')
  @ApiOperation({
    summary: 'Resume the acceptance clock; the deadline moves by the paused time (assignment.clock-resumed.v1)',
    description: `Takes an empty JSON object (or no body). ${SUPERVISORS_OF_THE_AREA}`,
  })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiBadRequestResponse({ description: 'An unknown field (resumedBy included)' })
  @ApiForbiddenResponse({ description: 'ACCESS.OUTSIDE_AREA: the body lies outside your area; AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CLOCK.NOT_PAUSED (running), CLOCK.ALREADY_FIRED or CLOCK.STOPPED' })
  resume(
    @CurrentPrincipal() principal: Principal,
    @Param() { id }: AssignmentIdParams,
    // Validated for what it must not carry: the resuming person comes from the token.
    @Body() _dto: ResumeClockDto,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<AcceptanceClockView> {
    return this.clocks.resume(principal, id, correlation);
  }
}
