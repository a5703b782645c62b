import { describe, expect, it } from 'vitest';
import { citeEntry, deskAnswerBodyOf, markedParts } from './desk-answer';

const wages = {
  id: '6b6e0000-0000-4000-8000-000000000001',
  title: '用人单位拖欠工资怎么办',
  citedArticles: ['《中华人民共和国劳动合同法》第三十条', '《中华人民共和国劳动合同法》第八十五条'],
  answer: '可以向劳动保障监察机构投诉，也可以申请劳动仲裁。',
};

describe(citeEntry.name, () => {
  it('adds the entry to those used and its articles to the cited ones, each once', () => {
    const once = citeEntry({ answer: '已告知', citedArticles: ['《中华人民共和国劳动合同法》第三十条'] }, wages);
    const twice = citeEntry(once, wages);
    expect(twice.knowledgeEntries).toEqual([{ id: wages.id, title: wages.title }]);
    expect(twice.citedArticles).toEqual([
      '《中华人民共和国劳动合同法》第三十条',
      '《中华人民共和国劳动合同法》第八十五条',
    ]);
    expect(twice.answer).toBe('已告知');
  });

  it('inserts the entry’s answer after what was written when asked, not twice', () => {
    const inserted = citeEntry({ answer: '您好，' }, wages, true);
    expect(inserted.answer).toBe(`您好，\n${wages.answer}`);
    expect(citeEntry(inserted, wages, true).answer).toBe(inserted.answer);
    expect(citeEntry({}, wages, true).answer).toBe(wages.answer);
  });
});

describe(deskAnswerBodyOf.name, () => {
  it('sends the answer trimmed, the entries by id, and 个案普法 as a yes or no', () => {
    expect(
      deskAnswerBodyOf({
        answer: '  可以申请劳动仲裁。 ',
        citedArticles: [' 《劳动争议调解仲裁法》第二十七条 ', ''],
        knowledgeEntries: [{ id: wages.id, title: wages.title }],
      }),
    ).toEqual({
      answer: '可以申请劳动仲裁。',
      citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
      knowledgeEntryIds: [wages.id],
      caseEducationGiven: false,
    });
  });
});

describe(markedParts.name, () => {
  it('cuts a title into the matched words and the rest', () => {
    expect(
      markedParts('用人单位拖欠工资怎么办', [
        { start: 4, length: 4 },
        { start: 0, length: 4 },
      ]),
    ).toEqual([
      { text: '用人单位', marked: true },
      { text: '拖欠工资', marked: true },
      { text: '怎么办', marked: false },
    ]);
  });

  it('ignores marks that overlap or run past the end', () => {
    expect(
      markedParts('工伤认定', [
        { start: 0, length: 2 },
        { start: 1, length: 2 },
        { start: 3, length: 9 },
      ]),
    ).toEqual([
      { text: '工伤', marked: true },
      { text: '认', marked: true },
      { text: '定', marked: true },
    ]);
  });
});
