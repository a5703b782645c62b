import { describe, expect, it } from 'vitest';
import {
  categoryChartOption,
  changeRequestOf,
  emptyLineForm,
  lineFormOf,
  lineRegionOf,
  openRequestOf,
  periodText,
  type LineForm,
  type SpecialLine,
} from './special-lines';

const form: LineForm = {
  ...emptyLineForm(new Date('2026-12-06T02:00:00Z')),
  code: ' resumption ',
  name: '复工复产法律服务专线',
  legalCategories: ['labour-relations', 'contract'],
  startsAt: '2026-12-07T00:00',
  endsAt: '2027-03-01T00:00',
  priority: 'urgent',
  onlineAnswerHours: 4,
};

function aLine(overrides: Partial<SpecialLine> = {}): SpecialLine {
  return {
    code: 'migrant-wages',
    name: '农民工欠薪求助专线',
    description: '',
    legalCategories: ['labour-remuneration'],
    regionCode: null,
    regionName: null,
    status: 'open',
    startsAt: '2026-12-05T16:00:00Z',
    endsAt: null,
    priority: 'urgent',
    onlineAnswerHours: 4,
    openedBy: { organisation: '广东省司法厅', agent: null },
    openedAt: '2026-12-05T16:00:00Z',
    changedBy: null,
    changedAt: null,
    closedBy: null,
    closedAt: null,
    ...overrides,
  };
}

describe('opening a special line', () => {
  it('starts tomorrow at Beijing midnight by default', () => {
    expect(emptyLineForm(new Date('2026-12-06T17:00:00Z')).startsAt).toBe('2026-12-08T00:00');
  });

  it('sends Beijing times and leaves the region out for the supervisor’s own area', () => {
    expect(openRequestOf(form)).toEqual({
      code: 'resumption',
      name: '复工复产法律服务专线',
      description: '',
      legalCategories: ['labour-relations', 'contract'],
      startsAt: '2026-12-07T00:00:00+08:00',
      endsAt: '2027-03-01T00:00:00+08:00',
      priority: 'urgent',
      onlineAnswerHours: 4,
    });
  });

  it('names a region chosen (a township means its county) or null for the whole platform', () => {
    expect(lineRegionOf(['440000', '440600', '440605', '440605011'])).toBe('440605');
    expect(openRequestOf({ ...form, scope: 'region', regionPath: ['440000', '440600'] }).regionCode).toBe('440600');
    expect(openRequestOf({ ...form, scope: 'platform' }).regionCode).toBeNull();
  });
});

describe('changing a special line', () => {
  it('sends the whole profile back, an empty end as no end', () => {
    const sut = changeRequestOf({ ...lineFormOf(aLine()), endsAt: '' });
    expect(sut).toEqual({
      name: '农民工欠薪求助专线',
      description: '',
      legalCategories: ['labour-remuneration'],
      startsAt: '2026-12-06T00:00:00+08:00',
      endsAt: null,
      priority: 'urgent',
      onlineAnswerHours: 4,
    });
    expect(periodText(aLine())).toBe('2026-12-06 00:00 起，长期');
  });
});

describe('the report chart', () => {
  it('draws the categories in Chinese, the largest at the top', () => {
    const option = categoryChartOption({
      byLegalCategory: [
        { legalCategory: 'work-injury', count: 5 },
        { legalCategory: 'labour-remuneration', count: 9 },
      ],
    });
    expect((option.yAxis as { data: string[] }).data).toEqual(['工伤', '劳动报酬']);
  });
});
