import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS } from '@legal-hotline/business-calendar';
import { IsISO8601, IsOptional, IsString, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Query parameters of every figure: a period of Asia/Shanghai calendar days, both ends included
 * (`reportingPeriodOf` of business-calendar turns them into instants and refuses a bad period).
 * Figure queries extend it with their filters.
 */
export class PeriodQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-01',
    description: `First day, YYYY-MM-DD (Asia/Shanghai), included; by default ${DEFAULT_PERIOD_DAYS - 1} days before \`to\`. At most ${MAX_PERIOD_DAYS} days up to \`to\`.`,
  })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'from must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real calendar date' })
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-30',
    description: 'Last day, YYYY-MM-DD (Asia/Shanghai), included; today by default. Not before `from`.',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'to must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real calendar date' })
  to?: string;
}
