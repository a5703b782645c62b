import {
  IsOptional,
  IsString,
  Matches,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { IntakeModule } from './intake.module.js';
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
}

export const intakeService: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  title: 'Intake',
  description:
    'Opens tickets (工单) and keeps them to the end: first-contact ownership (首问负责制), status and the timeline of every service.',
  configClass: IntakeConfig,
  module: (config) => IntakeModule.register(config),
};
