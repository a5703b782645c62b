import { expect, test } from '@playwright/test';
import type { DemoUser } from '@legal-hotline/testing';
import { signInAs, violationsOn } from './support';

// WCAG 2.1 AA (contrast, labels, names, keyboard focus) on each role's main screens, checked by
// axe-core in the real browser once the screen's data has loaded.

const SCREENS: { user: DemoUser; paths: string[] }[] = [
  { user: 'agent.gd', paths: ['/tickets/new', '/owners', '/tickets', '/tickets?list=callbacks', '/online-questions', '/knowledge', '/duty-rota', '/inspection'] },
  { user: 'staff.nanhai', paths: ['/inbox'] },
  { user: 'supervisor.gd', paths: ['/supervision', '/dashboard', '/directory', '/exchange', '/online-questions', '/knowledge?tab=review', '/duty-rota', '/inspection', '/special-lines'] },
];

for (const { user, paths } of SCREENS) {
  test(`${user}'s screens meet WCAG 2.1 AA`, async ({ page }) => {
    await signInAs(page, user, paths[0]);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByTestId('signed-in-user')).toBeVisible();
      expect(await violationsOn(page), path).toEqual([]);
    }
  });
}

test('the public pages (ask a question, look it up) meet WCAG 2.1 AA without signing in', async ({ page }) => {
  for (const path of ['/ask', '/lookup']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violationsOn(page), path).toEqual([]);
  }
});

test('the agent reaches the new-ticket form and saves it by keyboard alone', async ({ page }) => {
  await signInAs(page, 'agent.gd', '/owners');
  await page.keyboard.press('Alt+KeyN');
  await expect(page).toHaveURL(/\/tickets\/new$/);
  // The first Tab lands on the skip link, which moves the focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.getByLabel('姓名', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('请填写诉求摘要')).toBeVisible();
});
