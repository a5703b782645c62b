import { expect, test, type Browser, type Page } from '@playwright/test';
import { asUser, http } from '@legal-hotline/testing';
import { choose, chooseRegion, screen, serviceUrl, signInAs } from './support';

// The hotline desk (坐席): a consultation answered and closed in the call with the knowledge base,
// and a question asked online that waits at the desk, as the asker sees it.

async function personIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A common answer on wage arrears, written by an agent and published by their lead (双人审核). */
async function publishWageEntry(): Promise<void> {
  const knowledge = `${serviceUrl('intake')}/api/v1/knowledge/entries`;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const created = await http<{ id: string }>(
    'POST',
    knowledge,
    {
      kind: 'faq',
      title: '用人单位拖欠工资怎么办',
      question: '公司已经三个月没发工资了，老板一直拖着，我该怎么办？',
      answer: '可以先与用人单位协商，也可以向劳动保障监察机构投诉，或者向劳动人事争议仲裁委员会申请仲裁。',
      citedArticles: ['《中华人民共和国劳动合同法》第三十条'],
      legalCategory: 'labour-remuneration',
      validFrom: today,
    },
    await asUser('agent.gd'),
  );
  expect(created.status).toBe(201);
  expect((await http('POST', `${knowledge}/${created.body.id}/submit`, {}, await asUser('agent.gd'))).status).toBe(200);
  expect(
    (await http('POST', `${knowledge}/${created.body.id}/review`, { decision: 'publish' }, await asUser('lead.gd')))
      .status,
  ).toBe(200);
}

test('an agent answers a wage question in the call with a cited entry; an online question waits at the desk', async ({
  browser,
}, testInfo) => {
  await publishWageEntry();

  const agent = await personIn(browser);
  await signInAs(agent, 'agent.gd', '/tickets/new');
  await agent.getByLabel('姓名', { exact: true }).fill('周立新');
  await agent.getByLabel('联系电话', { exact: true }).fill('13800138001');
  await choose(agent, '诉求类型', '法律咨询');
  await choose(agent, '法律事项类别', '劳动报酬');
  await chooseRegion(agent, '所在地区', ['广东省', '佛山市', '南海区', '桂城街道']);
  await agent.getByLabel('诉求摘要').fill('老板拖欠工资三个月了，一直不给，我该怎么办？');

  // The knowledge base suggests the entry from the question as typed; the agent cites it.
  const suggestion = agent.getByTestId('knowledge-suggestion').filter({ hasText: '用人单位拖欠工资怎么办' });
  await suggestion.click();
  await agent.getByRole('button', { name: '引用并插入答复' }).click();
  await expect(agent.getByTestId('used-knowledge-entries')).toContainText('用人单位拖欠工资怎么办');
  await expect(agent.getByLabel('答复内容')).toHaveValue(/劳动保障监察机构/);
  await screen(agent, testInfo, '20-agent-desk-answer-with-knowledge');

  await agent.getByRole('button', { name: /保存工单并即时办结/ }).click();
  await expect(agent.getByTestId('opened-title')).toContainText('已即时办结');
  await expect(agent.getByTestId('lookup-code')).toHaveText(/^\d+$/);
  await expect(agent.getByTestId('routing-outcome')).toHaveCount(0);
  await screen(agent, testInfo, '21-agent-resolved-at-first-contact');

  // A member of the public asks online, without an account, and looks the question up.
  const citizen = await personIn(browser);
  await citizen.goto('/ask');
  await citizen.getByLabel('您的问题').fill('我在南海区一家工厂上班，老板拖欠了两个月工资，可以去哪里投诉？');
  await choose(citizen, '问题类别', '劳动报酬');
  await choose(citizen, '所在地区', '广东省 佛山市 南海区 桂城街道');
  await citizen.getByLabel('姓名', { exact: true }).fill('陈大明');
  await citizen.getByLabel('联系电话', { exact: true }).fill('13812345678');
  await citizen.getByRole('button', { name: '提交咨询' }).click();
  const code = (await citizen.getByTestId('lookup-code').textContent())!.trim();
  await expect(citizen.getByTestId('lookup-reference')).not.toBeEmpty();
  await citizen.getByRole('button', { name: '查询办理进度' }).click();
  await expect(citizen).toHaveURL(/\/lookup\?reference=/);
  await citizen.getByLabel('查询码').fill(code);
  await citizen.getByRole('button', { name: '查询进度', exact: true }).click();
  await expect(citizen.getByTestId('lookup-status')).toHaveText('坐席办理中');
  await screen(citizen, testInfo, '22-citizen-lookup-at-desk');
});
