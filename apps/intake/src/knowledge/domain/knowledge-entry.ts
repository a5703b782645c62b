import type { LegalCategory } from '@legal-hotline/contracts';
import { KnowledgeError } from './knowledge-error.js';

/**
 * The three kinds of entry of the knowledge base (知识库): common questions and answers (常见问题),
 * standard lawyer opinions (标准律师意见) and service guides (办事指南: where to apply, what
 * materials, which body).
 */
export const KNOWLEDGE_KINDS = ['faq', 'lawyer-opinion', 'service-guide'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/**
 * draft → in-review → published (or → returned with a note, edited, submitted again);
 * any entry may be retired, which is final. Only published entries are searched and may be cited.
 */
export const KNOWLEDGE_STATUSES = ['draft', 'in-review', 'published', 'returned', 'retired'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

export const REVIEW_DECISIONS = ['publish', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The structured part of a service guide (办事指南). */
export interface ServiceGuide {
  /** The body to apply to (受理机构), e.g. "县级法律援助中心". */
  body: string;
  /** Where and how to apply: address, window, online channel. */
  whereToApply: string;
  /** The materials to bring (申请材料), one per item. */
  materials: string[];
  /** The time limit the body works to, as stated to callers, e.g. "7日内作出决定（法律援助法第四十三条）". */
  timeLimit: string | null;
}

/** What an author writes; the rest of an entry is kept by the review process. */
export interface KnowledgeContent {
  kind: KnowledgeKind;
  title: string;
  question: string;
  /** The answer, or for a service guide the guide in prose (the structured part in `guide`). */
  answer: string;
  /** Present for, and only for, service guides. */
  guide: ServiceGuide | null;
  legalCategory: LegalCategory;
  /**
   * Regions the entry applies to, as leading digits of region codes ("44" Guangdong, "4406"
   * Foshan, "440605" Nanhai): each covers its sub-regions. Empty: everywhere.
   */
  regionCodes: string[];
  /** Articles relied on, e.g. "《中华人民共和国劳动合同法》第三十条". */
  citedArticles: string[];
  /** Special lines (专线) whose knowledge section holds the entry. */
  specialLineCodes: string[];
  /** First day the entry applies (YYYY-MM-DD, Asia/Shanghai). */
  validFrom: string;
  /** Last day it applies, included; null for no end. */
  validUntil: string | null;
}

/** A person, by token subject and display name. */
export interface Person {
  id: string;
  name: string;
}

/**
 * Changes proposed to a published entry. The published text stays searchable and citable while
 * they are reviewed; publishing them replaces it, returning them leaves it as it was.
 */
export interface Revision {
  status: 'in-review' | 'returned';
  content: KnowledgeContent;
  editedBy: Person;
  editedAt: Date;
  reviewNote: string | null;
}

export interface KnowledgeEntry extends KnowledgeContent {
  id: string;
  status: KnowledgeStatus;
  /** Increases by one with every saved change; each change is kept as a version. */
  version: number;
  author: Person;
  reviewer: Person | null;
  reviewNote: string | null;
  publishedAt: Date | null;
  /** A pending revision of a published entry; null otherwise. */
  revision: Revision | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Who acts, and whether they may review and retire (owner leads and supervisors). */
export interface KnowledgeActor extends Person {
  mayReview: boolean;
}

/** An entry after a change, with the note its version keeps. */
export interface KnowledgeChange {
  entry: KnowledgeEntry;
  changeNote: string;
}

/** Checks content an author wrote; the DTO has checked each field's own shape. */
export function checkContent(content: KnowledgeContent): void {
  if (content.validUntil !== null && content.validUntil < content.validFrom) {
    throw new KnowledgeError(
      'KNOWLEDGE.VALIDITY_ENDS_BEFORE_START',
      'invalid',
      'validUntil must not be before validFrom',
      'validUntil',
    );
  }
  if (content.kind === 'service-guide' && content.guide === null) {
    throw new KnowledgeError(
      'KNOWLEDGE.GUIDE_MISSING',
      'invalid',
      'a service guide needs `guide`: body, where to apply and materials',
      'guide',
    );
  }
  if (content.kind !== 'service-guide' && content.guide !== null) {
    throw new KnowledgeError('KNOWLEDGE.GUIDE_NOT_ALLOWED', 'invalid', 'only a service guide has `guide`', 'guide');
  }
}

/**
 * Region codes as the leading digits that cover their sub-regions: a 6-digit province or city
 * code loses its trailing zero pairs (440000 → 44, 440600 → 4406); others are kept. Duplicates
 * and codes covered by another in the list are dropped.
 */
export function regionPrefixesOf(codes: readonly string[]): string[] {
  const prefixes = codes.map((code) =>
    code.length === 6 ? code.replace(/^(\d{2})0000$/, '$1').replace(/^(\d{4})00$/, '$1') : code,
  );
  const unique = [...new Set(prefixes)].sort();
  return unique.filter((code) => !unique.some((other) => other !== code && code.startsWith(other)));
}

/** A new draft (草稿) by `author`. */
export function draftEntry(
  content: KnowledgeContent,
  author: Person,
  context: { id: string; at: Date },
): KnowledgeChange {
  checkContent(content);
  return {
    entry: {
      ...normalized(content),
      id: context.id,
      status: 'draft',
      version: 1,
      author: { id: author.id, name: author.name },
      reviewer: null,
      reviewNote: null,
      publishedAt: null,
      revision: null,
      createdAt: context.at,
      updatedAt: context.at,
    },
    changeNote: 'drafted',
  };
}

/**
 * Edits an entry. A draft or a returned entry is changed in place (a returned one becomes a draft
 * again), by its author or a reviewer. A published entry gets a revision that goes to review at
 * once, while the published text stays in use; editing a returned revision sends it back.
 */
export function editEntry(
  entry: KnowledgeEntry,
  content: KnowledgeContent,
  editor: KnowledgeActor,
  at: Date,
): KnowledgeChange {
  checkContent(content);
  const next = normalized(content);
  switch (entry.status) {
    case 'draft':
    case 'returned':
      if (editor.id !== entry.author.id && !editor.mayReview) throw KnowledgeError.notAuthor(entry);
      return {
        entry: { ...entry, ...next, status: 'draft', version: entry.version + 1, updatedAt: at },
        changeNote: 'edited',
      };
    case 'published':
      if (entry.revision?.status === 'in-review') throw KnowledgeError.revisionInReview(entry);
      return {
        entry: {
          ...entry,
          revision: {
            status: 'in-review',
            content: next,
            editedBy: { id: editor.id, name: editor.name },
            editedAt: at,
            reviewNote: null,
          },
          version: entry.version + 1,
          updatedAt: at,
        },
        changeNote: 'revision submitted for review',
      };
    case 'in-review':
      throw KnowledgeError.invalidTransition(
        entry,
        'edit',
        'it is under review: the reviewer publishes or returns it first',
      );
    case 'retired':
      throw KnowledgeError.invalidTransition(entry, 'edit', 'it is retired');
  }
}

/** Sends a draft or a returned entry to review (提交审核), by its author or a reviewer. */
export function submitEntry(entry: KnowledgeEntry, actor: KnowledgeActor, at: Date): KnowledgeChange {
  if (entry.status !== 'draft' && entry.status !== 'returned') {
    throw KnowledgeError.invalidTransition(entry, 'submit', 'only a draft or a returned entry goes to review');
  }
  if (actor.id !== entry.author.id && !actor.mayReview) throw KnowledgeError.notAuthor(entry);
  return {
    entry: { ...entry, status: 'in-review', version: entry.version + 1, updatedAt: at },
    changeNote: 'submitted for review',
  };
}

/**
 * The review (审核) of an entry or of a published entry's revision: publish it, or return it to
 * its author with a note saying what to change. Four eyes: the reviewer must be an owner lead or
 * supervisor, and not the one who wrote what is reviewed.
 */
export function reviewEntry(
  entry: KnowledgeEntry,
  review: { decision: ReviewDecision; note: string | null },
  reviewer: KnowledgeActor,
  at: Date,
): KnowledgeChange {
  if (!reviewer.mayReview) throw KnowledgeError.notReviewer();
  const note = review.note?.trim() || null;
  if (review.decision === 'return' && note === null) {
    throw new KnowledgeError(
      'KNOWLEDGE.NOTE_REQUIRED',
      'invalid',
      'returning an entry needs a note saying what to change',
      'note',
    );
  }
  const by = { id: reviewer.id, name: reviewer.name };
  const version = entry.version + 1;

  if (entry.status === 'in-review') {
    if (reviewer.id === entry.author.id) throw KnowledgeError.ownWork(entry);
    if (review.decision === 'publish') {
      return {
        entry: {
          ...entry,
          status: 'published',
          reviewer: by,
          reviewNote: note,
          publishedAt: at,
          version,
          updatedAt: at,
        },
        changeNote: note ? `published: ${note}` : 'published',
      };
    }
    return {
      entry: { ...entry, status: 'returned', reviewer: by, reviewNote: note, version, updatedAt: at },
      changeNote: `returned: ${note}`,
    };
  }

  if (entry.status === 'published' && entry.revision?.status === 'in-review') {
    if (reviewer.id === entry.revision.editedBy.id) throw KnowledgeError.ownWork(entry);
    if (review.decision === 'publish') {
      return {
        entry: {
          ...entry,
          ...entry.revision.content,
          revision: null,
          reviewer: by,
          reviewNote: note,
          publishedAt: at,
          version,
          updatedAt: at,
        },
        changeNote: note ? `revision published: ${note}` : 'revision published',
      };
    }
    return {
      entry: {
        ...entry,
        revision: { ...entry.revision, status: 'returned', reviewNote: note },
        version,
        updatedAt: at,
      },
      changeNote: `revision returned: ${note}`,
    };
  }

  throw KnowledgeError.invalidTransition(entry, 'review', 'nothing of it awaits review');
}

/** Retires an entry (停用): no longer searched, suggested or citable; kept with its versions. */
export function retireEntry(
  entry: KnowledgeEntry,
  actor: KnowledgeActor,
  at: Date,
  note: string | null,
): KnowledgeChange {
  if (!actor.mayReview) throw KnowledgeError.notReviewer();
  if (entry.status === 'retired') throw KnowledgeError.invalidTransition(entry, 'retire', 'it is retired already');
  return {
    entry: { ...entry, status: 'retired', revision: null, version: entry.version + 1, updatedAt: at },
    changeNote: note?.trim() ? `retired: ${note.trim()}` : 'retired',
  };
}

/** Whether an entry is in the review queue (待审核): itself, or a revision of it. */
export function awaitsReview(entry: Pick<KnowledgeEntry, 'status' | 'revision'>): boolean {
  return entry.status === 'in-review' || entry.revision?.status === 'in-review';
}

/** Whether an entry applies on `day` (YYYY-MM-DD). */
export function isValidOn(entry: Pick<KnowledgeContent, 'validFrom' | 'validUntil'>, day: string): boolean {
  return entry.validFrom <= day && (entry.validUntil === null || day <= entry.validUntil);
}

function normalized(content: KnowledgeContent): KnowledgeContent {
  const unique = (values: string[]) => [
    ...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0)),
  ];
  return {
    kind: content.kind,
    title: content.title.trim(),
    question: content.question.trim(),
    answer: content.answer.trim(),
    guide: content.guide
      ? {
          ...content.guide,
          body: content.guide.body.trim(),
          whereToApply: content.guide.whereToApply.trim(),
          materials: unique(content.guide.materials),
        }
      : null,
    legalCategory: content.legalCategory,
    regionCodes: regionPrefixesOf(content.regionCodes),
    citedArticles: unique(content.citedArticles),
    specialLineCodes: unique(content.specialLineCodes),
    validFrom: content.validFrom,
    validUntil: content.validUntil,
  };
}
