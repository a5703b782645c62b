import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { ReadSpecialLinesHandler } from './read-special-lines.handler.js';
import { SpecialLineCommandsHandler } from './special-line-commands.handler.js';
import {
  ChangeSpecialLineDto,
  ListSpecialLinesQueryDto,
  OpenSpecialLineDto,
  SpecialLineCodeParamsDto,
  SpecialLineListView,
  SpecialLineReportQueryDto,
  SpecialLineReportView,
  SpecialLineView,
} from './special-line.dto.js';

const BAD_PROFILE =
  'A malformed field (`code`, `legalCategories`, `startsAt`, `priority`, `onlineAnswerHours`, ...), SPECIAL_LINE.ENDS_BEFORE_START or SPECIAL_LINE.ENDS_IN_PAST naming `endsAt`; `errors` names each field';
const MANAGE_REFUSED =
  'ACCESS.OUTSIDE_AREA: the line’s region lies outside the supervisor’s area; SPECIAL_LINE.PLATFORM_WIDE: a line for the whole platform is for a province’s supervisors; ACCESS.NO_AREA; AUTH.ROLE_MISSING';

@ApiTags('special-lines')
@Controller('api/v1/special-lines')
export class SpecialLinesController {
  constructor(
    private readonly commands: SpecialLineCommandsHandler,
    private readonly reads: ReadSpecialLinesHandler,
  ) {}

  @Post()
  @RequireRoles('supervisor')
  @ApiOperation({
    summary: 'Open a special line (专线) for a period, with the priority of its tickets and the categories it takes',
    description:
      'The line serves the region given (within the supervisor’s area), the supervisor’s area when none is given, or the whole platform for `regionCode: null`.',
  })
  @ApiCreatedResponse({ type: SpecialLineView })
  @ApiBadRequestResponse({ description: `${BAD_PROFILE}; REGION.MALFORMED` })
  @ApiForbiddenResponse({ description: MANAGE_REFUSED })
  @ApiConflictResponse({
    description: 'SPECIAL_LINE.ALREADY_EXISTS (field `code`): the code is taken, by an open or a closed line',
  })
  @ApiUnprocessableEntityResponse({ description: 'REGION.UNKNOWN: `regionCode` names no division this platform knows' })
  open(@Body() dto: OpenSpecialLineDto, @CurrentPrincipal() principal: Principal): Promise<SpecialLineView> {
    return this.commands.open(dto, principal);
  }

  @Put(':code')
  @RequireRoles('supervisor')
  @ApiOperation({
    summary: 'Change the period, priority profile, categories or name of a line that is not closed',
    description:
      'Replaces the whole profile: a field left out takes its default (no end, no description, the platform’s online answer time). Code and region stay.',
  })
  @ApiOkResponse({ type: SpecialLineView })
  @ApiBadRequestResponse({ description: BAD_PROFILE })
  @ApiForbiddenResponse({ description: MANAGE_REFUSED })
  @ApiNotFoundResponse({ description: 'SPECIAL_LINE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'SPECIAL_LINE.CLOSED: a closed line is no longer changed' })
  change(
    @Param() params: SpecialLineCodeParamsDto,
    @Body() dto: ChangeSpecialLineDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpecialLineView> {
    return this.commands.change(params.code, dto, principal);
  }

  @Post(':code/close')
  @HttpCode(200)
  @RequireRoles('supervisor')
  @ApiOperation({ summary: 'Close a line now: the ticket form no longer offers it; its tickets and report stay' })
  @ApiOkResponse({ type: SpecialLineView })
  @ApiBadRequestResponse({ description: 'A malformed `code`' })
  @ApiForbiddenResponse({ description: MANAGE_REFUSED })
  @ApiNotFoundResponse({ description: 'SPECIAL_LINE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'SPECIAL_LINE.ALREADY_CLOSED' })
  close(@Param() params: SpecialLineCodeParamsDto, @CurrentPrincipal() principal: Principal): Promise<SpecialLineView> {
    return this.commands.close(params.code, principal);
  }

  @Get()
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor', 'directory-admin', 'exchange-admin')
  @ApiOperation({
    summary:
      'Special lines, newest first; `status=open` lists those taking tickets now (the ticket form’s line picker)',
    description:
      'Readable by everyone signed in. With `regionCode`, only the lines serving that region (lines for the whole platform serve all); with `legalCategory`, only those taking it.',
  })
  @ApiOkResponse({ type: SpecialLineListView })
  @ApiBadRequestResponse({ description: 'A malformed `status` or `regionCode`; `errors` names each field' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  list(@Query() query: ListSpecialLinesQueryDto): Promise<SpecialLineListView> {
    return this.reads.list(query);
  }

  @Get(':code')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor', 'directory-admin', 'exchange-admin')
  @ApiOperation({
    summary: 'A special line with its period, priority profile, status now and who opened, changed and closed it',
  })
  @ApiOkResponse({ type: SpecialLineView })
  @ApiBadRequestResponse({ description: 'A malformed `code`' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: 'SPECIAL_LINE.NOT_FOUND' })
  get(@Param() params: SpecialLineCodeParamsDto): Promise<SpecialLineView> {
    return this.reads.get(params.code);
  }

  @Get(':code/report')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary:
      'A line’s report (专线报告): its tickets by status and legal category, resolved at first contact, dispatched, follow-up satisfaction, online questions answered in time, and its knowledge section',
    description:
      'Over the line’s tickets opened in the period (Asia/Shanghai days `from` to `to`, both included; by default the line’s own period up to today, at most 366 days) that the reader may count: a supervisor its area’s, an owner lead its organisation’s. Follow-up calls are those recorded in the period.',
  })
  @ApiOkResponse({ type: SpecialLineReportView })
  @ApiBadRequestResponse({
    description:
      'PERIOD.ENDS_BEFORE_START naming `to`, PERIOD.TOO_LONG naming `from`, or a malformed `from`, `to` or `code`; `errors` names each field',
  })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: 'SPECIAL_LINE.NOT_FOUND' })
  report(
    @Param() params: SpecialLineCodeParamsDto,
    @Query() query: SpecialLineReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpecialLineReportView> {
    return this.reads.report(params.code, query, principal);
  }
}
