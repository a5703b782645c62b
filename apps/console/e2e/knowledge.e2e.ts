import { expect, test } from '@playwright/test';
import { asUser, http } from '@legal-hotline/testing';
import { screen, serviceUrl, signInAs } from './support';

// The knowledge base's review step (双人审核): an agent's entry is published by a lead, and only
// then found by the agents' search.

/** Today in Beijing, the first day the entry applies. */
function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

test('a lead publishes an agent’s knowledge entry and the agent then finds it by search', async ({
  browser,
}, testInfo) => {
  const intake = `${serviceUrl('intake')}/api/v1/knowledge/entries`;
  const agentAuth = await asUser('agent.gd');
  const drafted = await http<{ id: string }>(
    'POST',
    intake,
    {
      kind: 'faq',
      title: '饲养宠物犬扰民的处理办法',
      question: '楼上邻居养的狗天天半夜叫，影响休息怎么办？',
      answer:
        '饲养动物不得干扰他人生活。可以先与邻居协商，协商不成可请居（村）民委员会或人民调解委员会调解，也可以向公安机关反映。',
      legalCategory: 'neighbourhood',
      citedArticles: ['《中华人民共和国民法典》第一千二百五十一条'],
      validFrom: beijingToday(),
    },
    agentAuth,
  );
  expect(drafted.status).toBe(201);
  const id = drafted.body.id;
  expect((await http('POST', `${intake}/${id}/submit`, {}, agentAuth)).status).toBe(200);

  // The lead finds it in the review queue and publishes it.
  const lead = await (await browser.newContext()).newPage();
  await signInAs(lead, 'lead.gd', '/knowledge?tab=review');
  await lead.getByTestId(`knowledge-row-${id}`).getByRole('link').click();
  await expect(lead.getByTestId('knowledge-status')).toHaveText('审核中');
  await lead.getByRole('button', { name: /^发\s?布$/ }).click();
  await lead.locator('.ant-modal:visible').getByRole('button', { name: '确认发布' }).click();
  await expect(lead.getByTestId('knowledge-status')).toHaveText('已发布');
  await screen(lead, testInfo, 'knowledge-01-lead-published');

  // The agent searches as the caller put it and finds the entry, its words highlighted.
  const agent = await (await browser.newContext()).newPage();
  await signInAs(agent, 'agent.gd', '/knowledge');
  await agent.getByLabel('检索内容').fill('宠物犬扰民');
  const hit = agent.getByTestId(`knowledge-hit-${id}`);
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toBeVisible();
  await screen(agent, testInfo, 'knowledge-02-agent-found');
});
