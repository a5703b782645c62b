import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Form, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { usePrincipal } from '../../auth/AuthProvider';
import type { Principal } from '../../auth/principal';
import { regionOf } from '../../components/regions';
import { todayInShanghai } from '../../lib/time';
import { AcceptanceSection } from './AcceptanceSection';
import { figureQueryOf } from './dashboard-api';
import { lastDays, MAX_PERIOD_DAYS, periodFromParams, type Period } from './period';
import { areaOf, catalogCodeOf, effectiveRegionOf } from './region-scope';
import { RegionDrill } from './RegionDrill';
import { RegionsSection } from './RegionsSection';
import { dashboardSectionsOf, scopeTextOf } from './sections';
import { SummarySection } from './SummarySection';
import { TicketsPerDaySection } from './TicketsPerDaySection';

const PRESETS: { label: string; days: number }[] = [
  { label: '最近 7 天', days: 7 },
  { label: '最近 30 天', days: 30 },
  { label: '最近 90 天', days: 90 },
  { label: '最近一年', days: 365 },
];

/**
 * 统计分析: the figures of the tickets a person oversees, for a period and a region. The period and
 * region live in the address, so a reload or a shared link shows the same figures.
 */
export function DashboardScreen() {
  return <Dashboard principal={usePrincipal()} />;
}

/** The screen for a given person (what the signed-in person's roles let them see). */
export function Dashboard({ principal }: { principal: Principal }) {
  const sections = dashboardSectionsOf(principal);
  const area = areaOf(principal);
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const region = effectiveRegionOf(params.get('region'), area);
  const query = figureQueryOf(period, region);

  const areaRegion = useQuery({
    queryKey: ['region', area === null ? null : catalogCodeOf(area)],
    queryFn: () => regionOf(catalogCodeOf(area!)),
    enabled: area !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const update = (next: { period?: Period; region?: string | null }) => {
    setParams(
      (current) => {
        const result = new URLSearchParams(current);
        if (next.period) {
          result.set('from', next.period.from);
          result.set('to', next.period.to);
        }
        if (next.region !== undefined) {
          if (next.region === null || next.region === area) result.delete('region');
          else result.set('region', next.region);
        }
        return result;
      },
      { replace: false },
    );
  };
  const onDrill = (next: string) => update({ region: next });

  const today = dayjs(todayInShanghai());

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          统计分析
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="dashboard-scope">
          {scopeTextOf(principal, areaRegion.data?.name ?? null)}。统计期间按北京时间自然日计算，含起止两日。
        </Typography.Text>
      </div>

      <Card size="small">
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="统计期间" htmlFor="dashboard-period">
            <DatePicker.RangePicker
              id={{ start: 'dashboard-period', end: 'dashboard-period-end' }}
              allowClear={false}
              value={[dayjs(period.from), dayjs(period.to)]}
              maxDate={today}
              disabledDate={(date, info) =>
                Boolean(info.from && Math.abs(date.diff(info.from, 'day')) >= MAX_PERIOD_DAYS)
              }
              presets={PRESETS.map((preset) => {
                const range = lastDays(preset.days);
                return { label: preset.label, value: [dayjs(range.from), dayjs(range.to)] as [Dayjs, Dayjs] };
              })}
              onChange={(range) => {
                const [start, end] = range ?? [];
                if (start && end)
                  update({ period: { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') } });
              }}
              aria-label="统计期间"
              data-testid="dashboard-period"
            />
          </Form.Item>
          <Form.Item label="地区">
            <RegionDrill region={region} area={area} onChange={(next) => update({ region: next })} />
          </Form.Item>
        </Form>
      </Card>

      {sections.tickets ? (
        <>
          <SummarySection query={query} />
          <TicketsPerDaySection query={query} />
          <RegionsSection query={query} region={region} onDrill={onDrill} />
        </>
      ) : null}
      {sections.acceptance ? <AcceptanceSection query={query} /> : null}
    </Space>
  );
}
