import { describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import {
  changeNoteText,
  emptyEntryForm,
  entryActionsOf,
  entryFormOf,
  entryRequestOf,
  piecesOf,
  regionPrefixOf,
  type KnowledgeEntry,
} from './knowledge';

function aPrincipal(subject: string, roles: Principal['roles']): Principal {
  return {
    subject,
    name: subject,
    username: subject,
    roles,
    organisationId: '12348-gd',
    organisationName: null,
    area: null,
  };
}

function anEntry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id: '6b6e0000-0000-4000-8000-000000000001',
    kind: 'faq',
    title: '用人单位拖欠工资怎么办',
    question: '公司三个月没发工资',
    answer: '可以向劳动保障监察机构投诉。',
    guide: null,
    legalCategory: 'labour-remuneration',
    regionCodes: [],
    citedArticles: ['《中华人民共和国劳动合同法》第三十条'],
    specialLineCodes: [],
    validFrom: '2026-01-01',
    validUntil: null,
    status: 'draft',
    version: 1,
    awaitsReview: false,
    author: { id: 'agent', name: '林晓' },
    reviewer: null,
    reviewNote: null,
    publishedAt: null,
    revision: null,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}

describe('search highlights', () => {
  it('mark the matched words and keep the rest plain', () => {
    expect(
      piecesOf('用人单位拖欠工资怎么办', [
        { start: 4, length: 2 },
        { start: 0, length: 4 },
      ]),
    ).toEqual([
      { text: '用人单位拖欠', marked: true },
      { text: '工资怎么办', marked: false },
    ]);
  });

  it('merge overlapping marks and drop those outside the text', () => {
    expect(
      piecesOf('拖欠工资', [
        { start: 0, length: 3 },
        { start: 2, length: 2 },
        { start: 9, length: 2 },
      ]),
    ).toEqual([{ text: '拖欠工资', marked: true }]);
    expect(piecesOf('工资', [])).toEqual([{ text: '工资', marked: false }]);
  });
});

describe('the knowledge editor', () => {
  it('sends lists one item a line, trimmed, and no guide for a common question', () => {
    const sut = entryRequestOf({
      ...emptyEntryForm('2026-12-06'),
      title: ' 拖欠工资怎么办 ',
      question: '没发工资',
      answer: '先协商，再投诉或仲裁。',
      legalCategory: 'labour-remuneration',
      regionCodes: ['440600', '4406', '440605'],
      citedArticles: '《劳动合同法》第三十条\n\n 《劳动争议调解仲裁法》第二十七条 ',
      guideBody: '不会发送',
    });
    expect(sut).toMatchObject({
      kind: 'faq',
      title: '拖欠工资怎么办',
      guide: null,
      regionCodes: ['4406', '440605'],
      citedArticles: ['《劳动合同法》第三十条', '《劳动争议调解仲裁法》第二十七条'],
      validFrom: '2026-12-06',
      validUntil: null,
    });
  });

  it('sends the guide of a service guide', () => {
    const sut = entryRequestOf({
      ...emptyEntryForm('2026-12-06'),
      kind: 'service-guide',
      guideBody: '南海区法律援助中心',
      guideWhereToApply: '南海区公共法律服务中心一楼',
      guideMaterials: '居民身份证\n经济困难状况说明表\n',
      guideTimeLimit: '',
    });
    expect(sut.guide).toEqual({
      body: '南海区法律援助中心',
      whereToApply: '南海区公共法律服务中心一楼',
      materials: ['居民身份证', '经济困难状况说明表'],
      timeLimit: null,
    });
  });

  it('shortens six-digit region codes to the prefix the knowledge base reads', () => {
    expect(regionPrefixOf('440000')).toBe('44');
    expect(regionPrefixOf('440600')).toBe('4406');
    expect(regionPrefixOf('440605')).toBe('440605');
    expect(regionPrefixOf('440605011')).toBe('440605011');
  });

  it('edits a returned revision from its own text, not the published one', () => {
    const entry = anEntry({
      status: 'published',
      revision: {
        status: 'returned',
        content: { ...anEntry(), title: '修改稿标题' },
        editedBy: { id: 'agent', name: '林晓' },
        editedAt: '2026-12-02T00:00:00Z',
        reviewNote: '请补充时效',
      },
    });
    expect(entryFormOf(entry).title).toBe('修改稿标题');
    expect(entryFormOf(anEntry()).citedArticles).toBe('《中华人民共和国劳动合同法》第三十条');
  });
});

describe('actions on an entry', () => {
  it('let the author edit and submit a draft, and nobody review it yet', () => {
    expect(entryActionsOf(anEntry(), aPrincipal('agent', ['hotline-agent']))).toEqual({
      edit: true,
      submit: true,
      review: false,
      retire: false,
      ownWorkInReview: false,
    });
    expect(entryActionsOf(anEntry(), aPrincipal('other-agent', ['hotline-agent'])).edit).toBe(false);
  });

  it('offer review to leads and supervisors, saying when it is their own work', () => {
    const inReview = anEntry({ status: 'in-review', awaitsReview: true, author: { id: 'lead', name: '黄建华' } });
    expect(entryActionsOf(inReview, aPrincipal('supervisor', ['supervisor']))).toMatchObject({
      review: true,
      edit: false,
      ownWorkInReview: false,
    });
    expect(entryActionsOf(inReview, aPrincipal('lead', ['owner-lead', 'hotline-agent']))).toMatchObject({
      review: true,
      ownWorkInReview: true,
    });
    expect(entryActionsOf(inReview, aPrincipal('agent', ['hotline-agent'])).review).toBe(false);
  });

  it('let anyone who writes revise a published entry unless a revision is in review; office staff only read', () => {
    const published = anEntry({ status: 'published' });
    expect(entryActionsOf(published, aPrincipal('other-agent', ['hotline-agent']))).toMatchObject({
      edit: true,
      submit: false,
    });
    const revising = anEntry({
      status: 'published',
      awaitsReview: true,
      revision: {
        status: 'in-review',
        content: anEntry(),
        editedBy: { id: 'x', name: '杨敏' },
        editedAt: '2026-12-02T00:00:00Z',
        reviewNote: null,
      },
    });
    expect(entryActionsOf(revising, aPrincipal('other-agent', ['hotline-agent'])).edit).toBe(false);
    expect(entryActionsOf(published, aPrincipal('staff', ['office-staff']))).toEqual({
      edit: false,
      submit: false,
      review: false,
      retire: false,
      ownWorkInReview: false,
    });
  });
});

describe('version notes', () => {
  it('read in Chinese with the reviewer’s note kept', () => {
    expect(changeNoteText('submitted for review')).toBe('提交审核');
    expect(changeNoteText('returned: 请补充仲裁时效')).toBe('退回：请补充仲裁时效');
    expect(changeNoteText('revision submitted for review')).toBe('修改稿提交审核');
    expect(changeNoteText('published')).toBe('发布');
  });
});
