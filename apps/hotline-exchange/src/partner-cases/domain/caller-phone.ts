/**
 * A phone number as a partner wrote it ("+86 138-1234-5678", "0086 757 8628 0000"), reduced to the
 * national digits intake validates: spaces and hyphens go, and so does the country code. Written
 * internationally a landline drops its trunk "0" ("+86 757 ..." is "0757 ...", "+86 10 ..." is
 * "010 ..."), which comes back; a mobile number has none.
 * Anything else is returned as it is, for the validator to refuse.
 */
export function nationalPhoneNumber(text: string): string {
  const digits = text.replace(/[\s-]/g, '');
  const national = /^(?:\+|00)86(\d+)$/.exec(digits)?.[1];
  if (national === undefined) return digits;
  return /^(0|1[3-9]\d{9}$)/.test(national) ? national : `0${national}`;
}
