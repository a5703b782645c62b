import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  asUser,
  DEMO_USERS,
  eventually,
  http,
  Platform,
  SERVICE_NAMES,
  signedPartnerHeaders,
  type DemoUser,
  type ServiceName,
} from '@legal-hotline/testing';
import { concretePath, errorsOf, operationsOf, PUBLIC_ROUTES, type Operation } from './openapi.js';

/**
 * Access rules across the five services, driven from their own OpenAPI documents so that a new
 * route cannot slip through: every protected operation refuses an anonymous caller (401) and a
 * caller without one of its roles (403), and every unprotected one is on the public list.
 */
describe('access to every operation (five services, real Keycloak)', () => {
  let platform: Platform;
  const operations = new Map<ServiceName, Operation[]>();

  beforeAll(async () => {
    platform = await Platform.start();
    for (const service of SERVICE_NAMES) operations.set(service, await operationsOf(platform.url(service)));
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
  });

  function all(): [ServiceName, Operation][] {
    return [...operations].flatMap(([service, ops]) => ops.map((op): [ServiceName, Operation] => [service, op]));
  }

  async function call(service: ServiceName, op: Operation, headers: Record<string, string> = {}) {
    return http(
      op.method,
      `${platform.url(service)}${concretePath(op.template)}`,
      op.hasBody ? {} : undefined,
      headers,
    );
  }

  it('documents enough operations to be a meaningful sweep', () => {
    expect(all().filter(([, op]) => op.protected).length).toBeGreaterThan(30);
  });

  it('leaves only the documented public routes without a bearer token', () => {
    const unprotected = all()
      .filter(([, op]) => !op.protected)
      .map(([service, op]) => `${service} ${op.method} ${op.template}`)
      .filter((line) => !PUBLIC_ROUTES.some((pattern) => pattern.test(line.split(' ')[2] ?? '')));
    expect(unprotected).toEqual([]);
  });

  it('refuses an unsigned request with 401 PARTNER_AUTH on every partner route, each documented as signed', async () => {
    const unsignedPartnerRoutes = all()
      .filter(
        ([, op]) =>
          !op.protected && !op.partnerSigned && /^\/api\/(v1\/partner\/|open311\/v2\/requests)/.test(op.template),
      )
      .map(([service, op]) => `${service} ${op.method} ${op.template}`);
    expect(unsignedPartnerRoutes).toEqual([]);
    const signed = all().filter(([, op]) => op.partnerSigned);
    expect(signed.length).toBeGreaterThan(8);
    const failures: string[] = [];
    for (const [service, op] of signed) {
      const response = await call(service, op);
      if (response.status !== 401 || !errorsOf(response.body)[0]?.code.startsWith('PARTNER_AUTH.')) {
        failures.push(`${service} ${op.method} ${op.template}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('names the roles of every protected operation', () => {
    const undeclared = all()
      .filter(([, op]) => op.protected && op.requiredRoles.length === 0)
      .map(([service, op]) => `${service} ${op.method} ${op.template}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 with the platform error shape to an anonymous caller on every protected operation', async () => {
    const failures: string[] = [];
    for (const [service, op] of all().filter(([, o]) => o.protected)) {
      const response = await call(service, op);
      if (
        response.status !== 401 ||
        !String(response.body?.errors?.[0]?.code).startsWith('AUTH.') ||
        !response.headers.get('www-authenticate')
      ) {
        failures.push(`${service} ${op.method} ${op.template}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to a forged or tampered token', async () => {
    const [service, op] = all().find(([, o]) => o.protected && o.method === 'GET')!;
    const real = (await asUser('supervisor.gd')).authorization!;
    const [header, payload, signature] = real.slice('Bearer '.length).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const elevated = Buffer.from(
      JSON.stringify({ ...claims, realm_access: { roles: ['directory-admin', 'exchange-admin', 'supervisor'] } }),
    ).toString('base64url');
    for (const token of [`${header}.${elevated}.${signature}`, 'not-a-token', `${header}.${payload}.`]) {
      const response = await call(service, op, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
    }
  });

  it('answers 403 AUTH.ROLE_MISSING to a signed-in person without one of the roles, on every protected operation', async () => {
    const users = Object.keys(DEMO_USERS) as DemoUser[];
    const failures: string[] = [];
    let checked = 0;
    for (const [service, op] of all().filter(([, o]) => o.protected)) {
      const outsider = users.find(
        (user) => !(DEMO_USERS[user].roles as readonly string[]).some((role) => op.requiredRoles.includes(role)),
      );
      if (!outsider) continue;
      checked++;
      const response = await call(service, op, await asUser(outsider));
      if (response.status !== 403 || response.body?.errors?.[0]?.code !== 'AUTH.ROLE_MISSING') {
        failures.push(
          `${service} ${op.method} ${op.template} as ${outsider}: ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('refuses form posts and other non-JSON writes with 415 on every service (no cross-site form can act)', async () => {
    for (const service of SERVICE_NAMES) {
      // Open311 posts forms by its specification; every other write takes JSON only.
      const write = operations
        .get(service)!
        .find((op) => op.method !== 'GET' && !op.bodyTypes.includes('application/x-www-form-urlencoded'));
      if (!write) continue;
      const url = `${platform.url(service)}${concretePath(write.template)}`;
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const response = await fetch(url, {
          method: write.method,
          headers: { 'content-type': type, ...(await asUser('supervisor.gd')) },
          body: 'a=b',
        });
        expect({ service, type, status: response.status }).toEqual({ service, type, status: 415 });
      }
    }
  });

  describe('the hijack of an unprotected platform, tried again', () => {
    const NANHAI_LEGAL_AID = 'legal-aid-centre:440605';
    const request = {
      channel: 'hotline',
      caller: { name: '陈大明', phone: '13812345678', idNumber: '440605199001011236', language: 'yue' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    };
    const intake = (path: string) => `${platform.url('intake')}${path}`;
    let ticketId: string;
    let assignmentId: string;

    beforeAll(async () => {
      const opened = await http('POST', intake('/api/v1/tickets'), request, {
        ...(await asUser('agent.gd')),
        'idempotency-key': 'hijack-1',
      });
      expect(opened.status).toBe(201);
      ticketId = opened.body.id as string;
      assignmentId = await eventually(async () => {
        const inbox = await http(
          'GET',
          `${platform.url('legal-aid')}/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`,
          undefined,
          await asUser('staff.nanhai'),
        );
        const item = (inbox.body.items as any[]).find((a) => a.ticketId === ticketId);
        expect(item).toBeDefined();
        return item.assignmentId as string;
      }, 60_000);
    });

    it('fails at its first step: nobody without a token accepts an assignment', async () => {
      const accepted = await http('POST', `${platform.url('legal-aid')}/api/v1/assignments/${assignmentId}/accept`, {
        note: '冒名受理',
      });
      expect(accepted.status).toBe(401);
    });

    it('another centre cannot see or decide the assignment, and naming an actor in the body is refused', async () => {
      const dushan = await asUser('staff.dushan');
      expect(
        (await http('GET', `${platform.url('legal-aid')}/api/v1/assignments/${assignmentId}`, undefined, dushan))
          .status,
      ).toBe(403);
      expect(
        (await http('POST', `${platform.url('legal-aid')}/api/v1/assignments/${assignmentId}/accept`, {}, dushan))
          .status,
      ).toBe(403);
      expect(
        (
          await http(
            'GET',
            `${platform.url('legal-aid')}/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`,
            undefined,
            dushan,
          )
        ).status,
      ).toBe(403);
      const posing = await http(
        'POST',
        `${platform.url('legal-aid')}/api/v1/assignments/${assignmentId}/accept`,
        { decidedBy: '南海区法律援助中心' },
        await asUser('staff.nanhai'),
      );
      expect(posing.status).toBe(400);
    });

    it("another organisation's agent and lead cannot pose as the owner: answer, follow-up and close are refused", async () => {
      for (const [user, path, body] of [
        ['agent.gz', 'answer', { answer: '已处理' }],
        ['agent.gz', 'follow-up', { result: 'resolved', satisfaction: 'satisfied', note: null }],
        ['lead.gz', 'close', {}],
      ] as const) {
        const response = await http('POST', intake(`/api/v1/tickets/${ticketId}/${path}`), body, await asUser(user));
        expect({ user, path, status: response.status }).toEqual({ user, path, status: 403 });
      }
      const ticket = (await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('agent.gd')))
        .body;
      expect(ticket.status).not.toBe('closed');
      expect((ticket.timeline as any[]).map((entry) => entry.actorOrganisationId).filter(Boolean)).not.toContain(
        '12348-gz',
      );
    });

    it('shows the caller in full only to those who serve them, and records each such read', async () => {
      const read = (user: DemoUser) =>
        asUser(user).then((headers) =>
          http('GET', intake(`/api/v1/tickets/${ticketId}/caller?purpose=call-back`), undefined, headers),
        );
      expect((await read('staff.nanhai')).status).toBe(403); // asked, not yet accepted
      expect(
        (
          await http(
            'POST',
            `${platform.url('legal-aid')}/api/v1/assignments/${assignmentId}/accept`,
            {},
            await asUser('staff.nanhai'),
          )
        ).status,
      ).toBe(200);
      const byCentre = await eventually(async () => {
        const response = await read('staff.nanhai');
        expect(response.status).toBe(200);
        return response.body;
      }, 60_000);
      expect(byCentre).toMatchObject({ name: '陈大明', phone: '13812345678' });
      expect((await read('agent.gd')).status).toBe(200);
      expect((await read('agent.gz')).status).toBe(403);

      const trail = await http(
        'GET',
        intake(`/api/v1/pii-access-trail?ticketId=${ticketId}`),
        undefined,
        await asUser('supervisor.foshan'),
      );
      expect(trail.status).toBe(200);
      expect((trail.body.items as any[]).map((item) => item.accessedBy.organisationId).sort()).toEqual([
        '12348-gd',
        NANHAI_LEGAL_AID,
      ]);
      const masked = (
        await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('supervisor.foshan'))
      ).body;
      expect(JSON.stringify(masked)).not.toContain('13812345678');
    });

    it('keeps the duplicate hint from another organisation, and opens one ticket for a retried request', async () => {
      const retried = await http('POST', intake('/api/v1/tickets'), request, {
        ...(await asUser('agent.gd')),
        'idempotency-key': 'hijack-1',
      });
      expect(retried.status).toBe(201);
      expect(retried.body.id).toBe(ticketId);
      const elsewhere = await http('POST', intake('/api/v1/tickets'), request, await asUser('agent.gz'));
      expect(elsewhere.status).toBe(201);
      expect(elsewhere.body.possibleDuplicates).toEqual([]);
      const sameOrganisation = await http('POST', intake('/api/v1/tickets'), request, await asUser('lead.gd'));
      expect((sameOrganisation.body.possibleDuplicates as any[]).map((d) => d.id)).toContain(ticketId);
    });

    it('refuses a replayed signed partner request', async () => {
      const body = JSON.stringify({ partnerReference: `110-${randomUUID().slice(0, 8)}` });
      const headers = { ...signedPartnerHeaders(platform.partnerKeys['110']!, body), 'idempotency-key': randomUUID() };
      const first = await http('POST', `${platform.url('hotline-exchange')}/api/v1/partner/tickets`, body, headers);
      expect(first.status).toBe(400); // signed and authentic, but an incomplete case
      const replayed = await http('POST', `${platform.url('hotline-exchange')}/api/v1/partner/tickets`, body, headers);
      expect(replayed.status).toBe(409);
      expect(replayed.body.errors[0].code).toBe('PARTNER_AUTH.REPLAYED');
    });
  });
});
