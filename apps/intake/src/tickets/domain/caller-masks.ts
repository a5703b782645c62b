import { normalisedPhone } from './caller-fingerprint.js';

// Masks for whoever may not see the caller in full (PIPL: minimum necessary). Each keeps only
// what cannot confirm a guess: a phone's last digits would let anyone holding a list of numbers
// pick the caller out, and they were once the secret of the caller lookup.

/** "陈大明" → "陈**": the surname, then one `*` per further character, so an agent can still address the caller. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** "13812345678" → "138********": the first three digits (the carrier or area code), then `*` for the rest. */
export function maskPhone(phone: string): string {
  const digits = normalisedPhone(phone);
  return `${digits.slice(0, 3)}${'*'.repeat(Math.max(digits.length - 3, 0))}`;
}

/** "440605199001011236" → "44****************": the province only, then `*` for the rest. */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber.trim()];
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.max(chars.length - 2, 0))}`;
}
