import type { components } from '../../api/generated/intake';

type DeskResolutionBody = components['schemas']['DeskResolutionDto'];

/** A knowledge base entry the answer relied on, with its title to show it by. */
export interface UsedEntry {
  id: string;
  title: string;
}

/** The answer given at the desk (即时办结), as the forms hold it (and keep it as a draft). */
export interface DeskAnswerValues {
  answer?: string;
  citedArticles?: string[];
  knowledgeEntries?: UsedEntry[];
  caseEducationGiven?: boolean;
}

/** What "引用" takes from a knowledge entry. */
export interface CitableEntry {
  id: string;
  title: string;
  citedArticles: string[];
  /** The entry's answer, when the agent wants its text in the answer. */
  answer?: string;
}

const unique = (items: string[]): string[] => [...new Set(items.map((item) => item.trim()).filter(Boolean))];

/**
 * The answer after citing an entry: the entry joins those used and its articles the cited ones,
 * each once; with `insertAnswer` its answer text is added after what was written so far.
 */
export function citeEntry(values: DeskAnswerValues, entry: CitableEntry, insertAnswer = false): DeskAnswerValues {
  const used = values.knowledgeEntries ?? [];
  const knowledgeEntries = used.some((item) => item.id === entry.id)
    ? used
    : [...used, { id: entry.id, title: entry.title }];
  const citedArticles = unique([...(values.citedArticles ?? []), ...entry.citedArticles]);
  const written = values.answer?.trim() ?? '';
  const answer =
    insertAnswer && entry.answer && !written.includes(entry.answer.trim())
      ? [written, entry.answer.trim()].filter(Boolean).join('\n')
      : values.answer;
  return { ...values, knowledgeEntries, citedArticles, answer };
}

/** The request body of a desk answer (desk resolution, online question, or handling at opening). */
export function deskAnswerBodyOf(values: DeskAnswerValues): DeskResolutionBody {
  return {
    answer: values.answer?.trim() ?? '',
    citedArticles: unique(values.citedArticles ?? []),
    knowledgeEntryIds: [...new Set((values.knowledgeEntries ?? []).map((entry) => entry.id))],
    caseEducationGiven: Boolean(values.caseEducationGiven),
  };
}

/** Where the service's field errors of a desk answer sit in the answer form. */
export const DESK_FORM_FIELD_OF_REQUEST_FIELD: Record<string, keyof DeskAnswerValues> = {
  answer: 'answer',
  citedArticles: 'citedArticles',
  knowledgeEntryIds: 'knowledgeEntries',
  caseEducationGiven: 'caseEducationGiven',
};

/** The consultations, guidance requests and complaints an agent may answer and close at the desk. */
export const DESK_REQUEST_TYPES = new Set(['consultation', 'complaint-or-suggestion']);

/** A title cut into plain and marked pieces, to highlight the words a search matched. */
export function markedParts(
  text: string,
  marks: readonly { start: number; length: number }[],
): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(mark.start, at);
    const end = Math.min(mark.start + mark.length, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
