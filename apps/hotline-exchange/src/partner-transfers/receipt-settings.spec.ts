import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import { loadConfig } from '@legal-hotline/service-runtime';
import { HotlineExchangeConfig } from '../hotline-exchange.service-definition.js';
import { receiptSettingsOf } from './receipt-settings.js';

// Every service needs a database and an identity provider to trust; neither is called here.
const BASE = {
  DATABASE_URL: 'postgresql://platform:platform@127.0.0.1:54329/hotline_exchange',
  OIDC_ISSUER: 'http://127.0.0.1:18080/auth/realms/legal-hotline',
  EXCHANGE_SECRETS_KEY: '0'.repeat(64),
};

const settingsOf = (env: Record<string, string>) => {
  const config = loadConfig(HotlineExchangeConfig, { ...BASE, ...env });
  return receiptSettingsOf({ deadlines: config.PARTNER_ACCEPTANCE_DEADLINES, calendarFile: config.BUSINESS_CALENDAR_FILE, pollMs: config.PARTNER_ACCEPTANCE_POLL_MS });
};

describe(receiptSettingsOf.name, () => {
  it('watches the default deadlines on the library calendar, once a second', () => {
    const settings = settingsOf({});
    expect(settings.deadlines['110']).toEqual({ urgent: 'PT15M', normal: 'PT1H' });
    expect(settings.deadlines['12368']).toEqual({ urgent: 'PT4H', normal: 'P2WD' });
    expect(settings.calendar).toBe(DEFAULT_CALENDAR);
    expect(settings.pollMs).toBe(1_000);
  });

  it("reads a deployment's deadlines and calendar file", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'calendar-')), 'calendar.json');
    writeFileSync(file, JSON.stringify({ years: { '2027': { holidays: ['2027-01-01'], makeUpWorkdays: [] } } }));
    const deadlines = '{"110":{"urgent":"PT5M","normal":"PT30M"},"12345":{"urgent":"PT1H","normal":"P1WD"},"12355":{"urgent":"PT1H","normal":"P1WD"},"12368":{"urgent":"PT1H","normal":"P3WD"}}';
    const settings = settingsOf({ PARTNER_ACCEPTANCE_DEADLINES: deadlines, BUSINESS_CALENDAR_FILE: file, PARTNER_ACCEPTANCE_POLL_MS: '250' });
    expect(settings.deadlines['12368'].normal).toBe('P3WD');
    expect(settings.calendar.years['2027']?.holidays).toEqual(['2027-01-01']);
    expect(settings.pollMs).toBe(250);
  });
});

describe(HotlineExchangeConfig.name, () => {
  it('refuses to start with PARTNER_ACCEPTANCE_DEADLINES that lack a partner or a priority, naming every problem', () => {
    const deadlines = '{"110":{"urgent":"PT15M"},"12345":{"urgent":"PT2H","normal":"soon"},"12355":{"urgent":"PT2H","normal":"P1WD"}}';
    const start = () => loadConfig(HotlineExchangeConfig, { ...BASE, PARTNER_ACCEPTANCE_DEADLINES: deadlines });
    expect(start).toThrow(/PARTNER_ACCEPTANCE_DEADLINES: invalid value/);
    expect(start).toThrow(/110\.normal: missing.*12345\.normal: "soon" is not a duration.*12368: missing/);
  });

  it.each([
    ['PARTNER_ACCEPTANCE_DEADLINES', '{"110":', /PARTNER_ACCEPTANCE_DEADLINES: .*not JSON/],
    ['BUSINESS_CALENDAR_FILE', '/nowhere/calendar.json', /BUSINESS_CALENDAR_FILE: .*must name a readable calendar file.*ENOENT/],
    ['PARTNER_ACCEPTANCE_POLL_MS', '5', /PARTNER_ACCEPTANCE_POLL_MS: invalid value "5"/],
  ])('refuses to start with %s %s', (variable, value, message) => {
    expect(() => loadConfig(HotlineExchangeConfig, { ...BASE, [variable]: value })).toThrow(message);
  });
});
