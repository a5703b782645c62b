import { describe, expect, it } from '@jest/globals';
import { parseArguments } from './arguments.js';
import { credentialsOf, CredentialsError, listeningPortOf } from './credentials.js';

const SECRET = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const DELIVERY = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
const FLAG = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;

function options(argv: string[] = ['110']) {
  const parsed = parseArguments(argv);
  if (parsed.kind !== 'run') throw new Error('expected options');
  return parsed.options;
}

const file = JSON.stringify({
  '110': { keyId: 'AbCdEfGhIjKl', secret: SECRET, deliverySecret: DELIVERY, endpoint: 'http://127.0.0.1:4110/webhooks' },
  '12345': { keyId: 'ZyXwVuTsRqPo', secret: SECRET },
});

describe(credentialsOf.name, () => {
  it('reads the partner’s key, delivery secret and endpoint from the demo keys file', () => {
    expect(credentialsOf(options(), file)).toEqual({ keyId: 'AbCdEfGhIjKl', keySecret: SECRET, webhookSecrets: [DELIVERY], endpoint: 'http://127.0.0.1:4110/webhooks' });
  });

  it('lets flags replace what the file holds', () => {
    expect(credentialsOf(options(['110', '--key-id', 'FlagFlagFlag', '--webhook-secret', FLAG]), file)).toMatchObject({ keyId: 'FlagFlagFlag', keySecret: SECRET, webhookSecrets: [FLAG] });
  });

  it('says where the credentials come from when they are missing', () => {
    expect(() => credentialsOf(options(['12355']), file)).toThrow(CredentialsError);
    expect(() => credentialsOf(options(['12355']), null)).toThrow(/run npm start/);
    expect(() => credentialsOf(options(['12345']), file)).toThrow(/no delivery secret of 12345/);
    expect(() => credentialsOf(options(), '{not json')).toThrow(/is not JSON/);
  });
});

describe(listeningPortOf.name, () => {
  const credentials = credentialsOf(options(), file);

  it('listens where the platform delivers, unless --port says otherwise', () => {
    expect(listeningPortOf(options(), credentials)).toBe(4110);
    expect(listeningPortOf(options(['110', '--port', '5000']), credentials)).toBe(5000);
  });

  it('falls back to the partner’s default port', () => {
    expect(listeningPortOf(options(), { ...credentials, endpoint: null })).toBe(18110);
    expect(listeningPortOf(options(['12368']), { ...credentials, endpoint: 'https://partner.example.cn/hooks' })).toBe(18168);
  });
});
