import { describe, expect, it } from '@jest/globals';
import { isChinesePhoneNumber, isValidResidentIdNumber } from './caller-identity.js';

describe(isValidResidentIdNumber.name, () => {
  const sut = isValidResidentIdNumber;

  it.each(['11010519491231002X', '440605199001011236', '522726198506150041'])('accepts %s, whose check character matches', (id) => {
    expect(sut(id)).toBe(true);
  });

  it.each([
    ['440605199001011234', 'wrong check digit'],
    ['110105194912310021', 'digit where the check character is X'],
    ['11010519491231002x', 'lower-case x (the DTO upper-cases it first)'],
    ['440605199002301235', 'a 30 February birth date, checksum otherwise right'],
    ['44060519900101123', '17 characters'],
    ['4406051990010112366', '19 characters'],
    ['44060519900101123A', 'a letter other than X'],
    ['440605900101123', 'the old 15-digit form'],
  ])('refuses %s (%s)', (id) => {
    expect(sut(id)).toBe(false);
  });
});

describe(isChinesePhoneNumber.name, () => {
  const sut = isChinesePhoneNumber;

  it.each([
    ['13812345678', 'mobile'],
    ['19912345678', 'mobile, 199 block'],
    ['01062345678', 'Beijing landline, 3-digit area code and 8 digits'],
    ['075783001234', 'Foshan landline, 4-digit area code and 8 digits'],
    ['08544123456', 'Qiannan landline, 4-digit area code and 7 digits'],
  ])('accepts %s (%s)', (phone) => {
    expect(sut(phone)).toBe(true);
  });

  it.each([
    ['12812345678', 'mobile numbers never start 12'],
    ['1381234567', '10-digit mobile'],
    ['138123456789', '12-digit mobile'],
    ['138-1234-5678', 'separators'],
    ['+8613812345678', 'country code'],
    ['83001234', 'landline without area code'],
    ['075701234567', 'local number starting with 0'],
    ['12348', 'a service number'],
  ])('refuses %s (%s)', (phone) => {
    expect(sut(phone)).toBe(false);
  });
});
