import { describe, expect, it } from '@jest/globals';
import { searchQueryOf, searchTextOf, wordsOf } from './segmentation.js';
import { synonymExpansionOf, synonymGroupsIn } from './synonyms.js';

describe(wordsOf.name, () => {
  it('cuts Chinese into words and the shorter words inside long ones, without punctuation', () => {
    expect(wordsOf('用人单位拖欠工资，怎么办？')).toEqual([
      '用人',
      '单位',
      '用人单位',
      '拖欠',
      '工资',
      '拖欠工资',
      '怎么',
      '怎么办',
    ]);
  });

  it('lower-cases Latin letters and keeps numbers', () => {
    expect(wordsOf('APP上申请 12348')).toEqual(expect.arrayContaining(['app', '申请', '12348']));
  });
});

describe(searchTextOf.name, () => {
  it('joins the words with spaces for to_tsvector', () => {
    expect(searchTextOf('邻居家漏水')).toBe('邻居 居家 邻居家 漏水');
  });
});

describe(synonymExpansionOf.name, () => {
  it('widens a colloquial phrase to the words entries use', () => {
    expect(synonymExpansionOf('老板三个月没发钱')).toEqual(expect.arrayContaining(['欠薪', '拖欠工资', '用人单位']));
  });

  it('leaves out the phrases the text already holds and finds nothing in unrelated text', () => {
    expect(synonymExpansionOf('车祸')).not.toContain('车祸');
    expect(synonymExpansionOf('今天天气很好')).toEqual([]);
  });

  it('matches each group once, however many of its phrases occur', () => {
    expect(synonymGroupsIn('欠薪讨薪拖欠工资')).toHaveLength(1);
  });
});

describe(searchQueryOf.name, () => {
  it('ORs the meaningful words with the synonyms’ words, dropping stop words and single characters', () => {
    const query = searchQueryOf('老板三个月没发钱了');
    expect(query.terms).toEqual(expect.arrayContaining(['老板', '发钱', '欠薪', '拖欠', '工资', '用人单位']));
    expect(query.terms).not.toContain('了');
    expect(query.terms).not.toContain('月');
    expect(query.tsquery).toContain(`'欠薪' | `);
  });

  it('matches the last word as a prefix while the agent is still typing', () => {
    const query = searchQueryOf('拖欠工');
    expect(query.prefix).toBe('工');
    expect(query.tsquery).toBe(`'拖欠' | '工':*`);
  });

  it('has no prefix after punctuation or a space', () => {
    expect(searchQueryOf('工伤认定？').prefix).toBeNull();
    expect(searchQueryOf('工伤 ').prefix).toBeNull();
  });

  it('finds nothing to search in stop words alone', () => {
    expect(searchQueryOf('怎么办？').tsquery).toBe('');
  });

  it('keeps quotes and operators of the text out of the query', () => {
    const query = searchQueryOf(`工资' | !离婚 & (赡养)`);
    expect(query.tsquery).not.toMatch(/[!&()]|''/);
    expect(query.terms).toEqual(expect.arrayContaining(['工资', '离婚']));
  });

  it('lists the highlights longest first so that phrases are marked whole', () => {
    const { highlights } = searchQueryOf('拖欠工资');
    expect(highlights.indexOf('拖欠工资')).toBeLessThan(highlights.indexOf('工资'));
  });
});
