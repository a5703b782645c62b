/** A marked stretch of text: the characters [start, start + length) matched the query. */
export interface Mark {
  start: number;
  length: number;
}

/**
 * Where the words of a query occur in `text`, without overlaps, in order. `words` should be the
 * query's highlights (longest first), so that "拖欠工资" is marked whole, not as two words.
 */
export function marksIn(text: string, words: readonly string[]): Mark[] {
  const lower = text.toLowerCase();
  const taken = new Array<boolean>(text.length).fill(false);
  const marks: Mark[] = [];
  for (const word of words) {
    if (word.length === 0) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      taken.fill(true, at, at + word.length);
      marks.push({ start: at, length: word.length });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * A stretch of at most `size` characters of `text` around its first match, with the marks that
 * fall in it (relative to the snippet); "…" shows where text was cut off.
 */
export function snippetOf(text: string, words: readonly string[], size = 90): { snippet: string; marks: Mark[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = marksIn(flat, words);
  const first = all[0]?.start ?? 0;
  const start = flat.length <= size ? 0 : Math.max(0, Math.min(first - Math.floor(size / 4), flat.length - size));
  const end = Math.min(flat.length, start + size);
  const head = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const marks = all
    .filter((mark) => mark.start >= start && mark.start + mark.length <= end)
    .map((mark) => ({ start: mark.start - start + head.length, length: mark.length }));
  return { snippet: `${head}${flat.slice(start, end)}${tail}`, marks };
}
