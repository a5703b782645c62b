/** Mainland mobile numbers: 11 digits, 1 then 3-9 (13x to 19x). */
const MOBILE_NUMBER = /^1[3-9]\d{9}$/;
/** Landlines with their area code: 0 + 2 or 3 digits (010, 020, 0757, ...), then 7 or 8 digits not starting with 0 or 1. */
const LANDLINE_NUMBER = /^0\d{2,3}[2-9]\d{6,7}$/;

/** Whether `phone` is a Chinese mobile or landline number written as digits only. */
export function isChinesePhoneNumber(phone: string): boolean {
  return MOBILE_NUMBER.test(phone) || LANDLINE_NUMBER.test(phone);
}

// GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
const CHECKSUM_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/**
 * Whether `idNumber` is a well-formed 18-character resident ID number (GB 11643-1999): 17 digits
 * (region, birth date, sequence) and a check character (digit or X) that matches the checksum,
 * with a real birth date. It cannot tell whether the number was ever issued.
 */
export function isValidResidentIdNumber(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  if (!isCalendarDate(idNumber.slice(6, 14))) return false;
  const sum = CHECKSUM_WEIGHTS.reduce((total, weight, i) => total + weight * Number(idNumber[i]), 0);
  return CHECK_CHARACTERS[sum % 11] === idNumber[17];
}

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
