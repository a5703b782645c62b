/**
 * Characters that print nothing: white space, format characters (zero-width space, joiners,
 * bidirectional marks, BOM), controls, and the Hangul and Braille fillers that render blank.
 */
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether `text` has at least one character a person can see: a name of only zero-width spaces has none. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}
