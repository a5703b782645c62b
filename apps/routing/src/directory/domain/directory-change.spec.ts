import { describe, expect, it } from '@jest/globals';
import type { Agency } from './agency.js';
import { addJurisdiction, changeAgencySettings, closeAgency, endJurisdiction } from './directory-change.js';
import { checkWeeklySchedule, OFFICE_HOURS } from './duty-hours.js';

const AT = new Date('2026-11-23T02:15:01.000Z');
const AUTHOR = { changedBy: '郑红', changedById: '5d1c7e2a-8b3f-4c6d-9e0a-1b2c3d4e5f60', reason: '中心搬迁' };

const agency = (overrides: Partial<Agency> = {}): Agency => ({
  id: 'legal-aid-centre:440605',
  type: 'legal-aid-centre',
  name: '南海区法律援助中心',
  level: 'county',
  regionCode: '440605',
  jurisdictions: [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: null }],
  requestTypes: ['legal-aid-application', 'consultation'],
  legalCategories: [],
  languages: ['zh-CN', 'yue'],
  availability: 'normal',
  dutyHours: OFFICE_HOURS,
  ...overrides,
});

describe(changeAgencySettings.name, () => {
  it('changes the availability and audits only what changed', () => {
    const sut = changeAgencySettings(agency(), { availability: 'unstaffed', languages: ['zh-CN', 'yue'] }, AUTHOR, AT);
    expect(sut.agency.availability).toBe('unstaffed');
    expect(sut.audit).toEqual({
      agencyId: 'legal-aid-centre:440605',
      kind: 'agency-updated',
      before: { availability: 'normal' },
      after: { availability: 'unstaffed' },
      ...AUTHOR,
      at: AT,
    });
  });

  it('writes nothing when nothing really changes', () => {
    expect(changeAgencySettings(agency(), { availability: 'normal' }, AUTHOR, AT)).toEqual({ agency: agency(), jurisdictions: [], audit: null });
  });

  it('takes duty hours it can read', () => {
    const dutyHours = { '6': [{ from: '09:00', to: '12:00' }] };
    const sut = changeAgencySettings(agency(), { dutyHours }, AUTHOR, AT);
    expect(sut.agency.dutyHours).toEqual({ 6: [{ from: '09:00', to: '12:00' }] });
    expect(sut.audit?.before).toEqual({ dutyHours: OFFICE_HOURS });
  });

  it.each([
    ['no field to change', {}, 'AGENCY.NOTHING_TO_CHANGE'],
    ['duty hours it cannot read', { dutyHours: { '8': [] } }, 'AGENCY.INVALID_DUTY_HOURS'],
  ])('refuses %s', (_case, change, code) => {
    expect(() => changeAgencySettings(agency(), change, AUTHOR, AT)).toThrow(expect.objectContaining({ code, kind: 'invalid' }));
  });
});

describe(closeAgency.name, () => {
  it('ends every jurisdiction still applying on the day; one not yet started never starts', () => {
    const sut = closeAgency(
      agency({
        jurisdictions: [
          { regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: null },
          { regionCode: '440605011', effectiveFrom: '2020-01-01', effectiveTo: '2023-06-30' },
          { regionCode: '440606', effectiveFrom: '2027-01-01', effectiveTo: null },
        ],
      }),
      '2026-11-24',
      AUTHOR,
      AT,
    );
    expect(sut.agency.jurisdictions).toEqual([
      { regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2026-11-24' },
      { regionCode: '440605011', effectiveFrom: '2020-01-01', effectiveTo: '2023-06-30' },
      { regionCode: '440606', effectiveFrom: '2027-01-01', effectiveTo: '2027-01-01' },
    ]);
    expect(sut.jurisdictions).toHaveLength(2);
    expect(sut.audit).toMatchObject({ kind: 'agency-closed', before: { jurisdictions: [expect.objectContaining({ effectiveTo: null }), expect.anything()] } });
  });

  it('refuses to close a body that serves nothing any more', () => {
    const closed = agency({ jurisdictions: [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2026-01-01' }] });
    expect(() => closeAgency(closed, '2026-11-24', AUTHOR, AT)).toThrow(expect.objectContaining({ code: 'AGENCY.ALREADY_CLOSED', kind: 'conflict' }));
  });
});

describe(addJurisdiction.name, () => {
  it('adds an open-ended jurisdiction and audits it', () => {
    const sut = addJurisdiction(agency(), { regionCode: '440606', effectiveFrom: '2026-12-01' }, AUTHOR, AT);
    expect(sut.jurisdictions).toEqual([{ jurisdiction: { regionCode: '440606', effectiveFrom: '2026-12-01', effectiveTo: null }, isNew: true }]);
    expect(sut.audit).toMatchObject({ kind: 'jurisdiction-added', before: { jurisdiction: null } });
  });

  it.each([
    ['an open one', [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: null }], '2026-12-01'],
    ['one still in force then', [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2027-01-01' }], '2026-12-01'],
    ['one starting later', [{ regionCode: '440605', effectiveFrom: '2027-01-01', effectiveTo: null }], '2026-12-01'],
  ])('refuses to overlap %s', (_case, jurisdictions, effectiveFrom) => {
    expect(() => addJurisdiction(agency({ jurisdictions }), { regionCode: '440605', effectiveFrom }, AUTHOR, AT)).toThrow(
      expect.objectContaining({ code: 'JURISDICTION.OVERLAPS' }),
    );
  });

  it('adds the region again after the earlier jurisdiction ended', () => {
    const ended = agency({ jurisdictions: [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2026-01-01' }] });
    expect(addJurisdiction(ended, { regionCode: '440605', effectiveFrom: '2026-01-01' }, AUTHOR, AT).agency.jurisdictions).toHaveLength(2);
  });
});

describe(endJurisdiction.name, () => {
  it('ends the jurisdiction in force from the given day', () => {
    const sut = endJurisdiction(agency(), { regionCode: '440605', effectiveTo: '2026-12-01' }, AUTHOR, AT);
    expect(sut.jurisdictions).toEqual([{ jurisdiction: { regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2026-12-01' }, isNew: false }]);
    expect(sut.audit).toMatchObject({
      kind: 'jurisdiction-ended',
      before: { jurisdiction: { effectiveTo: null } },
      after: { jurisdiction: { effectiveTo: '2026-12-01' } },
    });
  });

  it.each([
    ['a region it does not serve', '440606', '2026-12-01', 'JURISDICTION.NOT_FOUND'],
    ['a day before the jurisdiction starts', '440605', '2023-06-30', 'JURISDICTION.ENDS_BEFORE_START'],
  ])('refuses %s', (_case, regionCode, effectiveTo, code) => {
    expect(() => endJurisdiction(agency(), { regionCode, effectiveTo }, AUTHOR, AT)).toThrow(expect.objectContaining({ code }));
  });
});

describe(checkWeeklySchedule.name, () => {
  it.each([
    ['office hours', { '1': [{ from: '08:30', to: '17:30' }] }, true],
    ['round the clock', { '7': [{ from: '00:00', to: '24:00' }] }, true],
    ['no duty at all', {}, true],
    ['a list', [], false],
    ['weekday 0', { '0': [] }, false],
    ['a span backwards', { '1': [{ from: '17:30', to: '08:30' }] }, false],
    ['a time that is no time', { '1': [{ from: '8:30', to: '25:00' }] }, false],
    ['a span that is not a list', { '1': { from: '08:30', to: '17:30' } }, false],
  ])('%s: %s', (_case, value, ok) => {
    expect(checkWeeklySchedule(value).ok).toBe(ok);
  });
});
