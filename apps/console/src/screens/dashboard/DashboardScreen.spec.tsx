import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { principalOf, type Role } from '../../auth/principal';

// The dashboard against a stand-in for the network: which figures each role asks for, what the
// screen shows of them, and where a click on a region leads.
const requests: URL[] = [];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const REGIONS: Record<
  string,
  { code: string; name: string; level: string; path: { code: string; name: string; level: string }[] }
> = {
  '440600': {
    code: '440600',
    name: '佛山市',
    level: 'city',
    path: [{ code: '440000', name: '广东省', level: 'province' }],
  },
  '440605': {
    code: '440605',
    name: '南海区',
    level: 'county',
    path: [
      { code: '440000', name: '广东省', level: 'province' },
      { code: '440600', name: '佛山市', level: 'city' },
    ],
  },
};

function answer(url: URL): Response {
  const regionCode = url.searchParams.get('regionCode');
  switch (url.pathname) {
    case '/api/intake/v1/dashboard/summary':
      return json(200, {
        from: '2026-11-01',
        to: '2026-11-30',
        opened: 12,
        closed: 5,
        open: 7,
        byStatus: [
          { status: 'received', count: 7 },
          { status: 'closed', count: 5 },
        ],
        urgent: 3,
        dangerous: 1,
        greenChannel: 4,
        migrantWorkerWageClaims: 3,
        veterans: 1,
        satisfaction: [
          { satisfaction: 'satisfied', count: 3 },
          { satisfaction: 'basically-satisfied', count: 0 },
          { satisfaction: 'dissatisfied', count: 1 },
        ],
        followUps: 4,
        satisfiedRate: 0.75,
      });
    case '/api/intake/v1/dashboard/tickets-per-day':
      return json(200, {
        from: '2026-11-01',
        to: '2026-11-30',
        days: [
          { date: '2026-11-02', channel: 'hotline', count: 8 },
          { date: '2026-11-03', channel: 'web', count: 4 },
        ],
      });
    case '/api/intake/v1/dashboard/regions':
      return regionCode === '440605'
        ? json(200, {
            from: '2026-11-01',
            to: '2026-11-30',
            level: 'township',
            parentCode: '440605',
            rows: [{ regionCode: '440605011', regionName: '桂城街道', legalCategory: 'labour-remuneration', count: 5 }],
          })
        : json(200, {
            from: '2026-11-01',
            to: '2026-11-30',
            level: 'county',
            parentCode: '440600',
            rows: [
              { regionCode: '440605', regionName: '南海区', legalCategory: 'labour-remuneration', count: 5 },
              { regionCode: '440605', regionName: '南海区', legalCategory: 'contract', count: 2 },
              { regionCode: '440604', regionName: '禅城区', legalCategory: 'marriage-family', count: 3 },
            ],
          });
    case '/api/routing/v1/dashboard/acceptance':
      return json(200, {
        from: '2026-11-01',
        to: '2026-11-30',
        regionCode: regionCode,
        rows: [
          {
            agencyId: 'legal-aid-centre:440605',
            agencyName: '南海区法律援助中心',
            agencyType: 'legal-aid-centre',
            regionCode: '440605',
            handedOff: 8,
            accepted: 6,
            rejected: 1,
            pending: 1,
            withdrawn: 0,
            overdue: 2,
            overdueRate: 0.25,
            p50Minutes: 42,
            p90Minutes: 125,
            p95Minutes: 180,
          },
        ],
      });
    case '/api/routing/v1/regions/440600/children':
    case '/api/routing/v1/regions/440605/children':
      return json(200, { items: [] });
    default: {
      const region = /^\/api\/routing\/v1\/regions\/(\d+)$/.exec(url.pathname)?.[1];
      if (region && REGIONS[region]) return json(200, REGIONS[region]);
      return json(404, { statusCode: 404, error: 'Not Found', message: 'not here', errors: [] });
    }
  }
}

vi.stubGlobal('fetch', (input: Request) => {
  const url = new URL(input.url);
  requests.push(url);
  return Promise.resolve(answer(url));
});
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  },
);

let Dashboard: typeof import('./DashboardScreen').Dashboard;

beforeAll(async () => {
  ({ Dashboard } = await import('./DashboardScreen'));
  const { setTokenSource } = await import('../../api/client');
  setTokenSource(() => Promise.resolve('token'));
});

function renderAs(
  roles: Role[],
  claims: Record<string, unknown> = {},
  address = '/dashboard?from=2026-11-01&to=2026-11-30',
): void {
  const principal = principalOf({ realm_access: { roles }, name: '测试', ...claims });
  const wrap = ({ children }: { children: ReactNode }) => (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <MemoryRouter initialEntries={[address]}>{children}</MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
  render(<Dashboard principal={principal} />, { wrapper: wrap });
}

const asked = (path: string) => requests.filter((url) => url.pathname === path);

beforeEach(() => {
  requests.length = 0;
});
afterEach(cleanup);

describe('the dashboard', () => {
  it('shows a supervisor the figures of its area for the period in the address', async () => {
    renderAs(['supervisor'], { area: '440600' });

    expect(await screen.findByText('督办辖区：佛山市。统计期间按北京时间自然日计算，含起止两日。')).toBeInTheDocument();
    await screen.findByTestId('dashboard-summary');
    expect(within(screen.getByTestId('dashboard-stat-opened')).getByText('12')).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-satisfied-rate')).toHaveTextContent('75.0%');
    expect(await screen.findByTestId('dashboard-per-day-total')).toHaveTextContent('合计 12 件');
    expect(
      await screen.findByRole('img', { name: /每日受理量柱状图.*热线电话 8 件，网络平台 4 件/ }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('dashboard-acceptance-row-legal-aid-centre:440605')).toHaveTextContent('25.0%');

    const [perDay] = asked('/api/intake/v1/dashboard/tickets-per-day');
    expect(Object.fromEntries(perDay!.searchParams)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      regionCode: '4406',
    });
    expect(asked('/api/routing/v1/dashboard/acceptance')[0]?.searchParams.get('regionCode')).toBe('4406');
  });

  it('lists the regions by tickets, and leads into one with the keyboard, the breadcrumb back out', async () => {
    renderAs(['supervisor'], { area: '440600' });
    const row = await screen.findByTestId('dashboard-region-row-440605');
    expect(row).toHaveTextContent('劳动报酬 5、合同 2');

    await userEvent.click(within(row).getByRole('button', { name: '查看南海区下一级' }));

    expect(await screen.findByTestId('dashboard-region-row-440605011')).toBeInTheDocument();
    expect(asked('/api/intake/v1/dashboard/regions').at(-1)?.searchParams.get('regionCode')).toBe('440605');
    expect(await screen.findByTestId('dashboard-region-current')).toHaveTextContent('南海区');

    await userEvent.click(screen.getByRole('button', { name: '佛山市' }));
    expect(await screen.findByTestId('dashboard-region-row-440604')).toBeInTheDocument();
  });

  it('keeps a supervisor inside its area whatever the address says', async () => {
    renderAs(['supervisor'], { area: '440600' }, '/dashboard?region=4401');

    await screen.findByTestId('dashboard-summary');
    expect(asked('/api/intake/v1/dashboard/summary').map((url) => url.searchParams.get('regionCode'))).toEqual([
      '4406',
    ]);
  });

  it('shows an owner lead its organisation’s ticket figures, and asks for no acceptance figures', async () => {
    renderAs(['owner-lead'], { org_name: '佛山市 12348 热线' });

    await screen.findByTestId('dashboard-summary');
    expect(screen.getByText(/本单位（佛山市 12348 热线）首问受理的工单/)).toBeInTheDocument();
    expect(asked('/api/intake/v1/dashboard/summary')[0]?.searchParams.has('regionCode')).toBe(false);
    expect(asked('/api/routing/v1/dashboard/acceptance')).toHaveLength(0);
    expect(screen.queryByText('承办机构接收时效')).not.toBeInTheDocument();
  });

  it('shows a directory administrator the acceptance figures only', async () => {
    renderAs(['directory-admin']);

    expect(await screen.findByTestId('dashboard-acceptance-row-legal-aid-centre:440605')).toHaveTextContent(
      '2 小时 5 分钟',
    );
    expect(requests.some((url) => url.pathname.startsWith('/api/intake/'))).toBe(false);
  });
});
