import { describe, expect, it } from 'vitest';
import { principalOf, type Role } from '../../auth/principal';
import { figureQueryOf } from './dashboard-api';
import { dashboardSectionsOf, scopeTextOf } from './sections';

const person = (roles: Role[], claims: Record<string, unknown> = {}) =>
  principalOf({ realm_access: { roles }, ...claims });

describe(dashboardSectionsOf.name, () => {
  it.each([
    [['supervisor'], { tickets: true, acceptance: true }],
    [['owner-lead'], { tickets: true, acceptance: false }],
    [['directory-admin'], { tickets: false, acceptance: true }],
    [['hotline-agent'], { tickets: false, acceptance: false }],
  ] as [Role[], object][])('shows %j only the figures the services answer it', (roles, sections) => {
    expect(dashboardSectionsOf(person(roles))).toEqual(sections);
  });
});

describe(scopeTextOf.name, () => {
  it('says whose figures they are', () => {
    expect(scopeTextOf(person(['supervisor'], { area: '440600' }), '佛山市')).toBe('督办辖区：佛山市');
    expect(scopeTextOf(person(['owner-lead'], { org_name: '佛山市 12348 热线' }), null)).toBe(
      '本单位（佛山市 12348 热线）首问受理的工单',
    );
    expect(scopeTextOf(person(['directory-admin']), null)).toBe('全部承办机构');
  });
});

describe(figureQueryOf.name, () => {
  it('sends the region only when one is chosen', () => {
    expect(figureQueryOf({ from: '2026-11-01', to: '2026-11-30' }, null)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(figureQueryOf({ from: '2026-11-01', to: '2026-11-30' }, '4406')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      regionCode: '4406',
    });
  });
});
