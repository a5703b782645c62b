import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@legal-hotline/service-runtime';
import { routingSettingsOf } from './routing.module.js';
import { RoutingConfig } from './routing.service-definition.js';

// Every service needs a database and an identity provider to trust; the provider is not called here.
const BASE = { DATABASE_URL: 'postgresql://platform:platform@127.0.0.1:54329/routing', OIDC_ISSUER: 'http://127.0.0.1:18080/auth/realms/legal-hotline' };
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'routing-config-'));
  writeFileSync(join(folder, 'calendar.json'), JSON.stringify({ years: { '2027': { holidays: ['2027-01-01'], makeUpWorkdays: [] } } }));
  writeFileSync(join(folder, 'broken.json'), JSON.stringify({ years: { '2027': { holidays: ['2026-12-31'], makeUpWorkdays: [] } } }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe(RoutingConfig.name, () => {
  it('starts with the defaults: 3 hops, the default deadlines and calendar, re-route, a one-second timer', () => {
    const settings = routingSettingsOf(loadConfig(RoutingConfig, BASE));
    expect(settings).toMatchObject({
      maxHops: 3,
      escalationPolicy: 're-route',
      timerPollMs: 1000,
      acceptance: { policy: { byPriority: { urgent: 'PT1H', 'green-channel': 'PT4H', normal: 'P1WD' }, byChannel: {} } },
    });
    expect(Object.keys(settings.acceptance.calendar.years)).toContain('2026');
  });

  it('reads every variable it is given', () => {
    const settings = routingSettingsOf(
      loadConfig(RoutingConfig, {
        ...BASE,
        ROUTING_MAX_HOPS: '5',
        ACCEPTANCE_DEADLINES: '{"urgent":"PT30M","green-channel":"PT2H","normal":"P2WD","partner":{"normal":"PT8H"}}',
        BUSINESS_CALENDAR_FILE: join(folder, 'calendar.json'),
        ESCALATION_POLICY: 'alert-only',
        TIMER_POLL_MS: '250',
      }),
    );
    expect(settings).toMatchObject({ maxHops: 5, escalationPolicy: 'alert-only', timerPollMs: 250 });
    expect(settings.acceptance.policy.byChannel).toEqual({ partner: { normal: 'PT8H' } });
    // The file's year is added to the library's years.
    expect(Object.keys(settings.acceptance.calendar.years).sort()).toEqual(['2026', '2027']);
  });

  it.each([
    ['ROUTING_MAX_HOPS', '0', /ROUTING_MAX_HOPS: invalid value "0"/],
    ['ACCEPTANCE_DEADLINES', '{"urgent":"PT1H"}', /ACCEPTANCE_DEADLINES: .*green-channel: missing/],
    ['ACCEPTANCE_DEADLINES', 'P1WD', /ACCEPTANCE_DEADLINES: .*not JSON/],
    ['ESCALATION_POLICY', 'escalate', /ESCALATION_POLICY must be one of: re-route, alert-only/],
    ['TIMER_POLL_MS', '5', /TIMER_POLL_MS: invalid value "5"/],
    ['BUSINESS_CALENDAR_FILE', '/nonexistent/calendar.json', /BUSINESS_CALENDAR_FILE: .*ENOENT/],
  ])('refuses to start with a bad %s, naming it', (variable, value, message) => {
    expect(() => loadConfig(RoutingConfig, { ...BASE, [variable]: value })).toThrow(message);
  });

  it('refuses a calendar file with a date outside its year', () => {
    expect(() => loadConfig(RoutingConfig, { ...BASE, BUSINESS_CALENDAR_FILE: join(folder, 'broken.json') })).toThrow(
      /BUSINESS_CALENDAR_FILE: .*"2026-12-31" is not a date of 2027/,
    );
  });
});
