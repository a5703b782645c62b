import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isChinesePhoneNumber, isValidResidentIdNumber } from './caller-identity.js';
import { hasVisibleText } from './visible-text.js';

/** 6, 9 or 12 digits: GB/T 2260 (province, city, county), GB/T 10114 (township), village. */
const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
/** ISO-8601 date-time with an explicit offset (Z or ±hh:mm). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** BCP 47 language tag or ISO 639-3 dialect code: "zh-CN", "yue", "hak", "nan". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function rule(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: test, defaultMessage: buildMessage((each) => `${each}$property ${message}`, options) } }, options);
}

/** A mainland mobile (11 digits) or a landline with its area code, digits only. */
export function IsChinesePhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isChinesePhoneNumber',
    (value) => typeof value === 'string' && isChinesePhoneNumber(value),
    'must be a mobile number (11 digits) or a landline with its area code, digits only',
    options,
  );
}

/** An 18-character resident ID number (GB 11643) with a real birth date and a matching check character. */
export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isResidentIdNumber',
    (value) => typeof value === 'string' && isValidResidentIdNumber(value),
    'must be an 18-character resident ID number with a valid birth date and check character',
    options,
  );
}

export function isWellFormedRegionCodeValue(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

/** An administrative division code of 6, 9 or 12 digits (its existence is checked elsewhere). */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return rule('isRegionCode', isWellFormedRegionCodeValue, 'must be a region code of 6, 9 or 12 digits', options);
}

/** Whether `value` is an ISO-8601 date-time with an offset naming a real calendar time (no 30 February, no 25:00). */
export function isInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day, hour, minute] = [0, 5, 8, 11, 14].map((at, i) => Number(value.slice(at, at + (i === 0 ? 4 : 2))));
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! && hour! < 24 && minute! < 60;
}

/** An ISO-8601 date-time with an offset, e.g. 2026-11-23T10:00:00+08:00. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isInstant',
    (value) => typeof value === 'string' && isInstant(value),
    'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T00:00:00+08:00',
    options,
  );
}

/** Text a person can see: not empty, not only spaces or invisible characters (zero-width, BOM, controls). */
export function IsVisibleText(options?: ValidationOptions): PropertyDecorator {
  return rule('isVisibleText', (value) => typeof value === 'string' && hasVisibleText(value), 'must contain visible characters', options);
}

/** A BCP 47 language tag or ISO 639-3 dialect code: zh-CN, yue, hak, nan. */
export function IsLanguageTag(options?: ValidationOptions): PropertyDecorator {
  return rule('isLanguageTag', (value) => typeof value === 'string' && LANGUAGE_TAG.test(value), 'must be a language tag such as zh-CN, yue, hak or nan', options);
}
