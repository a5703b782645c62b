import { readFileSync } from 'node:fs';
import { testInfrastructure } from './infrastructure.js';

/**
 * The demo users of the realm in infra/keycloak/realm-legal-hotline.json, by username, with the
 * organisation or body their tokens name. Tests sign in as them against the real provider.
 */
export const DEMO_USERS = {
  'agent.gd': { roles: ['hotline-agent'], organisation: '12348-gd', organisationName: '广东省12348公共法律服务热线' },
  'lead.gd': {
    roles: ['owner-lead', 'hotline-agent'],
    organisation: '12348-gd',
    organisationName: '广东省12348公共法律服务热线',
  },
  'agent.gz': { roles: ['hotline-agent'], organisation: '12348-gz', organisationName: '贵州省12348公共法律服务热线' },
  'lead.gz': {
    roles: ['owner-lead', 'hotline-agent'],
    organisation: '12348-gz',
    organisationName: '贵州省12348公共法律服务热线',
  },
  'staff.nanhai': {
    roles: ['office-staff'],
    organisation: 'legal-aid-centre:440605',
    organisationName: '南海区法律援助中心',
  },
  'staff.foshan': {
    roles: ['office-staff'],
    organisation: 'legal-aid-centre:440600',
    organisationName: '佛山市法律援助中心',
  },
  'staff.dushan': {
    roles: ['office-staff'],
    organisation: 'legal-aid-centre:522726',
    organisationName: '独山县法律援助中心',
  },
  'staff.qianxi': {
    roles: ['office-staff'],
    organisation: 'legal-aid-centre:520581',
    organisationName: '黔西市法律援助中心',
  },
  'mediator.guicheng': {
    roles: ['office-staff'],
    organisation: 'mediation-committee:440605011',
    organisationName: '桂城街道人民调解委员会',
  },
  'supervisor.gd': {
    roles: ['supervisor'],
    organisation: 'justice-gd',
    organisationName: '广东省司法厅',
    area: '440000',
  },
  'supervisor.foshan': {
    roles: ['supervisor'],
    organisation: 'justice-foshan',
    organisationName: '佛山市司法局',
    area: '440600',
  },
  'supervisor.gz': {
    roles: ['supervisor'],
    organisation: 'justice-gz',
    organisationName: '贵州省司法厅',
    area: '520000',
  },
  'directory.admin': { roles: ['directory-admin'], organisation: 'justice-gd', organisationName: '广东省司法厅' },
  'exchange.admin': { roles: ['exchange-admin'], organisation: 'justice-gd', organisationName: '广东省司法厅' },
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

interface Credentials {
  clientSecret: string;
  demoPassword: string;
}

let credentials: Credentials | null = null;
const tokens = new Map<DemoUser, { token: Promise<string>; until: number }>();

function readCredentials(): Credentials {
  if (credentials) return credentials;
  const file = testInfrastructure().oidc.secretsFile;
  const values = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split(/=(.*)/s))
      .filter((parts): parts is [string, string] => parts.length >= 2 && parts[0] !== ''),
  );
  const clientSecret = values.KEYCLOAK_TOOLS_CLIENT_SECRET;
  const demoPassword = values.KEYCLOAK_DEMO_PASSWORD;
  if (!clientSecret || !demoPassword)
    throw new Error(`${file} lacks the tools client secret or the demo password; run scripts/infra.sh up`);
  credentials = { clientSecret, demoPassword };
  return credentials;
}

/** The demo users' password of this installation (for sign-ins through the browser). */
export function demoPassword(): string {
  return readCredentials().demoPassword;
}

/** A fresh access token for a demo user, from the real provider (password grant of the tools client). */
export async function signIn(user: DemoUser, password?: string): Promise<string> {
  const { clientSecret, demoPassword } = readCredentials();
  const response = await fetch(`${testInfrastructure().oidc.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'platform-tools',
      client_secret: clientSecret,
      username: user,
      password: password ?? demoPassword,
      scope: 'openid',
    }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`sign-in as ${user} failed: ${response.status} ${body.error_description ?? ''}`);
  return body.access_token;
}

/**
 * An access token for `user`, reused while it has more than a minute left. Concurrent callers
 * share one sign-in: the provider's brute-force protection locks an account that signs in many
 * times at once.
 */
export function tokenFor(user: DemoUser): Promise<string> {
  const cached = tokens.get(user);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = signIn(user);
  tokens.set(user, { token, until: Number.POSITIVE_INFINITY });
  token.then(
    (value) => {
      const payload = JSON.parse(Buffer.from(value.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number };
      tokens.set(user, { token, until: payload.exp * 1000 - 60_000 });
    },
    () => tokens.delete(user),
  );
  return token;
}

/** `{authorization: 'Bearer …'}` for `user`, to spread into request headers. */
export async function asUser(user: DemoUser): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(user)}` };
}
