import { describe, expect, it } from 'vitest';
import { askRequestOf, lookupRequestOf } from './public-forms';

describe(askRequestOf.name, () => {
  it('sends the question trimmed, the phone as digits, and leaves an empty special line out', () => {
    expect(
      askRequestOf({
        channel: 'wechat',
        question: '  老板拖欠三个月工资怎么办？ ',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        language: 'yue',
        callerName: ' 陈大明 ',
        callerPhone: '138 1234-5678',
        specialLine: ' ',
      }),
    ).toEqual({
      channel: 'wechat',
      question: '老板拖欠三个月工资怎么办？',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      language: 'yue',
      callerName: '陈大明',
      callerPhone: '13812345678',
      specialLine: undefined,
    });
  });

  it('asks on the web in Mandarin unless told otherwise', () => {
    expect(askRequestOf({ question: '问' })).toMatchObject({ channel: 'web', language: 'zh-CN' });
  });
});

describe(lookupRequestOf.name, () => {
  it('accepts the reference as people copy it, with spaces and lower case', () => {
    expect(lookupRequestOf({ reference: ' 7k3m 9q2x-hp ', code: '482 913' })).toEqual({
      reference: '7K3M9Q2X-HP',
      code: '482913',
    });
  });
});
