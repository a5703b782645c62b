import { describe, expect, it } from '@jest/globals';
import type { Role } from '@legal-hotline/auth';
import { figureScopeOf, regionFilterPrefixOf } from './figure-scope.js';

const reader = (roles: Role[], area: string | null = null) => ({ roles: new Set(roles), area });
const foshanSupervisor = reader(['supervisor'], '440600');

describe(figureScopeOf.name, () => {
  it('shows a directory administrator every body, or those inside the region asked for', () => {
    expect(figureScopeOf(reader(['directory-admin']), undefined)).toEqual({
      kind: 'bodies',
      seatPrefix: null,
      regionCode: null,
    });
    expect(figureScopeOf(reader(['directory-admin']), '520000')).toEqual({
      kind: 'bodies',
      seatPrefix: '52',
      regionCode: '520000',
    });
  });

  it('shows a supervisor the bodies seated in the area, or in a region inside it', () => {
    expect(figureScopeOf(foshanSupervisor, undefined)).toEqual({
      kind: 'bodies',
      seatPrefix: '4406',
      regionCode: '440600',
    });
    expect(figureScopeOf(foshanSupervisor, '440605')).toEqual({
      kind: 'bodies',
      seatPrefix: '440605',
      regionCode: '440605',
    });
    expect(figureScopeOf(foshanSupervisor, '440605011')).toEqual({
      kind: 'bodies',
      seatPrefix: '440605011',
      regionCode: '440605011',
    });
    expect(figureScopeOf(foshanSupervisor, '4406')).toEqual({ kind: 'bodies', seatPrefix: '4406', regionCode: '4406' });
  });

  it.each(['440000', '44', '440100', '520000', '441900'])('refuses a Foshan supervisor the region %s', (regionCode) => {
    expect(figureScopeOf(foshanSupervisor, regionCode)).toEqual({ kind: 'outside-area' });
  });

  it('refuses a supervisor whose account names no well-formed area rather than show everything', () => {
    expect(figureScopeOf(reader(['supervisor'], null), undefined)).toEqual({ kind: 'no-area' });
    expect(figureScopeOf(reader(['supervisor'], '44'), '440600')).toEqual({ kind: 'no-area' });
  });
});

describe(regionFilterPrefixOf.name, () => {
  it.each([
    ['44', '44'],
    ['4406', '4406'],
    ['440000', '44'],
    ['440600', '4406'],
    ['440605', '440605'],
    ['440605011', '440605011'],
  ])('reads %s as the prefix %s', (code, prefix) => {
    expect(regionFilterPrefixOf(code)).toBe(prefix);
  });
});
