import { describe, expect, it } from '@jest/globals';
import { answerLanguageOf, dutyLanguageOf, speaksCallerLanguage } from './languages.js';

describe(dutyLanguageOf.name, () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['cmn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['yue', 'yue'],
    ['zh-yue', 'yue'],
    ['zh-HK', 'yue'],
    ['zh_hk', 'yue'],
    ['nan', 'nan'],
    ['nan-x-chaoshan', 'nan-x-chaoshan'],
    ['NAN-X-Chaoshan', 'nan-x-chaoshan'],
    ['hak', 'hak'],
    ['zh-hakka', 'hak'],
    ['en', null],
    ['Cantonese', null],
    ['粤语', null],
  ])('reads %s as %s', (tag, expected) => {
    expect(dutyLanguageOf(tag)).toBe(expected);
  });

  it('answers a tag it does not know in Mandarin', () => {
    expect(answerLanguageOf('Cantonese')).toBe('zh-CN');
  });
});

describe(speaksCallerLanguage.name, () => {
  it.each<[string, string[], string, boolean]>([
    ['a Mandarin caller, a Mandarin speaker', ['zh-CN'], 'zh', true],
    ['a Cantonese caller (zh-HK), a Mandarin-only speaker', ['zh-CN'], 'zh-HK', false],
    ['a Cantonese caller (zh-yue), a Cantonese speaker', ['zh-CN', 'yue'], 'zh-yue', true],
    ['a Chaoshan caller, a Chaoshan speaker', ['nan-x-chaoshan'], 'nan-x-chaoshan', true],
    ['a Chaoshan caller, a Minnan speaker', ['nan'], 'nan-x-chaoshan', false],
    ['a Minnan caller, a Chaoshan speaker', ['nan-x-chaoshan'], 'nan', true],
    ['a Minnan caller, a Minnan speaker', ['nan'], 'nan', true],
    ['a Hakka caller, a Cantonese speaker', ['yue'], 'hak', false],
    ['a Hakka caller, a Hakka speaker', ['zh-CN', 'hak'], 'hak', true],
    ['a caller in a tag nobody knows, a Mandarin speaker', ['zh-CN'], 'en', true],
    ['a Mandarin caller, a Cantonese-only speaker', ['yue'], 'zh-CN', false],
  ])('%s: %s', (_case, staff, caller, expected) => {
    expect(speaksCallerLanguage(staff, caller)).toBe(expected);
  });
});
