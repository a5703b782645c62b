import { describe, expect, it } from '@jest/globals';
import { hasVisibleText } from './visible-text.js';

describe(hasVisibleText.name, () => {
  it.each([
    ['a Chinese name', '陈大明', true],
    ['a name with a zero-width joiner inside', '陈\u200d大明', true],
    ['empty', '', false],
    ['spaces and an ideographic space', '  \u3000 ', false],
    ['zero-width spaces', '\u200b\u200b', false],
    ['a byte-order mark and a right-to-left mark', '\ufeff\u200f', false],
    ['a Hangul filler', '\u3164', false],
    ['control characters', '\u0007\u001b', false],
  ])('%s', (_case, text, visible) => {
    expect(hasVisibleText(text)).toBe(visible);
  });
});
