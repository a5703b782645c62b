import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskName, maskPhone } from './caller-masks.js';

describe(maskName.name, () => {
  it.each([
    ['陈大明', '陈**'],
    ['李强', '李*'],
    ['欧阳娜娜', '欧***'],
    [' 王小红 ', '王**'],
    ['王', '*'],
    ['', '*'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe(maskPhone.name, () => {
  it.each([
    ['13812345678', '138********'],
    ['075783001234', '075*********'],
    ['+86 138-1234-5678', '138********'],
    ['12', '12'],
  ])('masks %j as %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('keeps no digit that could confirm a guessed number', () => {
    expect(maskPhone('13812345678')).not.toMatch(/5678|4567|78$/);
  });

  it('gives two callers of the same carrier the same mask', () => {
    expect(maskPhone('13812345678')).toBe(maskPhone('13899990000'));
  });
});

describe(maskIdNumber.name, () => {
  it.each([
    ['440605199001011236', '44****************'],
    ['11010519491231002X', '11****************'],
  ])('masks %j as %j: the province only, no birth date or check character', (idNumber, masked) => {
    expect(maskIdNumber(idNumber)).toBe(masked);
  });
});
