import type { KnowledgeEntry } from './knowledge-entry.js';

/** How a broken knowledge-base rule is classified; the edge maps it to HTTP. */
export type KnowledgeErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'unprocessable';

export type KnowledgeErrorCode =
  | 'KNOWLEDGE.NOT_FOUND'
  | 'KNOWLEDGE.INVALID_TRANSITION'
  | 'KNOWLEDGE.REVISION_IN_REVIEW'
  | 'KNOWLEDGE.NOT_AUTHOR'
  | 'KNOWLEDGE.NOT_REVIEWER'
  | 'KNOWLEDGE.REVIEWER_IS_AUTHOR'
  | 'KNOWLEDGE.NOTE_REQUIRED'
  | 'KNOWLEDGE.VALIDITY_ENDS_BEFORE_START'
  | 'KNOWLEDGE.GUIDE_MISSING'
  | 'KNOWLEDGE.GUIDE_NOT_ALLOWED'
  | 'KNOWLEDGE.UNKNOWN_SPECIAL_LINE';

/** A broken knowledge-base rule, with a dotted code such as `KNOWLEDGE.REVIEWER_IS_AUTHOR`. */
export class KnowledgeError extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    readonly kind: KnowledgeErrorKind,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'KnowledgeError';
  }

  static notFound(id: string): KnowledgeError {
    return new KnowledgeError('KNOWLEDGE.NOT_FOUND', 'not-found', `knowledge entry ${id} does not exist`);
  }

  static invalidTransition(entry: Pick<KnowledgeEntry, 'id' | 'status'>, command: string, why: string): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.INVALID_TRANSITION',
      'conflict',
      `cannot ${command} knowledge entry ${entry.id} (${entry.status}): ${why}`,
    );
  }

  static revisionInReview(entry: Pick<KnowledgeEntry, 'id'>): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.REVISION_IN_REVIEW',
      'conflict',
      `a revision of knowledge entry ${entry.id} is under review: the reviewer publishes or returns it first`,
    );
  }

  static notAuthor(entry: Pick<KnowledgeEntry, 'author'>): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.NOT_AUTHOR',
      'forbidden',
      `only its author (${entry.author.name}) or a reviewer (owner lead, supervisor) may change an unpublished entry`,
    );
  }

  static notReviewer(): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.NOT_REVIEWER',
      'forbidden',
      'only owner leads and supervisors review and retire knowledge entries',
    );
  }

  /** Four eyes (双人审核): nobody publishes what they wrote. */
  static ownWork(entry: Pick<KnowledgeEntry, 'id'>): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.REVIEWER_IS_AUTHOR',
      'forbidden',
      `knowledge entry ${entry.id}: the reviewer must be someone other than its author`,
    );
  }

  /** A knowledge section belongs to a special line (专线) that exists, open or not. */
  static unknownSpecialLines(codes: readonly string[]): KnowledgeError {
    return new KnowledgeError(
      'KNOWLEDGE.UNKNOWN_SPECIAL_LINE',
      'unprocessable',
      `no special line has the code ${codes.join(', ')}: open the line first, or leave it out`,
      'specialLineCodes',
    );
  }
}
