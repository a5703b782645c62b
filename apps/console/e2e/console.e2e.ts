import { expect, test, type Browser, type Page } from '@playwright/test';
import { asUser, eventually, http, signedPartnerHeaders } from '@legal-hotline/testing';
import { randomUUID } from 'node:crypto';
import { choose, chooseRegion, partnerKey, screen, serviceUrl, signInAs, violationsOn } from './support';

// The console's main journeys, each person in their own browser, against the running platform.

async function personIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** The agent opens a legal-aid application for 桂城街道, Nanhai; answers the ticket's number. */
async function openLegalAidApplication(agent: Page, summary: string): Promise<string> {
  await agent.goto('/tickets/new');
  await agent.getByLabel('姓名', { exact: true }).fill('张建国');
  await agent.getByLabel('联系电话', { exact: true }).fill('13800138000');
  await choose(agent, '诉求类型', '法律援助申请');
  await choose(agent, '法律事项类别', '劳动报酬');
  await chooseRegion(agent, '所在地区', ['广东省', '佛山市', '南海区', '桂城街道']);
  await chooseRegion(agent, '事由发生地', ['广东省', '佛山市', '南海区', '桂城街道']);
  await agent.getByLabel('诉求摘要').fill(summary);
  await agent.getByText('农民工讨薪（绿色通道）').click();
  await agent.getByRole('button', { name: /保存工单/ }).click();
  const heading = agent.getByText(/工单已保存：12348-\d{8}-\d{6}/);
  await expect(heading).toBeVisible();
  const ticketNumber = /12348-\d{8}-\d{6}/.exec((await heading.textContent()) ?? '')![0];
  await expect(agent.getByTestId('routing-outcome')).toContainText('南海区法律援助中心');
  return ticketNumber;
}

test.describe.configure({ mode: 'serial' });

test('an application travels from the agent to the Nanhai centre and back to the caller', async ({ browser }, testInfo) => {
  const agent = await personIn(browser);
  await signInAs(agent, 'agent.gd', '/tickets/new');
  await screen(agent, testInfo, '01-agent-new-ticket');

  const ticketNumber = await openLegalAidApplication(agent, '在南海区桂城街道工地务工，被拖欠三个月工资共计 2.4 万元，申请法律援助。');
  await expect(agent.getByTestId('routing-outcome')).toContainText('《法律援助法》第三十八条');
  await screen(agent, testInfo, '02-agent-ticket-saved-and-routed');

  await agent.getByRole('button', { name: '查看工单' }).click();
  await expect(agent.getByTestId('ticket-status')).toContainText('待接收');

  // The Nanhai centre accepts it in its inbox.
  const centre = await personIn(browser);
  await signInAs(centre, 'staff.nanhai', '/inbox');
  const row = centre.getByTestId(`inbox-row-${ticketNumber}`);
  await expect(row).toBeVisible();
  await screen(centre, testInfo, '03-centre-inbox');
  await acceptIn(centre, ticketNumber);
  await screen(centre, testInfo, '04-centre-accepted');

  // The agent's open ticket page shows the acceptance without a reload.
  await expect(agent.getByTestId('ticket-status')).toContainText('已接收', { timeout: 30_000 });
  await expect(agent.getByTestId('ticket-timeline')).toContainText('承办机构接收');
  await screen(agent, testInfo, '05-agent-ticket-accepted-live');

  // The agent answers and records a satisfied follow-up call.
  await agent.keyboard.press('Alt+KeyA');
  await agent.getByLabel('答复内容').fill('已告知来电人：南海区法律援助中心已受理，将于 3 日内指派律师联系。');
  await agent.getByRole('button', { name: /答复来电人/ }).click();
  await expect(agent.getByTestId('ticket-answer')).toBeVisible();

  // The centre finishes its work; the follow-up call (回访) falls due on the agent's page.
  await centre.getByRole('button', { name: '办结', exact: true }).click();
  const completion = centre.locator('.ant-modal:visible');
  await completion.getByRole('radio', { name: '已解决' }).check();
  await completion.getByLabel('办理情况').fill('已指派律师代理劳动仲裁，用人单位已支付全部拖欠工资。');
  await completion.getByRole('button', { name: /确认办结/ }).click();
  await expect(agent.getByTestId('ticket-status')).toContainText('待回访', { timeout: 30_000 });

  await agent.keyboard.press('Alt+KeyF');
  await agent.getByRole('radio', { name: '已解决' }).check();
  await agent.getByRole('radio', { name: '满意', exact: true }).check();
  await agent.getByRole('button', { name: /登记回访/ }).click();
  await expect(agent.getByTestId('ticket-follow-up')).toContainText('满意');
  await screen(agent, testInfo, '06-agent-follow-up');

  // Closing is the owner lead's decision (首问负责): the agent's lead closes the ticket.
  const ticketUrl = agent.url();
  const lead = await personIn(browser);
  await signInAs(lead, 'lead.gd', new URL(ticketUrl).pathname);
  await lead.getByRole('button', { name: /办结/ }).click();
  await lead.getByRole('button', { name: /办结工单/ }).click();
  await expect(lead.getByTestId('ticket-status')).toContainText('已办结');
  await expect(agent.getByTestId('ticket-status')).toContainText('已办结', { timeout: 30_000 });
  await screen(agent, testInfo, '07-agent-ticket-closed');
});

async function acceptIn(staff: Page, ticketNumber: string): Promise<void> {
  await staff.getByTestId(`inbox-row-${ticketNumber}`).click();
  await staff.getByRole('button', { name: '接收', exact: true }).click();
  await staff.locator('.ant-modal:visible').getByRole('button', { name: /确认接收/ }).click();
  await expect(staff.getByText('已接收').first()).toBeVisible();
}

async function rejectIn(staff: Page, ticketNumber: string, note: string): Promise<void> {
  await staff.getByTestId(`inbox-row-${ticketNumber}`).click();
  await staff.getByRole('button', { name: '退回', exact: true }).click();
  const dialog = staff.locator('.ant-modal:visible');
  await dialog.getByLabel(/原因/).click();
  await staff.locator('.ant-select-dropdown:visible .ant-select-item-option[title="不属本机构管辖"]').click();
  await dialog.getByLabel(/说明/).fill(note);
  await dialog.getByRole('button', { name: /确认退回/ }).click();
  await expect(staff.getByText('已退回').first()).toBeVisible();
}

test('a mediation committee cannot see the legal-aid centre’s inbox', async ({ browser }, testInfo) => {
  const mediator = await personIn(browser);
  await signInAs(mediator, 'mediator.guicheng', '/inbox');
  await expect(mediator.getByRole('menuitem', { name: '待办事项' })).toBeVisible();
  await screen(mediator, testInfo, '08-committee-inbox');
  // The centre's inbox answers the committee's token with a refusal, shown in Chinese.
  await mediator.goto('/inbox?agencyId=legal-aid-centre:440605');
  await expect(mediator.getByText(/其他单位|无权|没有此项操作的权限/).first()).toBeVisible();
  await screen(mediator, testInfo, '09-committee-refused-centre-inbox');
  const response = await http('GET', `${serviceUrl('legal-aid')}/api/v1/offices/legal-aid-centre:440605/assignments`, undefined, await asUser('mediator.guicheng'));
  expect(response.status).toBe(403);
});

test('a supervisor sees the alert of a ticket rejected twice and returned to its owner', async ({ browser }, testInfo) => {
  const agent = await personIn(browser);
  await signInAs(agent, 'agent.gd', '/tickets/new');
  const ticketNumber = await openLegalAidApplication(agent, '用人单位注册地不明，申请法律援助追讨工资。');
  await agent.getByRole('button', { name: '查看工单' }).click();
  await expect(agent).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/);
  const ticketId = agent.url().split('/').pop()!;

  const nanhai = await personIn(browser);
  await signInAs(nanhai, 'staff.nanhai', '/inbox');
  await rejectIn(nanhai, ticketNumber, '用人单位注册地在顺德区');
  await screen(nanhai, testInfo, '10-centre-rejected');

  const foshan = await personIn(browser);
  await signInAs(foshan, 'staff.foshan', '/inbox');
  await rejectIn(foshan, ticketNumber, '请由区级中心办理');

  const supervisor = await personIn(browser);
  await signInAs(supervisor, 'supervisor.foshan', '/supervision');
  const alert = supervisor.locator(`[data-testid="alert-row"][data-kind="returned-to-owner"][data-ticket-id="${ticketId}"]`);
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(alert).toContainText('工单退回首问单位');
  // The owner's agent sees the ticket back, with both rejections.
  await expect(agent.getByTestId('ticket-status')).toContainText('已退回首问单位');
  await screen(supervisor, testInfo, '11-supervisor-alerts');

  await supervisor.getByRole('menuitem', { name: /统计分析/ }).click();
  await expect(supervisor.getByTestId('dashboard-summary')).toBeVisible();
  await supervisor.waitForLoadState('networkidle');
  await screen(supervisor, testInfo, '12-supervisor-dashboard');
});

/** 110's system forwards a non-police matter in 桂城街道, Nanhai, signed with its key; answers the ticket's id. */
async function forwardFrom110(summary: string): Promise<string> {
  const body = JSON.stringify({
    partnerReference: `110-FS-${randomUUID().slice(0, 8)}`,
    caller: { name: '黄小明', phone: '13900001111', language: 'yue' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary,
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    callerConsentToTransfer: true,
  });
  const forwarded = await http<{ ticketId: string }>('POST', `${serviceUrl('hotline-exchange')}/api/v1/partner/tickets`, body, {
    ...signedPartnerHeaders(partnerKey('110'), body),
    'idempotency-key': randomUUID(),
  });
  expect(forwarded.status).toBe(201);
  return forwarded.body.ticketId;
}

test('a case 110 forwards is answered by the Guangdong 12348 platform once the Nanhai centre accepted it', async ({ browser }, testInfo) => {
  const ticketId = await forwardFrom110('报警人称在南海区桂城街道工地被拖欠工资，非警务警情，转12348。');
  const ticketNumber = await eventually(async () => {
    const ticket = await http<{ ticketNumber: string }>('GET', `${serviceUrl('intake')}/api/v1/tickets/${ticketId}`, undefined, await asUser('agent.gd'));
    expect(ticket.status).toBe(200);
    return ticket.body.ticketNumber;
  }, 30_000, 250);

  // Guangdong's agent finds it among the tickets the platform answers for: 110 received it first.
  const agent = await personIn(browser);
  await signInAs(agent, 'agent.gd', '/owners');
  const row = agent.getByTestId(`owner-row-${ticketNumber}`);
  await expect(row).toContainText('110报警服务台');
  await expect(row).toContainText('负责答复：广东省12348公共法律服务热线（属地省级12348平台）');
  await row.getByRole('link', { name: ticketNumber }).click();
  await expect(agent.getByTestId('first-contact')).toContainText('110 报警服务台');
  await expect(agent.getByTestId('responsible')).toHaveText('广东省12348公共法律服务热线（属地省级12348平台）');
  expect(await violationsOn(agent)).toEqual([]);
  await screen(agent, testInfo, '13-agent-forwarded-case');

  // The Nanhai centre takes the legal-aid application on; the agent's page follows.
  const staff = await asUser('staff.nanhai');
  const assignmentId = await eventually(async () => {
    const inbox = await http<{ items: { ticketId: string; assignmentId: string }[] }>(
      'GET',
      `${serviceUrl('legal-aid')}/api/v1/offices/legal-aid-centre:440605/assignments?pageSize=100`,
      undefined,
      staff,
    );
    const item = inbox.body.items.find((assignment) => assignment.ticketId === ticketId);
    expect(item).toBeDefined();
    return item!.assignmentId;
  }, 60_000, 250);
  expect((await http('POST', `${serviceUrl('legal-aid')}/api/v1/assignments/${assignmentId}/accept`, {}, staff)).status).toBe(200);
  await expect(agent.getByTestId('ticket-status')).toContainText('已接收', { timeout: 30_000 });

  await agent.keyboard.press('Alt+KeyA');
  await agent.getByLabel('答复内容').fill('已告知来电人：南海区法律援助中心已受理其法律援助申请，将指派律师联系。');
  await agent.getByRole('button', { name: /答复来电人/ }).click();
  await expect(agent.getByTestId('ticket-answer')).toBeVisible();
  await expect(agent.getByTestId('ticket-status')).toContainText('已答复');
  await screen(agent, testInfo, '14-agent-answered-forwarded-case');
});
