import { describe, expect, it } from '@jest/globals';
import type { Role } from '@legal-hotline/auth';
import { assignmentAccess, inboxReadAccess, seatRegionOf, type InboxReader } from './inbox-access.js';

const NANHAI_CENTRE = 'legal-aid-centre:440605';
const GUICHENG_COMMITTEE = 'mediation-committee:440605011';

function reader(roles: Role[], organisation: string | null, area: string | null = null): InboxReader {
  return { roles: new Set(roles), organisation: organisation === null ? null : { id: organisation, name: organisation }, area };
}

const nanhaiStaff = reader(['office-staff'], NANHAI_CENTRE);
const dushanStaff = reader(['office-staff'], 'legal-aid-centre:522726');
const guichengMediator = reader(['office-staff'], GUICHENG_COMMITTEE);
const guangdongSupervisor = reader(['supervisor'], 'justice-gd', '440000');
const foshanSupervisor = reader(['supervisor'], 'justice-foshan', '440600');
const guizhouSupervisor = reader(['supervisor'], 'justice-gz', '520000');
const agent = reader(['hotline-agent'], '12348-gd');

describe(seatRegionOf.name, () => {
  it.each([
    [NANHAI_CENTRE, '440605'],
    [GUICHENG_COMMITTEE, '440605011'],
    ['legal-aid-centre:', null],
    ['legal-aid-centre:南海', null],
    ['440605', null],
    ['legal-aid-centre:44060', null],
  ])('%s → %p', (agencyId, region) => {
    expect(seatRegionOf(agencyId)).toBe(region);
  });
});

describe(inboxReadAccess.name, () => {
  it.each([
    ["the body's own staff", nanhaiStaff, NANHAI_CENTRE, 'allowed'],
    ["a committee's own mediator", guichengMediator, GUICHENG_COMMITTEE, 'allowed'],
    ['a province supervisor, for a body of the province', guangdongSupervisor, GUICHENG_COMMITTEE, 'allowed'],
    ['a city supervisor, for a body of the city', foshanSupervisor, NANHAI_CENTRE, 'allowed'],
    ["another body's staff", dushanStaff, NANHAI_CENTRE, 'other-body'],
    ["a centre's staff, for the committee of its own district", nanhaiStaff, GUICHENG_COMMITTEE, 'other-body'],
    ['a supervisor of another province', guizhouSupervisor, NANHAI_CENTRE, 'outside-area'],
    ['a city supervisor, for a body of another city', foshanSupervisor, 'legal-aid-centre:440100', 'outside-area'],
    ['a city supervisor, for the province centre above the city', foshanSupervisor, 'legal-aid-centre:440000', 'outside-area'],
    ['a supervisor whose account names no area', reader(['supervisor'], 'justice-gd'), NANHAI_CENTRE, 'outside-area'],
    ['a supervisor, for a malformed id', guangdongSupervisor, 'legal-aid-centre:44', 'outside-area'],
    ['a hotline agent', agent, NANHAI_CENTRE, 'other-body'],
    ['an office-staff token naming the body but lacking the role', reader(['hotline-agent'], NANHAI_CENTRE), NANHAI_CENTRE, 'other-body'],
  ])('%s → %s', (_case, who, agencyId, access) => {
    expect(inboxReadAccess(who, agencyId)).toBe(access);
  });
});

describe(assignmentAccess.name, () => {
  it.each([
    ["the body's own staff", nanhaiStaff, NANHAI_CENTRE, 'allowed'],
    ["another body's staff", dushanStaff, NANHAI_CENTRE, 'other-body'],
    // Supervisors read the inbox lists; a single assignment is the body's to open and decide.
    ['a supervisor of the area', guangdongSupervisor, NANHAI_CENTRE, 'other-body'],
    ['a person of no body', reader(['office-staff'], null), NANHAI_CENTRE, 'other-body'],
  ])('%s → %s', (_case, who, agencyId, access) => {
    expect(assignmentAccess(who, agencyId)).toBe(access);
  });
});
