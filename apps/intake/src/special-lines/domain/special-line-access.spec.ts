import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@legal-hotline/auth';
import { assertMayManage, servesRegion } from './special-line-access.js';

function aSupervisor(area: string | null): Principal {
  return {
    subject: `supervisor-${area ?? 'none'}`,
    name: '督办',
    username: null,
    roles: new Set(['supervisor']),
    organisation: { id: 'justice', name: '司法厅' },
    area,
  };
}

/** The code of what `work` throws; null when it does not. */
function refusalOf(work: () => void): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe(assertMayManage.name, () => {
  const sut = assertMayManage;

  it.each<[string, string | null, string | null, string | null]>([
    ['a province supervisor, its province', '440000', '440000', null],
    ['a province supervisor, a city in it', '440000', '440600', null],
    ['a city supervisor, its city', '440600', '440600', null],
    ['a city supervisor, a county in it', '440600', '440605', null],
    ['a city supervisor, its province', '440600', '440000', 'ACCESS.OUTSIDE_AREA'],
    ['a city supervisor, another city', '440600', '440100', 'ACCESS.OUTSIDE_AREA'],
    ['a province supervisor, another province', '520000', '440000', 'ACCESS.OUTSIDE_AREA'],
    ['a province supervisor, the whole platform', '440000', null, null],
    ['a city supervisor, the whole platform', '440600', null, 'SPECIAL_LINE.PLATFORM_WIDE'],
    ['a supervisor without an area', null, '440000', 'ACCESS.NO_AREA'],
  ])('%s: %s', (_, area, regionCode, refusal) => {
    expect(refusalOf(() => sut(aSupervisor(area), regionCode))).toBe(refusal);
  });
});

describe(servesRegion.name, () => {
  const sut = servesRegion;

  it('serves every region from a line for the whole platform', () => {
    expect(sut(null, '520581')).toBe(true);
  });

  it('serves the regions within the line’s province, city or county only', () => {
    expect(sut('440000', '440605011')).toBe(true);
    expect(sut('440600', '440605011')).toBe(true);
    expect(sut('440605', '440605011')).toBe(true);
    expect(sut('440600', '440106001')).toBe(false);
    expect(sut('440000', '520581')).toBe(false);
  });
});
