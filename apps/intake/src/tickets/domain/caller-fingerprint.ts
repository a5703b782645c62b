import { createHmac } from 'node:crypto';
import type { Caller, CallerFingerprint } from './ticket.js';

/**
 * The phone number as digits only, without the country code: "+86 138-1234-5678" and
 * "13812345678" are the same caller. Partners forward numbers in their own formats.
 */
export function normalisedPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0086')) return digits.slice(4);
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  return digits;
}

/** ID numbers upper-cased and trimmed: the check character X is sometimes written x. */
export function normalisedIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/**
 * Keyed hashes (HMAC-SHA256, hex) of the caller's phone and ID number. Keyed, so that a copy of
 * the table without the key cannot be reversed by hashing all 10^11 phone numbers; prefixed
 * per field, so a phone number never matches an ID number.
 */
export function fingerprintOf(caller: Pick<Caller, 'phone' | 'idNumber'>, key: string): CallerFingerprint {
  return {
    phoneHash: phoneHashOf(caller.phone, key),
    idNumberHash: caller.idNumber ? keyedHash('id-number', normalisedIdNumber(caller.idNumber), key) : null,
  };
}

/** The keyed hash of a phone number, however written: what a search by the caller's phone compares. */
export function phoneHashOf(phone: string, key: string): string {
  return keyedHash('phone', normalisedPhone(phone), key);
}

function keyedHash(field: string, value: string, key: string): string {
  return createHmac('sha256', key).update(`${field}:${value}`).digest('hex');
}
