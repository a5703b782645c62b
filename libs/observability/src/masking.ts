/** "陈大明" → "陈**": the surname stays so an agent can address the caller politely. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** "13812345678" → "138****5678"; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const all = phone.replace(/\D/g, '');
  const digits = all.length === 13 && all.startsWith('86') ? all.slice(2) : all;
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

/** Resident ID numbers keep only their region prefix and check digit. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length <= 7 ? '*'.repeat(idNumber.length) : `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 7)}${idNumber.slice(-1)}`;
}
