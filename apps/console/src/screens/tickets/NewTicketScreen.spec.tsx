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
const suggestion = {
  id: '6b6e0000-0000-4000-8000-000000000001',
  kind: 'faq',
  title: '用人单位拖欠工资怎么办',
  titleMarks: [{ start: 4, length: 4 }],
  legalCategory: 'labour-remuneration',
  citedArticles: ['《中华人民共和国劳动合同法》第三十条'],
  score: 0.3,
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

vi.stubGlobal('fetch', async (input: Request) => {
  const body: unknown = input.method === 'POST' ? await input.clone().json() : undefined;
  requests.push({ method: input.method, url: input.url, body, key: input.headers.get('Idempotency-Key') });
  const path = new URL(input.url).pathname;
  if (path === '/api/routing/v1/regions') return json(200, { items: [{ code: '440000', name: '广东省', level: 'province', hasChildren: true }] });
  if (path === '/api/intake/v1/tickets' && input.method === 'POST') return ticketAnswer();
  if (path === '/api/intake/v1/knowledge/suggestions') return json(200, { suggestions: [suggestion] });
  if (path === `/api/intake/v1/knowledge/entries/${suggestion.id}`) return json(200, { ...suggestion, answer: '可以向劳动保障监察机构投诉，也可以申请劳动仲裁。', guide: null });
  if (path === '/api/intake/v1/special-lines') return json(200, { lines: [] });
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
      JSON.stringify({ channel: 'hotline', language: 'zh-CN', callerName: '张建国', callerPhone: '123', requestType: 'consultation', handlingMode: 'desk', legalCategory: 'contract', region: ['440000'], summary: '合同纠纷' }),
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
      JSON.stringify({ channel: 'hotline', language: 'zh-CN', callerName: '李四', callerPhone: '13800138000', requestType: 'consultation', handlingMode: 'desk', legalCategory: 'contract', region: ['440000'], summary: '咨询' }),
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

  it('answers a consultation at first contact with a cited suggestion and says it was closed at once', async () => {
    sessionStorage.setItem(
      'console.draft.new-ticket',
      JSON.stringify({ channel: 'hotline', language: 'zh-CN', callerName: '王五', callerPhone: '13800138000', requestType: 'consultation', legalCategory: 'labour-remuneration', region: ['440000'], summary: '老板拖欠三个月工资' }),
    );
    ticketAnswer = () => json(201, { id: 'a7f0c7c2-0000-4000-8000-000000000001', ticketNumber: '12348-20261207-000001', reference: '7K3M9Q2XHP', lookupCode: '482913', status: 'closed', possibleDuplicates: [] });
    renderScreen();
    await userEvent.click(await screen.findByText('拖欠工资', {}, { timeout: 3_000 }));
    await userEvent.click(await screen.findByRole('button', { name: '引用并插入答复' }));
    await waitFor(() => expect(screen.getByLabelText('答复内容')).toHaveValue('可以向劳动保障监察机构投诉，也可以申请劳动仲裁。'));
    await userEvent.click(screen.getByRole('button', { name: /保存工单并即时办结/ }));
    expect(await screen.findByText('已即时办结：12348-20261207-000001')).toBeInTheDocument();
    expect(screen.getByTestId('lookup-code')).toHaveTextContent('482913');
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      handling: {
        mode: 'resolve',
        answer: '可以向劳动保障监察机构投诉，也可以申请劳动仲裁。',
        knowledgeEntryIds: [suggestion.id],
        citedArticles: ['《中华人民共和国劳动合同法》第三十条'],
        caseEducationGiven: true,
      },
    });
  });
});
