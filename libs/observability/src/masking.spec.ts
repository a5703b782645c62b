import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskName, maskPhone } from './masking.js';

describe('personal information masking', () => {
  it.each([
    ['陈大明', '陈**'],
    ['李', '*'],
    [' 王五 ', '王*'],
  ])('masks the name %s as %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['110', '*10'],
  ])('masks the phone %s as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('keeps only the region prefix and check digit of an ID number', () => {
    expect(maskIdNumber('44060519900101123X')).toBe('440605***********X');
  });
});
