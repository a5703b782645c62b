import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { AcceptanceClockView, AssignmentIdParams, PauseClockDto, ResumeClockDto } from './acceptance-clock.dto.js';
import { AdjustAcceptanceClockHandler } from './adjust-acceptance-clock.handler.js';

@ApiTags('acceptance clocks')
@Controller('api/v1/assignments/:id/clock')
export class AcceptanceClocksController {
  constructor(private readonly clocks: AdjustAcceptanceClockHandler) {}

  @Get()
  @ApiOperation({ summary: "An assignment's acceptance clock: state, current deadline, pauses" })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  get(@Param() { id }: AssignmentIdParams): Promise<AcceptanceClockView> {
    return this.clocks.get(id);
  }

  @Post('pause')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Pause the acceptance clock with a reason (assignment.clock-paused.v1)',
    description: 'While paused the deadline cannot pass; resuming moves it by the paused time.',
  })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiBadRequestResponse({ description: 'Missing or malformed reason or pausedBy' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CLOCK.ALREADY_PAUSED, CLOCK.ALREADY_FIRED (overdue) or CLOCK.STOPPED' })
  pause(
    @Param() { id }: AssignmentIdParams,
    @Body() dto: PauseClockDto,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<AcceptanceClockView> {
    return this.clocks.pause(id, dto, correlation);
  }

  @Post('resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume the acceptance clock; the deadline moves by the paused time (assignment.clock-resumed.v1)' })
  @ApiOkResponse({ type: AcceptanceClockView })
  @ApiBadRequestResponse({ description: 'Missing or malformed resumedBy' })
  @ApiNotFoundResponse({ description: 'ASSIGNMENT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CLOCK.NOT_PAUSED (running), CLOCK.ALREADY_FIRED or CLOCK.STOPPED' })
  resume(
    @Param() { id }: AssignmentIdParams,
    @Body() dto: ResumeClockDto,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<AcceptanceClockView> {
    return this.clocks.resume(id, dto, correlation);
  }
}
