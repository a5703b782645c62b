import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API_SERVICES,
  defaultWorkerUser,
  findNginx,
  renderNginxConfig,
  startNginx,
  testNginxConfig,
  type NginxConfigOptions,
  type RunningNginx,
} from '../../infra/nginx/render-config.mjs';

const ISSUER = 'http://127.0.0.1:18080/auth/realms/legal-hotline';
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
    "connect-src 'self' http://127.0.0.1:18080; frame-src http://127.0.0.1:18080; frame-ancestors 'none'; base-uri 'self'; " +
    "form-action 'self' http://127.0.0.1:18080; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** nginx is installed by `scripts/infra.sh up`; only an installation that leaves it out may lack it. */
const nginxAvailable = (() => {
  try {
    findNginx();
    return true;
  } catch (error) {
    if (process.env.NGINX_ENABLED === '0') return false;
    throw error;
  }
})();
const withNginx = nginxAvailable ? describe : describe.skip;

const workDir = mkdtempSync(join(tmpdir(), 'console-nginx-'));
// Started by root, nginx's workers run as another user, who must reach the console's files.
chmodSync(workDir, 0o755);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function options(overrides: Partial<NginxConfigOptions> = {}): NginxConfigOptions {
  return { prefix: join(workDir, 'render'), oidcIssuer: ISSUER, ...overrides };
}

/** Writes a configuration (rendered for a fresh prefix) and has nginx check it. */
function checkWithNginx(config: string | ((prefix: string) => string)): void {
  const prefix = mkdtempSync(join(workDir, 'check-'));
  writeFileSync(join(prefix, 'nginx.conf'), typeof config === 'string' ? config : config(prefix));
  testNginxConfig(join(prefix, 'nginx.conf'), { prefix });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(renderNginxConfig.name, () => {
  it('passes /api/<service>/ to each service under /api/, and refuses other /api/ paths itself', () => {
    const sut = renderNginxConfig(options({ upstreams: { intake: '127.0.0.1:13001' } }));

    for (const [name, port] of Object.entries(API_SERVICES)) {
      expect(sut).toContain(`location /api/${name}/ {`);
      expect(sut).toContain(`proxy_pass http://api-${name}/api/;`);
      expect(sut).toContain(`server 127.0.0.1:${name === 'intake' ? 13001 : port};`);
    }
    expect(sut).toContain('location /api/ {');
  });

  it("allows the identity provider's origin, not its path, in the Content-Security-Policy", () => {
    const sut = renderNginxConfig(options({ oidcIssuer: 'https://sso.example.gov.cn/auth/realms/legal-hotline' }));
    const policy = sut.match(/add_header Content-Security-Policy "([^"]+)"/)?.[1];

    expect(policy).toContain("connect-src 'self' https://sso.example.gov.cn;");
    expect(policy).toContain('frame-src https://sso.example.gov.cn;');
    expect(policy).toContain("form-action 'self' https://sso.example.gov.cn;");
    expect(policy).not.toContain('/auth/realms');
    expect(sut).toContain(`'{"issuer":"https://sso.example.gov.cn/auth/realms/legal-hotline","clientId":"console"}'`);
  });

  it('sends Strict-Transport-Security only when asked to', () => {
    expect(renderNginxConfig(options())).not.toContain('Strict-Transport-Security');
    expect(renderNginxConfig(options({ hsts: true }))).toContain(
      'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    );
  });

  it('keeps every path of its own under the prefix unless told otherwise', () => {
    const sut = renderNginxConfig(options({ prefix: '/srv/console', accessLog: '/dev/stdout' }));

    expect(sut).toContain('pid "/srv/console/nginx.pid";');
    expect(sut).toContain('error_log "/srv/console/logs/error.log" warn;');
    expect(sut).toContain('access_log "/dev/stdout" console;');
    expect(sut).toContain('client_body_temp_path "/srv/console/client_body_temp";');
    expect(sut).not.toMatch(/^\s*include /m);
  });

  it('looks service addresses up again while running when given a resolver', () => {
    const sut = renderNginxConfig(options({ resolver: '127.0.0.11', upstreams: { routing: 'routing:3002' } }));

    expect(sut).toContain('resolver 127.0.0.11 valid=10s ipv6=off;');
    expect(sut).toContain('server routing:3002 resolve;');
    expect(sut).toContain('zone api-routing 64k;');
  });

  it.each([
    ['a relative prefix', { prefix: 'relative/dir' }, /prefix must be an absolute directory/],
    ['a port out of range', { port: 70000 }, /port must be 1-65535/],
    ['an unknown service', { upstreams: { billing: '127.0.0.1:3009' } as never }, /unknown upstream billing/],
    ['an upstream without a port', { upstreams: { intake: 'intake' } }, /upstream intake must be host:port/],
    ['an issuer that is not a URL', { oidcIssuer: 'keycloak' }, /oidcIssuer must be an http\(s\) URL/],
    ['an issuer nginx would misread', { oidcIssuer: "http://sso/realms/x'y" }, /oidcIssuer contains a character/],
    ['a path nginx would misread', { consoleRoot: '/srv/console; root /' }, /consoleRoot contains a character/],
  ])('refuses %s, naming the option', (_label, overrides, message) => {
    expect(() => renderNginxConfig(options(overrides as Partial<NginxConfigOptions>))).toThrow(message);
  });

  withNginx('checked by nginx -t', () => {
    it('accepts the local configuration', () => {
      expect(() =>
        checkWithNginx((prefix) => renderNginxConfig(options({ prefix, hsts: true, user: defaultWorkerUser() }))),
      ).not.toThrow();
    });

    it("refuses a broken file with nginx's own message", () => {
      expect(() => checkWithNginx('http { server { listen 127.0.0.1:1; location / { nonsense on; } } }')).toThrow(
        /unknown directive "nonsense"/,
      );
    });
  });
});

withNginx('the console origin, served by nginx', () => {
  let nginx: RunningNginx;
  let upstream: Server;
  let consoleRoot: string;
  const seen: { url: string; headers: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      seen.push({ url: request.url ?? '', headers: request.headers });
      if (request.headers.accept === 'text/event-stream') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: first\n\n');
        // The stream stays open until the reader goes: only an unbuffered proxy lets the test read this.
        request.socket.once('close', () => response.end());
        return;
      }
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'token missing', errors: [] }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port: intakePort } = upstream.address() as AddressInfo;

    consoleRoot = join(workDir, 'dist');
    mkdirSync(join(consoleRoot, 'assets'), { recursive: true });
    writeFileSync(join(consoleRoot, 'index.html'), '<!doctype html><title>12348</title>');
    writeFileSync(join(consoleRoot, 'assets/index-3f9a.js'), 'console.log(1);');

    nginx = await startNginx({
      prefix: join(workDir, 'running'),
      port: await freePort(),
      consoleRoot,
      oidcIssuer: ISSUER,
      // routing points at a port nothing listens on.
      upstreams: { intake: `127.0.0.1:${intakePort}`, routing: `127.0.0.1:${await freePort()}` },
    });
  });

  afterAll(async () => {
    await nginx?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  const get = (path: string, init?: RequestInit) => fetch(new URL(path, nginx.url), init);

  it('serves the console with the security headers, the page revalidated on every load', async () => {
    const response = await get('/');

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>12348</title>');
    expect(Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]))).toEqual(
      SECURITY_HEADERS,
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('server')).toBe('nginx');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('tells the console where people sign in, fresh on every load', async () => {
    const response = await get('/console-config.json');

    expect(await response.json()).toEqual({ issuer: ISSUER, clientId: 'console' });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it("answers the console's own routes with its page, and keeps hashed assets for a year", async () => {
    const route = await get('/tickets/T-1');
    const asset = await get('/assets/index-3f9a.js');
    const missingAsset = await get('/assets/gone.js');

    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>12348</title>');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get('x-frame-options')).toBe('DENY');
  });

  it('passes /api/intake/v1/... to the service as /api/v1/..., with its answer and the headers', async () => {
    const response = await get('/api/intake/v1/tickets?status=open', { headers: { 'X-Correlation-Id': 'corr-1' } });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401 });
    expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(seen.at(-1)).toMatchObject({
      url: '/api/v1/tickets?status=open',
      headers: { 'x-correlation-id': 'corr-1', 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http' },
    });
  });

  it('passes an event stream through as it is written', async () => {
    const controller = new AbortController();
    const response = await get('/api/intake/v1/events', {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    controller.abort();

    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(new TextDecoder().decode(value)).toBe('data: first\n\n');
    expect(seen.at(-1)?.url).toBe('/api/v1/events');
  });

  it.each([
    [
      'a service that is down',
      '/api/routing/v1/agencies',
      {},
      502,
      'GATEWAY.SERVICE_UNREACHABLE',
      /the routing service is not reachable/,
    ],
    ['an unknown service', '/api/billing/v1/x', {}, 404, 'GATEWAY.UNKNOWN_SERVICE', /no service answers here/],
    [
      'a body over 64 KiB',
      '/api/intake/v1/tickets',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: `"${'a'.repeat(70_000)}"` },
      413,
      'FST_ERR_CTP_BODY_TOO_LARGE',
      /limit is 65536 bytes/,
    ],
  ])('answers %s in the platform error shape, with the headers', async (_label, path, init, status, code, message) => {
    const response = await get(path, init);
    const body = (await response.json()) as { statusCode: number; message: string; errors: { code: string }[] };

    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body.statusCode).toBe(status);
    expect(body.message).toMatch(message);
    expect(body.errors).toEqual([expect.objectContaining({ field: null, code })]);
  });

  it('says so, in Chinese and English, while the console is not built', async () => {
    rmSync(join(consoleRoot, 'index.html'));
    try {
      const response = await get('/');
      const text = await response.text();

      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(text).toContain('控制台尚未构建');
      expect(text).toContain('The console has not been built yet');
    } finally {
      writeFileSync(join(consoleRoot, 'index.html'), '<!doctype html><title>12348</title>');
    }
  });
});
