import { hasVisibleText } from '@legal-hotline/validation';

/**
 * Text that shows nothing (blank, or only zero-width, BOM or control characters) says nothing:
 * store it as none, so a note a rule requires cannot be satisfied by invisible characters.
 * Other text is kept without surrounding blanks.
 */
export function normalisedText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return hasVisibleText(trimmed) ? trimmed : null;
}
