import { describe, expect, it } from 'vitest';
import {
  ACCEPTANCE_CHART_LIMIT,
  acceptanceChartRowsOf,
  acceptanceOptionOf,
  minutesText,
  percentText,
  regionMatrixOf,
  regionOptionOf,
  satisfactionOptionOf,
  satisfactionSlicesOf,
  ticketsPerDayChartOf,
  ticketsPerDayOptionOf,
} from './chart-options';
import type { AcceptanceRow } from './figures';

const acceptanceRow = (overrides: Partial<AcceptanceRow>): AcceptanceRow => ({
  agencyId: 'legal-aid-centre:440605',
  agencyName: '南海区法律援助中心',
  agencyType: 'legal-aid-centre',
  regionCode: '440605',
  handedOff: 10,
  accepted: 7,
  rejected: 1,
  pending: 2,
  overdue: 1,
  overdueRate: 0.1,
  p50Minutes: 30,
  p90Minutes: 120,
  p95Minutes: 200,
  ...overrides,
});

describe(ticketsPerDayChartOf.name, () => {
  const figures = {
    from: '2026-11-01',
    to: '2026-11-04',
    days: [
      { date: '2026-11-01', channel: 'web', count: 2 },
      { date: '2026-11-01', channel: 'hotline', count: 5 },
      { date: '2026-11-03', channel: 'hotline', count: 1 },
      { date: '2026-11-04', channel: 'partner', count: 3 },
    ],
  };

  it('gives every day of the period a bar, the days without tickets at zero', () => {
    const sut = ticketsPerDayChartOf(figures);

    expect(sut.dates).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    expect(sut.totals).toEqual([7, 0, 1, 3]);
    expect(sut.total).toBe(11);
  });

  it('stacks one series per channel that had tickets, in the console’s channel order, named in Chinese', () => {
    const sut = ticketsPerDayChartOf(figures);

    expect(sut.series.map((s) => [s.label, s.counts, s.total])).toEqual([
      ['热线电话', [5, 0, 1, 0], 6],
      ['网络平台', [2, 0, 0, 0], 2],
      ['兄弟热线转入', [0, 0, 0, 3], 3],
    ]);
  });

  it('keeps a channel the console has no label for, under its code, after the known ones', () => {
    const sut = ticketsPerDayChartOf({
      from: '2026-11-01',
      to: '2026-11-01',
      days: [
        { date: '2026-11-01', channel: 'sms', count: 1 },
        { date: '2026-11-01', channel: 'app', count: 1 },
      ],
    });

    expect(sut.series.map((s) => s.label)).toEqual(['移动应用', 'sms']);
  });

  it('draws stacked bars over month-day labels', () => {
    const option = ticketsPerDayOptionOf(ticketsPerDayChartOf(figures));

    expect(option.xAxis).toMatchObject({ type: 'category', data: ['11-01', '11-02', '11-03', '11-04'] });
    expect(option.series).toHaveLength(3);
    expect(option.series).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'bar', stack: 'channel', name: '热线电话', data: [5, 0, 1, 0] }),
      ]),
    );
  });
});

describe(regionMatrixOf.name, () => {
  const rows = [
    { regionCode: '440604', regionName: '禅城区', legalCategory: 'contract', count: 2 },
    { regionCode: '440605', regionName: '南海区', legalCategory: 'labour-remuneration', count: 4 },
    { regionCode: '440605', regionName: '南海区', legalCategory: 'marriage-family', count: 1 },
    { regionCode: '440606', regionName: '顺德区', legalCategory: 'labour-remuneration', count: 2 },
  ];

  it('puts the region with most tickets first, ties by code', () => {
    const sut = regionMatrixOf(rows);

    expect(sut.regions.map((region) => [region.code, region.name, region.total])).toEqual([
      ['440605', '南海区', 5],
      ['440604', '禅城区', 2],
      ['440606', '顺德区', 2],
    ]);
    expect(sut.total).toBe(9);
  });

  it('lists the categories present in the label table’s order, with their totals', () => {
    const sut = regionMatrixOf(rows);

    expect(sut.categories).toEqual([
      { code: 'labour-remuneration', label: '劳动报酬', total: 6 },
      { code: 'marriage-family', label: '婚姻家庭', total: 1 },
      { code: 'contract', label: '合同', total: 2 },
    ]);
  });

  it('names a region by its code when the catalog gave no name', () => {
    expect(
      regionMatrixOf([{ regionCode: '440605011', regionName: null, legalCategory: 'other', count: 1 }]).regions[0]
        ?.name,
    ).toBe('440605011');
  });

  it('stacks one bar per category over the regions, zero where a region has none', () => {
    const option = regionOptionOf(regionMatrixOf(rows));

    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['南海区', '禅城区', '顺德区'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: '劳动报酬', stack: 'category', data: [4, 0, 2] }),
      expect.objectContaining({ name: '婚姻家庭', data: [1, 0, 0] }),
      expect.objectContaining({ name: '合同', data: [0, 2, 0] }),
    ]);
  });

  it('gives each legal category the same colour at every drill level', () => {
    const colourOf = (option: ReturnType<typeof regionOptionOf>, name: string) =>
      (option.series as { name: string; itemStyle: { color: string } }[]).find((s) => s.name === name)?.itemStyle.color;
    const cities = regionOptionOf(
      regionMatrixOf([{ regionCode: '440600', regionName: '佛山市', legalCategory: 'contract', count: 1 }]),
    );
    const counties = regionOptionOf(regionMatrixOf(rows));

    expect(colourOf(cities, '合同')).toBe(colourOf(counties, '合同'));
  });
});

describe(acceptanceChartRowsOf.name, () => {
  it('charts the slowest bodies first, those without a decision last', () => {
    const rows = [
      acceptanceRow({ agencyId: 'a', agencyName: '甲', p90Minutes: 60 }),
      acceptanceRow({ agencyId: 'b', agencyName: '乙', p90Minutes: null }),
      acceptanceRow({ agencyId: 'c', agencyName: '丙', p90Minutes: 600 }),
    ];

    expect(acceptanceChartRowsOf(rows).rows.map((row) => row.agencyId)).toEqual(['c', 'a', 'b']);
  });

  it('keeps the chart readable: at most the limit, and says it cut', () => {
    const rows = Array.from({ length: ACCEPTANCE_CHART_LIMIT + 3 }, (_, index) =>
      acceptanceRow({ agencyId: `body-${index}`, p90Minutes: index }),
    );

    const sut = acceptanceChartRowsOf(rows);

    expect(sut.rows).toHaveLength(ACCEPTANCE_CHART_LIMIT);
    expect(sut.truncated).toBe(true);
    expect(acceptanceChartRowsOf(rows.slice(0, 2)).truncated).toBe(false);
  });
});

describe(acceptanceOptionOf.name, () => {
  it('draws the three percentiles in minutes and the overdue rate in percent, over the same bodies', () => {
    const option = acceptanceOptionOf([acceptanceRow({ p50Minutes: 42.46, p90Minutes: null, overdueRate: 0.125 })]);

    expect(option.yAxis).toEqual([
      expect.objectContaining({ data: ['南海区法律援助中心'] }),
      expect.objectContaining({ data: ['南海区法律援助中心'] }),
    ]);
    expect(option.series).toEqual([
      expect.objectContaining({ name: '中位数（P50）', xAxisIndex: 0, data: [42.5] }),
      expect.objectContaining({ name: 'P90', data: [null] }),
      expect.objectContaining({ name: 'P95', data: [200] }),
      expect.objectContaining({ name: '超期率', xAxisIndex: 1, data: [12.5] }),
    ]);
  });
});

describe(satisfactionSlicesOf.name, () => {
  it('gives each satisfaction its Chinese name and share, in the label table’s order, without empty slices', () => {
    const sut = satisfactionSlicesOf([
      { satisfaction: 'dissatisfied', count: 1 },
      { satisfaction: 'satisfied', count: 3 },
      { satisfaction: 'basically-satisfied', count: 0 },
    ]);

    expect(sut).toEqual([
      { code: 'satisfied', label: '满意', count: 3, share: 0.75 },
      { code: 'dissatisfied', label: '不满意', count: 1, share: 0.25 },
    ]);
  });

  it('colours satisfied green and dissatisfied red in the pie', () => {
    const option = satisfactionOptionOf(
      satisfactionSlicesOf([
        { satisfaction: 'satisfied', count: 2 },
        { satisfaction: 'dissatisfied', count: 1 },
      ]),
    );

    expect(option.series).toEqual([
      expect.objectContaining({
        type: 'pie',
        data: [
          { name: '满意', value: 2, itemStyle: { color: '#15803d' } },
          { name: '不满意', value: 1, itemStyle: { color: '#b91c1c' } },
        ],
      }),
    ]);
  });
});

describe('figures in words', () => {
  it('writes rates as percentages with one decimal', () => {
    expect(percentText(0.8567)).toBe('85.7%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(null)).toBe('—');
  });

  it('writes acceptance times as a Chinese duration', () => {
    expect(minutesText(125)).toBe('2 小时 5 分钟');
    expect(minutesText(0.5)).toBe('不足 1 分钟');
    expect(minutesText(null)).toBe('—');
  });
});
