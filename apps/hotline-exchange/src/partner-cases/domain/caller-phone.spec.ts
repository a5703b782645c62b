import { describe, expect, it } from '@jest/globals';
import { isChinesePhoneNumber } from '@legal-hotline/validation';
import { nationalPhoneNumber } from './caller-phone.js';

describe(nationalPhoneNumber.name, () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086 138 1234 5678', '13812345678'],
    ['0757-86280000', '075786280000'],
    ['+86 757 8628 0000', '075786280000'],
    ['+86 10 6552 0000', '01065520000'],
    ['+86 0757 8628 0000', '075786280000'],
  ])('reads %s as %s, which intake accepts', (text, national) => {
    expect(nationalPhoneNumber(text)).toBe(national);
    expect(isChinesePhoneNumber(nationalPhoneNumber(text))).toBe(true);
  });

  it.each([['+1 415 555 0100'], ['138.1234.5678'], ['12345'], ['+86']])('leaves %s for the validator to refuse', (text) => {
    expect(isChinesePhoneNumber(nationalPhoneNumber(text))).toBe(false);
  });
});
