import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PLATFORM_URL, parseArguments, platformBaseUrl, UsageError } from './arguments.js';

const SECRET = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;

function optionsOf(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const parsed = parseArguments(argv, env);
  if (parsed.kind !== 'run') throw new Error('expected options');
  return parsed.options;
}

describe(parseArguments.name, () => {
  it('runs the named partner with the documented defaults', () => {
    expect(optionsOf(['110'])).toEqual({
      partner: '110',
      port: null,
      host: '127.0.0.1',
      platform: DEFAULT_PLATFORM_URL,
      policy: 'accept',
      rejectReason: 'not-our-matter',
      paceMs: 1000,
      forward: false,
      reference: null,
      responsiblePlatform: null,
      untilClosed: false,
      pull: false,
      pullEveryMs: 2000,
      timeoutSeconds: null,
      toleranceSeconds: 300,
      keysFile: '.local/demo-partner-keys.json',
      keyId: null,
      keySecret: null,
      webhookSecrets: [],
    });
  });

  it('reads every flag', () => {
    const sut = optionsOf([
      '12345',
      '--policy', 'reject',
      '--reject-reason', 'outside-our-area',
      '--pace', '0',
      '--forward',
      '--reference', '12345-GD-0001',
      '--responsible-platform', '12348-gz',
      '--until-closed',
      '--timeout', '90',
      '--pull',
      '--pull-every', '500',
      '--port', '4145',
      '--host', '0.0.0.0',
      '--platform', 'http://127.0.0.1:3005',
      '--keys-file', '/tmp/keys.json',
      '--key-id', 'AbCdEfGhIjKl',
      '--key-secret', SECRET,
      '--webhook-secret', SECRET,
      '--webhook-secret', SECRET,
      '--tolerance', '60',
    ]);
    expect(sut).toMatchObject({
      partner: '12345',
      policy: 'reject',
      rejectReason: 'outside-our-area',
      paceMs: 0,
      forward: true,
      reference: '12345-GD-0001',
      responsiblePlatform: '12348-gz',
      untilClosed: true,
      timeoutSeconds: 90,
      pull: true,
      pullEveryMs: 500,
      port: 4145,
      host: '0.0.0.0',
      platform: 'http://127.0.0.1:3005/api',
      keysFile: '/tmp/keys.json',
      keyId: 'AbCdEfGhIjKl',
      keySecret: SECRET,
      webhookSecrets: [SECRET, SECRET],
      toleranceSeconds: 60,
    });
  });

  it('takes credentials and the platform from the environment when no flag names them; flags win', () => {
    const env = { PARTNER_KEY_ID: 'FromTheEnvXY', PARTNER_KEY_SECRET: SECRET, PARTNER_WEBHOOK_SECRET: `${SECRET},${SECRET}`, PARTNER_PLATFORM_URL: 'https://exchange.example.cn/api/' };
    expect(optionsOf(['110'], env)).toMatchObject({ keyId: 'FromTheEnvXY', keySecret: SECRET, webhookSecrets: [SECRET, SECRET], platform: 'https://exchange.example.cn/api' });
    expect(optionsOf(['110', '--key-id', 'FromTheFlagX'], env).keyId).toBe('FromTheFlagX');
  });

  it.each([['--help'], ['-h'], ['110', '--help']])('answers %s with the usage', (...argv) => {
    expect(parseArguments(argv)).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /name one partner hotline/],
    [['119'], /119 is not a partner hotline/],
    [['110', '12345'], /not 110 12345/],
    [['110', '--policy', 'maybe'], /--policy must be one of accept, reject, silent/],
    [['110', '--reject-reason', 'busy'], /--reject-reason must be one of/],
    [['110', '--pace', 'fast'], /--pace must be a whole number/],
    [['110', '--port', '70000'], /--port must be between 1 and 65535/],
    [['110', '--until-closed'], /add --forward/],
    [['110', '--reference', 'x'], /add --forward/],
    [['110', '--forward', '--responsible-platform', 'gd'], /12348 platform id such as 12348-gd/],
    [['110', '--forward', '--timeout', '5'], /--timeout limits --until-closed/],
    [['110', '--platform', 'ftp://host'], /http or https/],
    [['110', '--key-secret', 'plain'], /Standard Webhooks secret/],
    [['110', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j, saying why', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe(platformBaseUrl.name, () => {
  it.each([
    ['http://127.0.0.1:8080/api/hotline-exchange', 'http://127.0.0.1:8080/api/hotline-exchange'],
    ['http://127.0.0.1:8080/api/hotline-exchange/', 'http://127.0.0.1:8080/api/hotline-exchange'],
    ['http://127.0.0.1:3005', 'http://127.0.0.1:3005/api'],
    ['http://127.0.0.1:3005/api', 'http://127.0.0.1:3005/api'],
  ])('reads %s as %s', (text, base) => {
    expect(platformBaseUrl(text)).toBe(base);
  });
});
