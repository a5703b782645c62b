import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { IntakeModule } from './intake.module.js';

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
}

export const intakeService: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  title: 'Intake',
  description:
    'Opens tickets (工单) and keeps them to the end: first-contact ownership (首问负责制), status and the timeline of every service.',
  configClass: IntakeConfig,
  module: (config) => IntakeModule.register(config),
};
