import { describe, expect, it } from '@jest/globals';
import type { Role } from '@legal-hotline/auth';
import { deliveryScopeOf } from './delivery-scope.js';

const reader = (roles: Role[], area: string | null = null) => ({ roles: new Set(roles), area });

describe(deliveryScopeOf.name, () => {
  it('shows the exchange administrator every transfer, whatever else the account holds', () => {
    expect(deliveryScopeOf(reader(['exchange-admin']))).toEqual({ kind: 'all' });
    expect(deliveryScopeOf(reader(['supervisor', 'exchange-admin'], '440600'))).toEqual({ kind: 'all' });
  });

  it.each([
    ['440000', '44'],
    ['440600', '4406'],
    ['440605', '440605'],
  ])('shows a supervisor of %s the transfers of tickets whose region starts %s', (area, regionPrefix) => {
    expect(deliveryScopeOf(reader(['supervisor'], area))).toEqual({ kind: 'area', area, regionPrefix });
  });

  it('refuses a supervisor whose account names no well-formed area', () => {
    expect(deliveryScopeOf(reader(['supervisor']))).toEqual({ kind: 'no-area' });
    expect(deliveryScopeOf(reader(['supervisor'], '44'))).toEqual({ kind: 'no-area' });
  });
});
