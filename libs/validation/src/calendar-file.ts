import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { loadCalendar } from '@legal-hotline/business-calendar';

/** BUSINESS_CALENDAR_FILE as start-up checks it: a readable calendar file, as the services read it. */
@ValidatorConstraint({ name: 'businessCalendarFile' })
export class BusinessCalendarFile implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return this.problem(value) === null;
  }

  defaultMessage({ value }: ValidationArguments): string {
    return `BUSINESS_CALENDAR_FILE must name a readable calendar file (JSON like the default calendar): ${this.problem(value) ?? ''}`;
  }

  private problem(value: unknown): string | null {
    if (typeof value !== 'string') return 'must be a file path';
    try {
      loadCalendar(value);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
