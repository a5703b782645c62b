import { describe, expect, it } from '@jest/globals';
import {
  awaitsReview,
  draftEntry,
  editEntry,
  isValidOn,
  regionPrefixesOf,
  retireEntry,
  reviewEntry,
  submitEntry,
  type KnowledgeActor,
  type KnowledgeContent,
  type KnowledgeEntry,
} from './knowledge-entry.js';
import { KnowledgeError } from './knowledge-error.js';

const AUTHOR: KnowledgeActor = { id: 'agent-lin', name: '林晓', mayReview: false };
const OTHER_AGENT: KnowledgeActor = { id: 'agent-yang', name: '杨敏', mayReview: false };
const LEAD: KnowledgeActor = { id: 'lead-huang', name: '黄建华', mayReview: true };
const LEAD_AUTHOR: KnowledgeActor = { id: 'lead-wu', name: '吴志强', mayReview: true };
const AT = new Date('2026-11-23T02:00:00Z');
const LATER = new Date('2026-11-24T02:00:00Z');

const content = (overrides: Partial<KnowledgeContent> = {}): KnowledgeContent => ({
  kind: 'faq',
  title: '用人单位拖欠工资怎么办',
  question: '公司三个月没发工资怎么办？',
  answer: '可以先与用人单位协商，协商不成可向劳动保障监察机构投诉或申请劳动仲裁。',
  guide: null,
  legalCategory: 'labour-remuneration',
  regionCodes: [],
  citedArticles: ['《中华人民共和国劳动合同法》第三十条'],
  specialLineCodes: [],
  validFrom: '2026-01-01',
  validUntil: null,
  ...overrides,
});

const drafted = (by: KnowledgeActor = AUTHOR): KnowledgeEntry =>
  draftEntry(content(), by, { id: 'entry-1', at: AT }).entry;
const inReview = (by: KnowledgeActor = AUTHOR): KnowledgeEntry => submitEntry(drafted(by), by, AT).entry;
const published = (): KnowledgeEntry => reviewEntry(inReview(), { decision: 'publish', note: null }, LEAD, AT).entry;

const codeOf = (act: () => unknown): string | undefined => {
  try {
    act();
  } catch (error) {
    if (error instanceof KnowledgeError) return error.code;
    throw error;
  }
  return undefined;
};

describe(draftEntry.name, () => {
  it('starts a draft at version 1 by its author, with region codes as prefixes', () => {
    const { entry, changeNote } = draftEntry(content({ regionCodes: ['440000', '440600', '522726'] }), AUTHOR, {
      id: 'entry-1',
      at: AT,
    });
    expect(entry).toMatchObject({
      status: 'draft',
      version: 1,
      author: { id: 'agent-lin', name: '林晓' },
      regionCodes: ['44', '522726'],
    });
    expect(changeNote).toBe('drafted');
  });

  it('refuses a validity that ends before it starts, and a guide on anything but a service guide', () => {
    expect(codeOf(() => draftEntry(content({ validUntil: '2025-12-31' }), AUTHOR, { id: 'x', at: AT }))).toBe(
      'KNOWLEDGE.VALIDITY_ENDS_BEFORE_START',
    );
    expect(codeOf(() => draftEntry(content({ kind: 'service-guide' }), AUTHOR, { id: 'x', at: AT }))).toBe(
      'KNOWLEDGE.GUIDE_MISSING',
    );
    const guide = { body: '县级法律援助中心', whereToApply: '法律援助窗口', materials: ['身份证'], timeLimit: null };
    expect(codeOf(() => draftEntry(content({ guide }), AUTHOR, { id: 'x', at: AT }))).toBe(
      'KNOWLEDGE.GUIDE_NOT_ALLOWED',
    );
  });
});

describe(regionPrefixesOf.name, () => {
  it('reads 6-digit province and city codes as their prefixes and drops covered codes', () => {
    expect(regionPrefixesOf(['440605', '440000', '520100', '520102016'])).toEqual(['44', '5201']);
  });
});

describe(reviewEntry.name, () => {
  it('publishes an entry in review when someone other than the author reviews it', () => {
    const { entry } = reviewEntry(inReview(), { decision: 'publish', note: '内容准确' }, LEAD, LATER);
    expect(entry).toMatchObject({
      status: 'published',
      reviewer: { id: 'lead-huang' },
      publishedAt: LATER,
      reviewNote: '内容准确',
      version: 3,
    });
  });

  it('refuses the author as reviewer, even a lead (four eyes)', () => {
    expect(
      codeOf(() => reviewEntry(inReview(LEAD_AUTHOR), { decision: 'publish', note: null }, LEAD_AUTHOR, LATER)),
    ).toBe('KNOWLEDGE.REVIEWER_IS_AUTHOR');
  });

  it('refuses a reviewer who is not a lead or supervisor', () => {
    expect(codeOf(() => reviewEntry(inReview(), { decision: 'publish', note: null }, OTHER_AGENT, LATER))).toBe(
      'KNOWLEDGE.NOT_REVIEWER',
    );
  });

  it('returns an entry only with a note, which the author then sees', () => {
    expect(codeOf(() => reviewEntry(inReview(), { decision: 'return', note: '  ' }, LEAD, LATER))).toBe(
      'KNOWLEDGE.NOTE_REQUIRED',
    );
    const { entry, changeNote } = reviewEntry(inReview(), { decision: 'return', note: '请补充仲裁时效' }, LEAD, LATER);
    expect(entry).toMatchObject({ status: 'returned', reviewNote: '请补充仲裁时效' });
    expect(changeNote).toBe('returned: 请补充仲裁时效');
  });

  it('refuses to review a draft that was never submitted', () => {
    expect(codeOf(() => reviewEntry(drafted(), { decision: 'publish', note: null }, LEAD, LATER))).toBe(
      'KNOWLEDGE.INVALID_TRANSITION',
    );
  });
});

describe(submitEntry.name, () => {
  it('sends a returned entry back to review after it is edited', () => {
    const returned = reviewEntry(inReview(), { decision: 'return', note: '补充' }, LEAD, LATER).entry;
    const edited = editEntry(
      returned,
      content({ answer: '补充后的答复：劳动争议申请仲裁的时效期间为一年。' }),
      AUTHOR,
      LATER,
    ).entry;
    expect(edited.status).toBe('draft');
    expect(submitEntry(edited, AUTHOR, LATER).entry.status).toBe('in-review');
  });

  it('refuses an entry that is already in review or published', () => {
    expect(codeOf(() => submitEntry(inReview(), AUTHOR, LATER))).toBe('KNOWLEDGE.INVALID_TRANSITION');
    expect(codeOf(() => submitEntry(published(), AUTHOR, LATER))).toBe('KNOWLEDGE.INVALID_TRANSITION');
  });

  it('refuses another agent, not a reviewer', () => {
    expect(codeOf(() => submitEntry(drafted(), OTHER_AGENT, LATER))).toBe('KNOWLEDGE.NOT_AUTHOR');
  });
});

describe(editEntry.name, () => {
  it('changes a draft in place and counts the version', () => {
    const { entry } = editEntry(drafted(), content({ title: '单位欠薪怎么办' }), AUTHOR, LATER);
    expect(entry).toMatchObject({ title: '单位欠薪怎么办', status: 'draft', version: 2, updatedAt: LATER });
  });

  it('refuses an entry in review and a retired one', () => {
    expect(codeOf(() => editEntry(inReview(), content(), AUTHOR, LATER))).toBe('KNOWLEDGE.INVALID_TRANSITION');
    expect(codeOf(() => editEntry(retireEntry(drafted(), LEAD, AT, null).entry, content(), AUTHOR, LATER))).toBe(
      'KNOWLEDGE.INVALID_TRANSITION',
    );
  });

  it('keeps a published entry in use while its revision is reviewed, then replaces it', () => {
    const revised = editEntry(published(), content({ title: '单位欠薪怎么办' }), OTHER_AGENT, LATER).entry;
    expect(revised).toMatchObject({
      status: 'published',
      title: '用人单位拖欠工资怎么办',
      revision: { status: 'in-review', editedBy: { id: 'agent-yang' } },
    });
    expect(awaitsReview(revised)).toBe(true);
    expect(codeOf(() => editEntry(revised, content(), AUTHOR, LATER))).toBe('KNOWLEDGE.REVISION_IN_REVIEW');

    const republished = reviewEntry(revised, { decision: 'publish', note: null }, LEAD, LATER).entry;
    expect(republished).toMatchObject({
      status: 'published',
      title: '单位欠薪怎么办',
      revision: null,
      publishedAt: LATER,
    });
  });

  it('returns a revision to its editor without touching the published text; the editor may not review it', () => {
    const revised = editEntry(published(), content({ title: '单位欠薪怎么办' }), LEAD_AUTHOR, LATER).entry;
    expect(codeOf(() => reviewEntry(revised, { decision: 'publish', note: null }, LEAD_AUTHOR, LATER))).toBe(
      'KNOWLEDGE.REVIEWER_IS_AUTHOR',
    );
    const returned = reviewEntry(revised, { decision: 'return', note: '标题请保留原表述' }, LEAD, LATER).entry;
    expect(returned).toMatchObject({
      status: 'published',
      title: '用人单位拖欠工资怎么办',
      revision: { status: 'returned', reviewNote: '标题请保留原表述' },
    });
    expect(awaitsReview(returned)).toBe(false);
  });
});

describe(retireEntry.name, () => {
  it('retires for reviewers only, once', () => {
    expect(codeOf(() => retireEntry(published(), AUTHOR, LATER, null))).toBe('KNOWLEDGE.NOT_REVIEWER');
    const { entry, changeNote } = retireEntry(published(), LEAD, LATER, '法律已修订');
    expect(entry.status).toBe('retired');
    expect(changeNote).toBe('retired: 法律已修订');
    expect(codeOf(() => retireEntry(entry, LEAD, LATER, null))).toBe('KNOWLEDGE.INVALID_TRANSITION');
  });
});

describe(isValidOn.name, () => {
  it('includes both ends', () => {
    const validity = { validFrom: '2026-01-01', validUntil: '2026-12-31' };
    expect(isValidOn(validity, '2026-01-01')).toBe(true);
    expect(isValidOn(validity, '2026-12-31')).toBe(true);
    expect(isValidOn(validity, '2027-01-01')).toBe(false);
    expect(isValidOn({ validFrom: '2026-01-01', validUntil: null }, '2099-01-01')).toBe(true);
  });
});
