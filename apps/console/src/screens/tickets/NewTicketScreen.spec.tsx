import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The new-ticket form against a stand-in for the network: what it sends, and that nothing typed
// is lost when the service fails or the page reloads.
const requests: { method: string; url: string; body: unknown; key: string | null }[] = [];
let ticketAnswer: () => Response;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

vi.stubGlobal('fetch', async (input: Request) => {
  const body: unknown = input.method === 'POST' ? await input.clone().json() : undefined;
  requests.push({ method: input.method, url: input.url, body, key: input.headers.get('Idempotency-Key') });
  const path = new URL(input.url).pathname;
  if (path === '/api/routing/v1/regions') return json(200, { items: [{ code: '440000', name: '广东省', level: 'province', hasChildren: true }] });
  if (path === '/api/intake/v1/tickets' && input.method === 'POST') return ticketAnswer();
  return json(200, { items: [], page: 1, pageSize: 5, total: 0 });
});

let NewTicketScreen: typeof import('./NewTicketScreen').NewTicketScreen;

beforeAll(async () => {
  ({ NewTicketScreen } = await import('./NewTicketScreen'));
  const { setTokenSource } = await import('../../api/client');
  setTokenSource(() => Promise.resolve('token'));
});

function renderScreen(): void {
  const wrap = ({ children }: { children: ReactNode }) => (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <MemoryRouter>{children}</MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
  render(<NewTicketScreen />, { wrapper: wrap });
}

beforeEach(() => {
  requests.length = 0;
  sessionStorage.clear();
});
afterEach(cleanup);

describe('the new-ticket form', () => {
  it('refuses to send without the required fields, naming them in Chinese', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: /保存工单/ }));
    expect(await screen.findByText('请填写来电人姓名')).toBeInTheDocument();
    expect(screen.getByText('请选择诉求类型')).toBeInTheDocument();
    expect(screen.getByText('请填写诉求摘要')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('keeps what was typed across a reload', async () => {
    renderScreen();
    await userEvent.type(screen.getByLabelText('姓名'), '张建国');
    await userEvent.type(screen.getByLabelText('联系电话'), '13800138000');
    cleanup();
    renderScreen();
    expect(screen.getByLabelText('姓名')).toHaveValue('张建国');
    expect(screen.getByLabelText('联系电话')).toHaveValue('13800138000');
  });

  it('shows the service’s field errors beside the fields and keeps the form when the request fails', async () => {
    sessionStorage.setItem(
      'console.draft.new-ticket',
      JSON.stringify({ channel: 'hotline', language: 'zh-CN', callerName: '张建国', callerPhone: '123', requestType: 'consultation', legalCategory: 'contract', region: ['440000'], summary: '合同纠纷' }),
    );
    ticketAnswer = () =>
      json(400, { statusCode: 400, error: 'Bad Request', message: 'invalid', errors: [{ field: 'caller.phone', code: 'isChinesePhoneNumber', description: 'phone must be…' }] });
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: /保存工单/ }));
    expect(await screen.findAllByText(/请填写 11 位手机号或带区号的固定电话/)).not.toHaveLength(0);
    const sent = requests.find((r) => r.method === 'POST');
    expect(sent?.body).toMatchObject({ caller: { name: '张建国', phone: '123' }, regionCode: '440000', summary: '合同纠纷' });
    expect(screen.getByLabelText('姓名')).toHaveValue('张建国');

    ticketAnswer = () => json(503, { statusCode: 503, error: 'Service Unavailable', message: 'down' });
    await userEvent.click(screen.getByRole('button', { name: /保存工单/ }));
    expect(await screen.findByText(/您填写的内容已保留/)).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveValue('张建国');
  });

  it('sends one idempotency key for the retries of one draft', async () => {
    sessionStorage.setItem(
      'console.draft.new-ticket',
      JSON.stringify({ channel: 'hotline', language: 'zh-CN', callerName: '李四', callerPhone: '13800138000', requestType: 'consultation', legalCategory: 'contract', region: ['440000'], summary: '咨询' }),
    );
    ticketAnswer = () => json(503, { statusCode: 503 });
    const keys = () => requests.filter((r) => r.method === 'POST').map((r) => r.key);
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: /保存工单/ }));
    await screen.findByText(/您填写的内容已保留/);
    await userEvent.click(screen.getByRole('button', { name: /保存工单/ }));
    await waitFor(() => expect(keys()).toHaveLength(2));
    expect(keys()[0]).toBeTruthy();
    expect(keys()[1]).toBe(keys()[0]);
  });
});
