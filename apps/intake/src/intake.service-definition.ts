import { Type } from 'class-transformer';
import {
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { BusinessCalendarFile } from '@legal-hotline/validation';
import { IntakeModule } from './intake.module.js';
import { DEFAULT_OFFICE_HOURS } from './online-questions/domain/answer-deadline.js';
import { OfficeHoursText } from './online-questions/online-question-settings.js';
import { parseProvincialPlatforms } from './tickets/domain/provincial-platforms.js';

@ValidatorConstraint({ name: 'provincialPlatforms' })
class ProvincialPlatformsJson implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseProvincialPlatforms(value).ok;
  }

  defaultMessage({ value }: ValidationArguments): string {
    const parsed = typeof value === 'string' ? parseProvincialPlatforms(value) : { ok: false as const, problems: ['must be text'] };
    const problems = parsed.ok ? [] : parsed.problems;
    return `PROVINCIAL_PLATFORMS must be JSON by province number like {"44":{"id":"12348-gd","name":"广东省12348公共法律服务热线"}}: ${problems.join('; ')}`;
  }
}

export class IntakeConfig extends ServiceConfig {
  override PORT = 3001;

  /**
   * Provinces whose region codes intake accepts, as 2-digit numbers separated by commas
   * ("44,52"); empty for all 31. Fewer provinces start faster and use less memory.
   */
  @IsOptional()
  @Matches(/^(\d{2}(,\d{2})*)?$/, { message: 'REGION_PROVINCES must be 2-digit province numbers separated by commas, e.g. 44,52' })
  REGION_PROVINCES = '';

  /**
   * Secret key of the caller fingerprints (HMAC-SHA256 of phone and ID numbers) used to suggest
   * duplicate tickets, and of the hashes of callers' one-time lookup codes; at least 32
   * characters. Required: there is no safe default. Changing it makes tickets opened before
   * unmatchable as duplicates and their callers' lookup codes invalid.
   */
  @IsString()
  @MinLength(32, { message: 'CALLER_HASH_KEY must be a secret of at least 32 characters' })
  CALLER_HASH_KEY!: string;

  /**
   * The provincial 12348 platforms that answer the cases partner hotlines forward, by province
   * number, as JSON merged over the built-in table of all 31 provinces (ids `12348-<abbr>`, e.g.
   * 12348-gd, named `<省名>12348公共法律服务热线`): {"44":{"id":"12348-gd","name":"广东省12348公共法律服务热线"}}.
   * The id must be the organisation id the identity provider gives that platform's staff. A
   * forwarded case goes to the platform the partner chose, if it is one of these, else to the
   * platform of its region's province. Empty: the built-in table.
   */
  @IsOptional()
  @Validate(ProvincialPlatformsJson)
  PROVINCIAL_PLATFORMS = '';

  /**
   * Share of the tickets resolved at first contact (即时办结) drawn for the follow-up call (回访),
   * from 0 (none) to 1 (all); the draw is decided from the ticket id at resolution. Agents find
   * their callback list with `GET /api/v1/tickets?followUpSampled=true&followUpRecorded=false`.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'DESK_FOLLOW_UP_SAMPLE_SHARE must be a number from 0 to 1, e.g. 0.2' })
  @Min(0, { message: 'DESK_FOLLOW_UP_SAMPLE_SHARE must be a number from 0 to 1, e.g. 0.2' })
  @Max(1, { message: 'DESK_FOLLOW_UP_SAMPLE_SHARE must be a number from 0 to 1, e.g. 0.2' })
  DESK_FOLLOW_UP_SAMPLE_SHARE = 0.2;

  /**
   * Share of each agent's answered consultations drawn at random for quality inspection (服务质检)
   * per month, more than 0 and at most 1: ceil(share × answered), so at least one for anyone who
   * answered any. Complaints and dissatisfied follow-ups are inspected besides, all of them. A
   * draw may ask for another share.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'INSPECTION_SAMPLE_SHARE must be a number more than 0 and at most 1, e.g. 0.05' })
  @Min(0.0001, { message: 'INSPECTION_SAMPLE_SHARE must be a number more than 0 and at most 1, e.g. 0.05' })
  @Max(1, { message: 'INSPECTION_SAMPLE_SHARE must be a number more than 0 and at most 1, e.g. 0.05' })
  INSPECTION_SAMPLE_SHARE = 0.05;

  /**
   * Working hours within which an online question (web, app, WeChat, partner) kept at the desk is
   * answered, counted in ONLINE_ANSWER_OFFICE_HOURS on working days of the business calendar; a
   * special line's own answer hours override it. 0: due at once.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'ONLINE_ANSWER_WORKING_HOURS must be a number of hours from 0 to 200, e.g. 4' })
  @Min(0, { message: 'ONLINE_ANSWER_WORKING_HOURS must be a number of hours from 0 to 200, e.g. 4' })
  @Max(200, { message: 'ONLINE_ANSWER_WORKING_HOURS must be a number of hours from 0 to 200, e.g. 4' })
  ONLINE_ANSWER_WORKING_HOURS = 4;

  /**
   * The office hours of a working day in which online answer time counts, Asia/Shanghai local
   * spans separated by commas: "08:30-17:30" or "08:30-12:00,13:30-17:30".
   */
  @Validate(OfficeHoursText)
  ONLINE_ANSWER_OFFICE_HOURS = DEFAULT_OFFICE_HOURS;

  /** The most online questions one person may hold claimed and unanswered at once: the queue spreads over everyone on duty. */
  @Type(() => Number)
  @IsInt({ message: 'ONLINE_QUESTION_MAX_OPEN_CLAIMS must be a whole number from 1 to 50' })
  @Min(1, { message: 'ONLINE_QUESTION_MAX_OPEN_CLAIMS must be a whole number from 1 to 50' })
  @Max(50, { message: 'ONLINE_QUESTION_MAX_OPEN_CLAIMS must be a whole number from 1 to 50' })
  ONLINE_QUESTION_MAX_OPEN_CLAIMS = 3;

  /** How often the overdue worker looks for online questions unanswered past their due time, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  ONLINE_QUESTION_OVERDUE_SCAN_MS = 30_000;

  /**
   * JSON file of holidays and make-up working days (调休) per year, like routing's; the library's
   * calendar when absent. Keep it the same file as routing's, so working-day deadlines agree.
   */
  @IsOptional()
  @Validate(BusinessCalendarFile)
  BUSINESS_CALENDAR_FILE?: string;
}

export const intakeService: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  title: 'Intake',
  description:
    'Opens tickets (工单) and keeps them to the end: first-contact ownership (首问负责制), status and the timeline of every service.',
  configClass: IntakeConfig,
  module: (config) => IntakeModule.register(config),
};
