import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { demoPassword, type DemoUser, type PartnerCredentials } from '@legal-hotline/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Signs in through the identity provider's own login page, as a person would. */
export async function signInAs(page: Page, user: DemoUser, path = '/'): Promise<void> {
  await page.goto(path);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(demoPassword());
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

const screensDir = join(process.env.BROWSER_TEST_RESULTS ?? join(import.meta.dirname, '../../../.local/test-results/browser'), 'screens');

/** A screenshot of the screen the test passed through, kept as a test artefact. */
export async function screen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * Picks an option of an Ant Design select opened from its label, and waits until the select shows it.
 * A click that lands while the list is still moving in (or the form re-renders under it) is tried again.
 */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  const select = page.locator('.ant-select').filter({ has: field });
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await open.count()) === 0) await field.click();
    await open.locator(`.ant-select-item-option[title="${option}"]`).click({ timeout: 3_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  if ((await open.count()) > 0) await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
}

/** Walks a region cascader down by names: 广东省 → 佛山市 → 南海区 → 桂城街道. */
export async function chooseRegion(page: Page, label: string, names: string[]): Promise<void> {
  const open = page.locator('.ant-cascader-dropdown:visible');
  await expect(open).toHaveCount(0);
  await page.getByLabel(label, { exact: true }).click();
  for (const [level, name] of names.entries()) {
    const menu = open.locator('.ant-cascader-menu').nth(level);
    await menu.locator('.ant-cascader-menu-item').filter({ hasText: new RegExp(`^${name}$`) }).click();
  }
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
}

export function serviceUrl(name: 'intake' | 'routing' | 'legal-aid' | 'mediation' | 'hotline-exchange'): string {
  const url = process.env[`PLATFORM_${name.toUpperCase().replace(/-/g, '_')}_URL`];
  if (!url) throw new Error(`the platform's ${name} address is not set (global setup)`);
  return url;
}

/** A demo partner hotline's signing key in the platform under test, to sign requests as its system does. */
export function partnerKey(partner: '12345' | '110' | '12355' | '12368'): PartnerCredentials {
  const keys = JSON.parse(process.env.PLATFORM_PARTNER_KEYS ?? '{}') as Record<string, PartnerCredentials>;
  const key = keys[partner];
  if (!key) throw new Error(`the platform's key of partner ${partner} is not set (global setup)`);
  return key;
}

/** WCAG 2.1 AA problems axe-core finds on the page once its data has loaded, one line each. */
export async function violationsOn(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`,
  );
}
