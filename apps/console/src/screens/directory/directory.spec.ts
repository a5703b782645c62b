import { describe, expect, it } from 'vitest';
import { areaRegionCodeOf, auditChangeLines, dutyHoursFormOf, dutyHoursOf, inForce, isClosed, scheduleText, spanProblemOf } from './directory';

const OFFICE_HOURS = Object.fromEntries(['1', '2', '3', '4', '5'].map((day) => [day, [{ from: '08:30', to: '17:30' }]]));

describe('a supervisor’s area as a directory filter', () => {
  it('is the division code the area prefix stands for', () => {
    expect(areaRegionCodeOf('4406')).toBe('440600');
    expect(areaRegionCodeOf('44')).toBe('440000');
    expect(areaRegionCodeOf('440605')).toBe('440605');
    expect(areaRegionCodeOf('4406050')).toBe('440605000');
    expect(areaRegionCodeOf(null)).toBeNull();
    expect(areaRegionCodeOf('guangdong')).toBeNull();
  });
});

describe('duty hours', () => {
  it('round-trips the weekly schedule through the seven days of the form', () => {
    const form = dutyHoursFormOf({ ...OFFICE_HOURS, '6': [{ from: '09:00', to: '12:00' }] });
    expect(form['7']).toEqual([]);
    expect(dutyHoursOf(form)).toEqual({ ...OFFICE_HOURS, '6': [{ from: '09:00', to: '12:00' }] });
  });

  it('leaves out empty rows and days without duty, and trims the times', () => {
    expect(dutyHoursOf({ '1': [{ from: ' 08:30', to: '12:00 ' }, { from: '', to: '' }, undefined], '2': [], '7': undefined })).toEqual({
      '1': [{ from: '08:30', to: '12:00' }],
    });
  });

  it('says in Chinese what is wrong with a span', () => {
    expect(spanProblemOf({ from: '08:30', to: '24:00' })).toBeNull();
    expect(spanProblemOf({ from: '8:30', to: '17:30' })).toContain('开始时间');
    expect(spanProblemOf({ from: '24:00', to: '24:00' })).toContain('开始时间');
    expect(spanProblemOf({ from: '08:30', to: '25:00' })).toContain('结束时间');
    expect(spanProblemOf({ from: '17:30', to: '08:30' })).toBe('开始时间须早于结束时间');
  });

  it('reads as consecutive days with the same hours joined', () => {
    expect(scheduleText({ ...OFFICE_HOURS, '6': [{ from: '09:00', to: '12:00' }] })).toBe('周一至周五 08:30–17:30；周六 09:00–12:00');
    expect(scheduleText({ '1': [{ from: '00:00', to: '24:00' }], '3': [{ from: '00:00', to: '24:00' }] })).toBe('周一 00:00–24:00；周三 00:00–24:00');
    expect(scheduleText({})).toBe('无值班时间');
  });
});

describe('jurisdictions', () => {
  const nanhai = { regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: null };
  const ended = { regionCode: '440606', effectiveFrom: '2023-06-30', effectiveTo: '2026-12-01' };

  it('are in force from their first day until the first day without them', () => {
    expect(inForce(nanhai, '2026-12-05')).toBe(true);
    expect(inForce(nanhai, '2023-06-29')).toBe(false);
    expect(inForce(ended, '2026-11-30')).toBe(true);
    expect(inForce(ended, '2026-12-01')).toBe(false);
  });

  it('make a body closed once none applies today or later', () => {
    expect(isClosed({ jurisdictions: [ended] }, '2026-12-01')).toBe(true);
    expect(isClosed({ jurisdictions: [ended, nanhai] }, '2026-12-01')).toBe(false);
  });
});

describe('the audit trail in words', () => {
  it('names each changed setting with its value before and after', () => {
    expect(
      auditChangeLines({
        changeKind: 'agency-updated',
        before: { availability: 'normal', legalCategories: ['labour-remuneration'] },
        after: { availability: 'unstaffed', legalCategories: [] },
      }),
    ).toEqual(['接待状态：正常 → 无人值守', '受理事项类别：劳动报酬 → 全部类别']);
    expect(auditChangeLines({ changeKind: 'agency-updated', before: { dutyHours: OFFICE_HOURS }, after: { dutyHours: {} } })).toEqual([
      '值班时间：周一至周五 08:30–17:30 → 无值班时间',
    ]);
  });

  it('names the jurisdictions added, ended, or ended by closing the body', () => {
    expect(auditChangeLines({ changeKind: 'jurisdiction-added', before: { jurisdiction: null }, after: { jurisdiction: { regionCode: '440606', effectiveFrom: '2026-12-01', effectiveTo: null } } })).toEqual([
      '新增管辖：440606（2026-12-01 起）',
    ]);
    expect(
      auditChangeLines({
        changeKind: 'agency-closed',
        before: {},
        after: { jurisdictions: [{ regionCode: '440605', effectiveFrom: '2023-06-30', effectiveTo: '2026-12-01' }] },
      }),
    ).toEqual(['结束管辖：440605（2023-06-30 起，2026-12-01 止）']);
  });
});
