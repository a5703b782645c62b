import { describe, expect, it } from '@jest/globals';
import type { Role } from '@legal-hotline/auth';
import { clockAdjustAccess, clockReadAccess, supervisedSeatPrefixOf, type ClockReader } from './supervision-scope.js';

const NANHAI_CENTRE = 'legal-aid-centre:440605';
const DUSHAN_CENTRE = 'legal-aid-centre:522726';

function reader(roles: Role[], organisation: string | null, area: string | null = null): ClockReader {
  return { roles: new Set(roles), organisation: organisation === null ? null : { id: organisation, name: organisation }, area };
}

const guangdong = reader(['supervisor'], 'justice-gd', '440000');
const foshan = reader(['supervisor'], 'justice-foshan', '440600');
const guizhou = reader(['supervisor'], 'justice-gz', '520000');
const nanhaiStaff = reader(['office-staff'], NANHAI_CENTRE);

describe(clockAdjustAccess.name, () => {
  it.each([
    ['the province supervisor, for a county centre of the province', guangdong, NANHAI_CENTRE, 'allowed'],
    ['the city supervisor, for a township committee of the city', foshan, 'mediation-committee:440605011', 'allowed'],
    ['the Guizhou supervisor, for a Guangdong centre', guizhou, NANHAI_CENTRE, 'outside-area'],
    ['the city supervisor, for the province centre above it', foshan, 'legal-aid-centre:440000', 'outside-area'],
    ['the Guangdong supervisor, for a Guizhou centre', guangdong, DUSHAN_CENTRE, 'outside-area'],
    ['a supervisor whose account names no area', reader(['supervisor'], 'justice-gd'), NANHAI_CENTRE, 'outside-area'],
    // The body's own staff wait for the applicant too, but pausing is supervision's call.
    ["the body's own staff", nanhaiStaff, NANHAI_CENTRE, 'outside-area'],
    ['any supervisor, for a body id without a region', guangdong, 'partner-hotline:12345', 'outside-area'],
  ])('%s → %s', (_case, who, agencyId, access) => {
    expect(clockAdjustAccess(who, agencyId)).toBe(access);
  });
});

describe(clockReadAccess.name, () => {
  it.each([
    ['a supervisor of the area', foshan, NANHAI_CENTRE, 'allowed'],
    ["the body's own staff", nanhaiStaff, NANHAI_CENTRE, 'allowed'],
    ["another body's staff", reader(['office-staff'], DUSHAN_CENTRE), NANHAI_CENTRE, 'other-body'],
    ['a supervisor of another area', guizhou, NANHAI_CENTRE, 'outside-area'],
  ])('%s → %s', (_case, who, agencyId, access) => {
    expect(clockReadAccess(who, agencyId)).toBe(access);
  });
});

describe(supervisedSeatPrefixOf.name, () => {
  it.each([
    ['440000', '44'],
    ['440600', '4406'],
    ['520000', '52'],
    [null, null],
    ['44', null],
    ['', null],
  ])('%p → %p', (area, prefix) => {
    expect(supervisedSeatPrefixOf(area)).toBe(prefix);
  });
});
