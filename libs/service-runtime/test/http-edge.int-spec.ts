import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, Module, Post, Query, type DynamicModule } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { IsString } from 'class-validator';
import { CurrentPrincipal, PublicRoute, RequireRoles, type Principal } from '@legal-hotline/auth';
import {
  asUser,
  createTestDatabase,
  eventually,
  http,
  testInfrastructure,
  type TestDatabase,
} from '@legal-hotline/testing';
import {
  ServiceConfig,
  ServiceRuntimeModule,
  startService,
  type RunningService,
  type ServiceDefinition,
} from '../src/index.js';

class NoteDto {
  @IsString()
  text!: string;
}

/** One route per kind of access the platform knows, and one that forgets to declare any. */
@Controller('api/v1/probes')
class ProbeController {
  @Get('public')
  @PublicRoute('the edge test reaches it without credentials')
  publicProbe(): { ok: true } {
    return { ok: true };
  }

  @Get('supervision')
  @RequireRoles('supervisor')
  supervision(@CurrentPrincipal() principal: Principal): object {
    return {
      subject: principal.subject,
      organisation: principal.organisation,
      area: principal.area,
      roles: [...principal.roles],
    };
  }

  @Post('notes')
  @RequireRoles('hotline-agent', 'supervisor')
  addNote(@Body() note: NoteDto): NoteDto {
    return note;
  }

  @Get('search')
  @RequireRoles('hotline-agent')
  search(@Query('phone') phone?: string): { found: number } {
    return { found: phone ? 1 : 0 };
  }

  @Get('tight')
  @PublicRoute('the edge test checks a per-route limit')
  @RouteConfig({ rateLimit: { max: 1, timeWindow: 60_000 } })
  tight(): { ok: true } {
    return { ok: true };
  }

  @Get('undeclared')
  undeclared(): { leaked: true } {
    return { leaked: true };
  }
}

class ProbeConfig extends ServiceConfig {
  override PORT = 0;
}

@Module({})
class ProbeModule {
  static register(config: ProbeConfig): DynamicModule {
    return {
      module: ProbeModule,
      imports: [ServiceRuntimeModule.forService({ service: 'legal-aid', config, entities: [], migrations: [] })],
      controllers: [ProbeController],
    };
  }
}

const probeService: ServiceDefinition<ProbeConfig> = {
  name: 'legal-aid',
  title: 'Edge probe',
  description: 'A throwaway service with the shared runtime and one controller',
  configClass: ProbeConfig,
  module: (config) => ProbeModule.register(config),
};

interface ProbeInstance {
  running: RunningService<ProbeConfig>;
  database: TestDatabase;
}

async function startProbe(env: Record<string, string> = {}): Promise<ProbeInstance> {
  const database = await createTestDatabase('edge_probe');
  const running = await startService(probeService, {
    ...process.env,
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testInfrastructure().kafkaBrokers,
    OIDC_ISSUER: testInfrastructure().oidc.issuer,
    KAFKA_NAMESPACE: process.env.KAFKA_NAMESPACE ?? '',
    // Request logs are written at this level.
    LOG_LEVEL: 'log',
    ...env,
  });
  return { running, database };
}

async function stopProbe(instance: ProbeInstance | undefined): Promise<void> {
  if (!instance) return;
  await instance.running.app.close();
  await instance.database.drop();
}

/** Everything the services write to stdout while the tests run (their JSON logs), kept off the console. */
const stdoutLines: string[] = [];
const writeToStdout = process.stdout.write.bind(process.stdout);

function captureStdout(): void {
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    stdoutLines.push(...text.split('\n').filter(Boolean));
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  };
}

function requestLogs(): Record<string, any>[] {
  return stdoutLines.flatMap((line) => {
    try {
      const entry = JSON.parse(line) as Record<string, any>;
      return entry.msg === 'request completed' ? [entry] : [];
    } catch {
      return [];
    }
  });
}

function expectPlatformError(body: any, status: number, code: string, field: string | null = null): void {
  expect(body).toEqual({
    statusCode: status,
    error: expect.any(String),
    message: expect.any(String),
    errors: [{ field, code, description: expect.any(String) }],
  });
}

describe('the HTTP edge every service shares', () => {
  let probe: ProbeInstance;
  let url: string;

  beforeAll(async () => {
    captureStdout();
    probe = await startProbe();
    url = `${probe.running.url}/api/v1/probes`;
  });

  afterAll(async () => {
    await stopProbe(probe);
    process.stdout.write = writeToStdout;
  });

  describe('JSON only', () => {
    it.each([
      ['a form post', 'application/x-www-form-urlencoded', 'text=hello'],
      [
        'a multipart form post',
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello\r\n--x--\r\n',
      ],
      ['text/plain', 'text/plain', '{"text":"hello"}'],
      ['a JSON look-alike type', 'application/jsonp', '{"text":"hello"}'],
    ])('answers 415 to %s, with the platform error shape', async (_, contentType, body) => {
      const response = await http('POST', `${url}/notes`, body, {
        ...(await asUser('agent.gd')),
        'content-type': contentType,
      });

      expect(response.status).toBe(415);
      expectPlatformError(response.body, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'content-type');
    });

    it('answers 415 to an anonymous form post before anything else: a form on another site cannot reach a handler', async () => {
      const response = await http('POST', `${url}/notes`, 'text=hello', {
        'content-type': 'application/x-www-form-urlencoded',
      });

      expect(response.status).toBe(415);
    });

    it('answers 415 to a body sent without any content type', async () => {
      const response = await fetch(`${url}/notes`, {
        method: 'POST',
        body: new TextEncoder().encode('{"text":"hello"}'),
        headers: await asUser('agent.gd'),
      });

      expect(response.status).toBe(415);
    });

    it('takes JSON, with a charset parameter and in any letter case', async () => {
      const headers = await asUser('agent.gd');

      const plain = await http('POST', `${url}/notes`, { text: '你好' }, headers);
      const withCharset = await http('POST', `${url}/notes`, '{"text":"你好"}', {
        ...headers,
        'content-type': 'Application/JSON; charset=utf-8',
      });

      expect([plain.status, plain.body]).toEqual([201, { text: '你好' }]);
      expect([withCharset.status, withCharset.body]).toEqual([201, { text: '你好' }]);
    });
  });

  describe('strict JSON over HTTP', () => {
    it.each([
      ['U+0000 in a value', '{"text":"a\\u0000b"}', 'REQUEST.NUL_CHARACTER', 'text'],
      ['a lone surrogate', '{"text":"\\ud800"}', 'REQUEST.LONE_SURROGATE', 'text'],
      ['a prototype-polluting key', '{"text":"a","__proto__":{"admin":true}}', 'REQUEST.FORBIDDEN_KEY', '__proto__'],
      ['33 levels of nesting', `{"text":${'['.repeat(32)}${']'.repeat(32)}}`, 'REQUEST.TOO_DEEP', null],
      ['malformed JSON', '{"text":', 'REQUEST.MALFORMED_JSON', null],
    ])('answers 400 naming the field for %s', async (_, body, code, field) => {
      const response = await http('POST', `${url}/notes`, body, {
        ...(await asUser('agent.gd')),
        'content-type': 'application/json',
      });

      expect(response.status).toBe(400);
      expectPlatformError(response.body, 400, code, field);
    });

    it('answers 400 to an empty JSON body and 413 to one above the body limit, with the platform error shape', async () => {
      const headers = { ...(await asUser('agent.gd')), 'content-type': 'application/json' };

      const empty = await http('POST', `${url}/notes`, '', headers);
      const huge = await http('POST', `${url}/notes`, JSON.stringify({ text: 'x'.repeat(70 * 1024) }), headers);

      expect(empty.status).toBe(400);
      expectPlatformError(empty.body, 400, 'REQUEST.MALFORMED_JSON');
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({ statusCode: 413, errors: [{ field: null }] });
    });

    it('answers 400 to invalid UTF-8', async () => {
      const body = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
      const response = await fetch(`${url}/notes`, {
        method: 'POST',
        body,
        headers: { ...(await asUser('agent.gd')), 'content-type': 'application/json' },
      });

      expect(response.status).toBe(400);
      expectPlatformError(await response.json(), 400, 'REQUEST.INVALID_UTF8');
    });

    it('checks query strings like bodies, naming the parameter', async () => {
      const response = await http('GET', `${url}/search?phone=138%00`, undefined, await asUser('agent.gd'));

      expect(response.status).toBe(400);
      expectPlatformError(response.body, 400, 'REQUEST.NUL_CHARACTER', 'query.phone');
    });
  });

  describe('access', () => {
    it('answers 401 AUTH.TOKEN_MISSING with WWW-Authenticate to a request without a token', async () => {
      const response = await http('GET', `${url}/supervision`);

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="legal-hotline"');
      expectPlatformError(response.body, 401, 'AUTH.TOKEN_MISSING');
    });

    it('answers 401 AUTH.TOKEN_MISSING to other schemes than Bearer', async () => {
      const response = await http('GET', `${url}/supervision`, undefined, {
        authorization: `Basic ${Buffer.from('supervisor.gd:x').toString('base64')}`,
      });

      expect(response.status).toBe(401);
      expectPlatformError(response.body, 401, 'AUTH.TOKEN_MISSING');
    });

    it('answers 401 AUTH.TOKEN_INVALID, with error="invalid_token", to a bad token', async () => {
      const token = (await asUser('supervisor.gd')).authorization!;
      const response = await http('GET', `${url}/supervision`, undefined, {
        authorization: `${token.slice(0, -4)}AAAA`,
      });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="legal-hotline", error="invalid_token"');
      expectPlatformError(response.body, 401, 'AUTH.TOKEN_INVALID');
    });

    it("answers 403 AUTH.ROLE_MISSING to an agent's token on a supervisor's route", async () => {
      const response = await http('GET', `${url}/supervision`, undefined, await asUser('agent.gd'));

      expect(response.status).toBe(403);
      expectPlatformError(response.body, 403, 'AUTH.ROLE_MISSING');
    });

    it("answers 200 to a supervisor's token, with the principal from the token", async () => {
      const response = await http('GET', `${url}/supervision`, undefined, await asUser('supervisor.gd'));

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        organisation: { id: 'justice-gd', name: '广东省司法厅' },
        area: '440000',
        roles: ['supervisor'],
      });
    });

    it('keeps a route that declares no access closed: 403 AUTH.ROUTE_UNDECLARED even with a valid token, 401 without', async () => {
      const withToken = await http('GET', `${url}/undeclared`, undefined, await asUser('supervisor.gd'));
      const anonymous = await http('GET', `${url}/undeclared`);

      expect(withToken.status).toBe(403);
      expectPlatformError(withToken.body, 403, 'AUTH.ROUTE_UNDECLARED');
      expect(anonymous.status).toBe(401);
    });

    it('opens a PublicRoute and the health checks to anonymous callers', async () => {
      const publicProbe = await http('GET', `${url}/public`);
      const health = await http('GET', `${probe.running.url}/health/live`);

      expect([publicProbe.status, publicProbe.body]).toEqual([200, { ok: true }]);
      expect(health.status).toBe(200);
    });
  });

  describe('rate limits', () => {
    it("applies a route's tighter limit: 429 RATE_LIMITED with Retry-After", async () => {
      const first = await http('GET', `${url}/tight`);
      const second = await http('GET', `${url}/tight`);

      expect(first.status).toBe(200);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      expectPlatformError(second.body, 429, 'RATE_LIMITED');
    });
  });

  describe('request logs', () => {
    it('name the route pattern and never the query string', async () => {
      const secret = '13800138000';
      const name = encodeURIComponent('陈静');
      const agent = await asUser('agent.gd');
      const before = requestLogs().length;

      await http('GET', `${url}/search?phone=${secret}&name=${name}`, undefined, agent);
      await http('GET', `${url}/search?phone=${secret}%00`, undefined, agent);
      await http('GET', `${url}/supervision?phone=${secret}`);
      await http('GET', `${probe.running.url}/api/v1/unknown/${secret}?phone=${secret}`);
      await http('POST', `${url}/notes?phone=${secret}`, 'text=1', {
        'content-type': 'application/x-www-form-urlencoded',
      });

      const logs = await eventually(() => {
        const written = requestLogs().slice(before);
        if (written.length < 5) throw new Error(`${written.length} request logs so far`);
        return written;
      }, 10_000);
      expect(logs.map((entry) => [entry.route, entry.statusCode])).toEqual([
        ['/api/v1/probes/search', 200],
        ['/api/v1/probes/search', 400],
        ['/api/v1/probes/supervision', 401],
        ['unmatched', 404],
        ['/api/v1/probes/notes', 415],
      ]);
      for (const line of stdoutLines) {
        expect(line).not.toContain(secret);
        expect(line).not.toContain(name);
        expect(line).not.toContain('陈静');
      }
    });
  });
});

describe('the global rate limit (RATE_LIMIT_MAX=3)', () => {
  let throttled: ProbeInstance;
  let url: string;

  beforeAll(async () => {
    captureStdout();
    throttled = await startProbe({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' });
    url = `${throttled.running.url}/api/v1/probes`;
  });

  afterAll(async () => {
    await stopProbe(throttled);
    process.stdout.write = writeToStdout;
  });

  it('answers the 4th request of a client within the window with 429 RATE_LIMITED and Retry-After', async () => {
    const agent = await asUser('agent.gd');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await http('GET', `${url}/search`, undefined, agent)).status);
    const fourth = await http('GET', `${url}/search`, undefined, agent);

    expect(statuses).toEqual([200, 200, 200]);
    expect(fourth.status).toBe(429);
    const retryAfter = Number(fourth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expectPlatformError(fourth.body, 429, 'RATE_LIMITED');
  });

  it('counts each client on its own: another person, and anonymous callers by address', async () => {
    const supervisor = await http('GET', `${url}/supervision`, undefined, await asUser('supervisor.gd'));
    const anonymous = await http('GET', `${url}/public`);

    expect(supervisor.status).toBe(200);
    expect(anonymous.status).toBe(200);
  });

  it('counts anonymous callers behind the local proxy by their forwarded address, not the proxy’s', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const others: number[] = [];
    for (let i = 0; i < 4; i++) others.push((await http('GET', `${url}/public`, undefined, from(`203.0.113.${10 + i}`))).status);
    const same: number[] = [];
    for (let i = 0; i < 4; i++) same.push((await http('GET', `${url}/public`, undefined, from('198.51.100.7'))).status);

    expect(others).toEqual([200, 200, 200, 200]);
    expect(same).toEqual([200, 200, 200, 429]);
  });

  it('counts forged tokens by address, so a fresh made-up subject per request gains nothing', async () => {
    const forged = (subject: string) => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return { authorization: `Bearer ${part({ alg: 'RS256', kid: 'x' })}.${part({ sub: subject })}.c2ln` };
    };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await http('GET', `${url}/search`, undefined, forged(`made-up-${i}`))).status);

    // The address already spent part of its allowance above; either way it runs out within four.
    expect(statuses[0]).toBe(401);
    expect(statuses[3]).toBe(429);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });
});
