import type { components } from '../../api/generated/intake';
import { hasRole, type Principal } from '../../auth/principal';

// The knowledge base (知识库) screens' rules: highlighting the search's marks, the editor's form to
// and from the request, and which actions a person sees on an entry. Pure: the screens render them.

export type KnowledgeEntry = components['schemas']['KnowledgeEntryView'];
export type KnowledgeEntryDetail = components['schemas']['KnowledgeEntryDetailView'];
export type KnowledgeEntryRequest = components['schemas']['KnowledgeEntryDto'];
export type KnowledgeHit = components['schemas']['KnowledgeHitView'];
export type KnowledgeKind = KnowledgeEntryRequest['kind'];
export type LegalCategory = KnowledgeEntryRequest['legalCategory'];

export interface Mark {
  start: number;
  length: number;
}

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * The text cut into plain and marked pieces. Marks count UTF-16 code units, as JavaScript strings
 * do; overlapping or touching marks merge, marks outside the text are dropped.
 */
export function piecesOf(text: string, marks: readonly Mark[]): TextPiece[] {
  const spans = marks
    .map(({ start, length }) => ({ start: Math.max(0, start), end: Math.min(text.length, start + length) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), marked: false });
    pieces.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** What the editor holds: lists as one item a line, so articles and materials paste in as they are. */
export interface EntryForm {
  kind: KnowledgeKind;
  title: string;
  question: string;
  answer: string;
  legalCategory: LegalCategory | undefined;
  /** Leading digits of region codes ("44", "4406"); none for everywhere. */
  regionCodes: string[];
  /** One article a line. */
  citedArticles: string;
  specialLineCodes: string[];
  /** YYYY-MM-DD. */
  validFrom: string;
  validUntil: string | null;
  guideBody: string;
  guideWhereToApply: string;
  /** One material a line. */
  guideMaterials: string;
  guideTimeLimit: string;
}

export function emptyEntryForm(today: string): EntryForm {
  return {
    kind: 'faq',
    title: '',
    question: '',
    answer: '',
    legalCategory: undefined,
    regionCodes: [],
    citedArticles: '',
    specialLineCodes: [],
    validFrom: today,
    validUntil: null,
    guideBody: '',
    guideWhereToApply: '',
    guideMaterials: '',
    guideTimeLimit: '',
  };
}

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A region as the knowledge base reads it: "440600" covers what "4406" covers, so keep it short. */
export function regionPrefixOf(code: string): string {
  const digits = code.trim();
  if (!/^\d{2,12}$/.test(digits)) return digits;
  if (digits.length !== 6) return digits;
  return digits.replace(/(00)+$/, '') || digits;
}

export function entryRequestOf(form: EntryForm): KnowledgeEntryRequest {
  const guide =
    form.kind === 'service-guide'
      ? {
          body: form.guideBody.trim(),
          whereToApply: form.guideWhereToApply.trim(),
          materials: linesOf(form.guideMaterials),
          timeLimit: form.guideTimeLimit.trim() === '' ? null : form.guideTimeLimit.trim(),
        }
      : null;
  return {
    kind: form.kind,
    title: form.title.trim(),
    question: form.question.trim(),
    answer: form.answer.trim(),
    guide,
    // The service names a missing category in its answer; the form's required rule catches it first.
    legalCategory: form.legalCategory as LegalCategory,
    regionCodes: [...new Set(form.regionCodes.map(regionPrefixOf).filter((code) => code !== ''))],
    citedArticles: linesOf(form.citedArticles),
    specialLineCodes: form.specialLineCodes,
    validFrom: form.validFrom,
    validUntil: form.validUntil && form.validUntil !== '' ? form.validUntil : null,
  };
}

type EntryContent = components['schemas']['RevisionContentView'];

/** The editor's form for an entry: a returned revision's text, which is what its editor changes next. */
export function entryFormOf(entry: KnowledgeEntry): EntryForm {
  const content: EntryContent = entry.revision?.status === 'returned' ? entry.revision.content : entry;
  return {
    kind: content.kind,
    title: content.title,
    question: content.question,
    answer: content.answer,
    legalCategory: content.legalCategory,
    regionCodes: content.regionCodes,
    citedArticles: content.citedArticles.join('\n'),
    specialLineCodes: content.specialLineCodes,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    guideBody: content.guide?.body ?? '',
    guideWhereToApply: content.guide?.whereToApply ?? '',
    guideMaterials: content.guide?.materials.join('\n') ?? '',
    guideTimeLimit: content.guide?.timeLimit ?? '',
  };
}

export interface EntryActions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  retire: boolean;
  /** The person wrote what awaits review: the service refuses them as its reviewer (双人审核). */
  ownWorkInReview: boolean;
}

export function mayWriteKnowledge(principal: Principal): boolean {
  return hasRole(principal, 'hotline-agent', 'owner-lead', 'supervisor');
}

export function mayReviewKnowledge(principal: Principal): boolean {
  return hasRole(principal, 'owner-lead', 'supervisor');
}

/** What the person may do with the entry now, as the service decides it. */
export function entryActionsOf(entry: KnowledgeEntry, principal: Principal): EntryActions {
  const writer = mayWriteKnowledge(principal);
  const reviewer = mayReviewKnowledge(principal);
  const author = entry.author.id === principal.subject;
  const unpublished = entry.status === 'draft' || entry.status === 'returned';
  const revisionInReview = entry.revision?.status === 'in-review';
  const inReviewBy =
    entry.status === 'in-review' ? entry.author.id : revisionInReview ? entry.revision!.editedBy.id : null;
  return {
    edit: writer && ((unpublished && (author || reviewer)) || (entry.status === 'published' && !revisionInReview)),
    submit: writer && unpublished && (author || reviewer),
    review: reviewer && entry.awaitsReview,
    retire: reviewer && entry.status !== 'retired',
    ownWorkInReview: entry.awaitsReview && inReviewBy === principal.subject,
  };
}

/** What a version's change note says, in Chinese: "returned: 请补充…" → "退回：请补充…". */
const CHANGE_NOTES: [RegExp, string][] = [
  [/^drafted/, '起草'],
  [/^revision submitted for review/, '修改稿提交审核'],
  [/^revision published/, '修改稿发布'],
  [/^revision returned/, '修改稿退回'],
  [/^submitted for review/, '提交审核'],
  [/^published/, '发布'],
  [/^returned/, '退回'],
  [/^retired/, '停用'],
  [/^edited/, '修改'],
];

export function changeNoteText(note: string): string {
  for (const [pattern, label] of CHANGE_NOTES) {
    const match = pattern.exec(note);
    if (match) {
      const rest = note
        .slice(match[0].length)
        .replace(/^[:：]\s*/, '')
        .trim();
      return rest === '' ? label : `${label}：${rest}`;
    }
  }
  return note;
}
