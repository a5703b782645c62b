/** Blank text says nothing: store it as none, and without surrounding blanks otherwise. */
export function normalisedText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
