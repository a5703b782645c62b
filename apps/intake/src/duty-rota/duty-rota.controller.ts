import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { AddShiftHandler } from './add-shift.handler.js';
import {
  AddShiftDto,
  DutyShiftListView,
  DutyShiftView,
  DutyStaffListView,
  DutyStaffView,
  ListShiftsQueryDto,
  OnDutyQueryDto,
  OnDutyView,
  PersonParamsDto,
  PutDutyStaffDto,
  RotaOrganisationQueryDto,
  ShiftIdParamsDto,
} from './duty-rota.dto.js';
import { PutDutyStaffHandler } from './put-duty-staff.handler.js';
import { ReadRotaHandler } from './read-rota.handler.js';
import { RemoveShiftHandler } from './remove-shift.handler.js';

const READ_REFUSED =
  'ACCESS.OTHER_BODY: another platform’s rota (agents and leads read their own; supervisors the platform of their province); ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING';
const EDIT_REFUSED =
  'DUTY_ROTA.NOT_ALLOWED: only the platform’s leads (owner-lead) and its province’s supervisors edit its rota; AUTH.ROLE_MISSING';

@ApiTags('duty rota (值班)')
@Controller('api/v1/duty-rota')
export class DutyRotaController {
  constructor(
    private readonly read: ReadRotaHandler,
    private readonly putStaff: PutDutyStaffHandler,
    private readonly addShift: AddShiftHandler,
    private readonly removeShift: RemoveShiftHandler,
  ) {}

  @Get('shifts')
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'Shifts of one platform’s rota in a period (a week by default), hotline, network and station together',
    description: 'Shifts that end after `from` and start before `to`, earliest first; filter by platform or person.',
  })
  @ApiOkResponse({ type: DutyShiftListView })
  @ApiBadRequestResponse({
    description:
      'DUTY_ROTA.EMPTY_PERIOD (`to` not after `from`), DUTY_ROTA.PERIOD_TOO_LONG (over 62 days), or a malformed filter',
  })
  @ApiForbiddenResponse({ description: READ_REFUSED })
  shifts(@Query() query: ListShiftsQueryDto, @CurrentPrincipal() principal: Principal): Promise<DutyShiftListView> {
    return this.read.shifts(query, principal);
  }

  @Post('shifts')
  @RequireRoles('owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'Put a shift on the rota: one person, one platform, at most 24 hours, not overlapping their other shifts',
  })
  @ApiCreatedResponse({ type: DutyShiftView })
  @ApiBadRequestResponse({
    description:
      'DUTY_ROTA.ENDS_BEFORE_STARTS, DUTY_ROTA.SHIFT_TOO_LONG (field endsAt), DUTY_ROTA.PLATFORM_NOT_SERVED (field platform), DUTY_ROTA.PERSON_NOT_ON_ROTA (field personSubject), or a malformed field; `errors` names it',
  })
  @ApiForbiddenResponse({ description: EDIT_REFUSED })
  @ApiConflictResponse({
    description:
      'DUTY_ROTA.SHIFT_OVERLAPS: the person has a shift in that time (the message names it); DUTY_ROTA.PERSON_INACTIVE',
  })
  add(@Body() dto: AddShiftDto, @CurrentPrincipal() principal: Principal): Promise<DutyShiftView> {
    return this.addShift.add(dto, principal);
  }

  @Delete('shifts/:id')
  @HttpCode(204)
  @RequireRoles('owner-lead', 'supervisor')
  @ApiOperation({ summary: 'Take a shift off the rota' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ description: EDIT_REFUSED })
  @ApiNotFoundResponse({ description: 'DUTY_ROTA.SHIFT_NOT_FOUND' })
  remove(@Param() params: ShiftIdParamsDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.removeShift.remove(params.id, principal);
  }

  @Get('staff')
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'The people on one platform’s rota with their skills: platforms, languages and dialects, legal categories',
  })
  @ApiOkResponse({ type: DutyStaffListView })
  @ApiForbiddenResponse({ description: READ_REFUSED })
  staff(
    @Query() query: RotaOrganisationQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DutyStaffListView> {
    return this.read.staff(query, principal);
  }

  @Put('staff/:subject')
  @RequireRoles('owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'Put a person on the rota or change their skills',
    description:
      'Languages: zh-CN 普通话, yue 粤语, nan 闽南话, nan-x-chaoshan 潮汕话, hak 客家话 (aliases such as zh-HK are stored as their language).',
  })
  @ApiOkResponse({ type: DutyStaffView })
  @ApiBadRequestResponse({
    description:
      'DUTY_ROTA.UNKNOWN_LANGUAGE (field languages), DUTY_ROTA.ORGANISATION_REQUIRED, or a malformed field; `errors` names it',
  })
  @ApiForbiddenResponse({ description: EDIT_REFUSED })
  put(
    @Param() params: PersonParamsDto,
    @Body() dto: PutDutyStaffDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DutyStaffView> {
    return this.putStaff.put(params.subject, dto, principal);
  }

  @Get('on-duty')
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary:
      'Who of one platform is on duty now (or at `at`), with skills and the online questions each holds; the least loaded first',
  })
  @ApiOkResponse({ type: OnDutyView })
  @ApiBadRequestResponse({ description: 'A malformed platform or instant' })
  @ApiForbiddenResponse({ description: READ_REFUSED })
  onDuty(@Query() query: OnDutyQueryDto, @CurrentPrincipal() principal: Principal): Promise<OnDutyView> {
    return this.read.onDuty(query, principal);
  }
}
