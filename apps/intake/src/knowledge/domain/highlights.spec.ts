import { describe, expect, it } from '@jest/globals';
import { marksIn, snippetOf } from './highlights.js';

describe(marksIn.name, () => {
  it('marks phrases whole and does not mark their parts again', () => {
    expect(marksIn('用人单位拖欠工资怎么办', ['拖欠工资', '工资', '拖欠'])).toEqual([{ start: 4, length: 4 }]);
  });

  it('marks every occurrence, in order', () => {
    expect(marksIn('工伤认定与工伤赔偿', ['工伤'])).toEqual([
      { start: 0, length: 2 },
      { start: 5, length: 2 },
    ]);
  });
});

describe(snippetOf.name, () => {
  it('cuts a window around the first match, with marks relative to it', () => {
    const text = `${'甲'.repeat(100)}拖欠工资${'乙'.repeat(100)}`;
    const { snippet, marks } = snippetOf(text, ['拖欠工资'], 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.slice(marks[0]!.start, marks[0]!.start + 4)).toBe('拖欠工资');
  });

  it('keeps a short text whole', () => {
    expect(snippetOf('可以申请劳动仲裁', ['仲裁'])).toEqual({
      snippet: '可以申请劳动仲裁',
      marks: [{ start: 6, length: 2 }],
    });
  });
});
