import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { DEMO_USERS, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import type { RegionDetailView, RegionListView } from '../src/regions/region.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import { as, dropDatabase } from './routing-test-kit.js';

// Beijing besides Guangdong and Guizhou: its 市辖区 is a statistical grouping, whose districts
// the province governs directly.
const ENV = { ROUTING_PROVINCES: '11,44,52' };

// One demo user of each of the six roles.
const ONE_OF_EACH_ROLE: DemoUser[] = [
  'agent.gd',
  'lead.gd',
  'staff.nanhai',
  'supervisor.foshan',
  'directory.admin',
  'exchange.admin',
];

describe('routing: the region catalog for cascading pickers', () => {
  let svc: TestService<RoutingConfig>;

  beforeAll(async () => {
    svc = await startTestService(routingService, { env: ENV });
  });

  afterAll(async () => {
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  const list = (path: string, user: DemoUser = 'agent.gd') =>
    as<RegionListView & ErrorBody>(user, 'GET', `${svc.url}/api/v1/regions${path}`);
  const detail = (code: string) =>
    as<RegionDetailView & ErrorBody>('agent.gd', 'GET', `${svc.url}/api/v1/regions/${code}`);
  const codesOf = (answer: { body: RegionListView }) => answer.body.items.map((item) => item.code);

  it.each(ONE_OF_EACH_ROLE.map((user) => [DEMO_USERS[user].roles[0], user] as const))(
    'lists the loaded provinces to the role %s (%s), for an hour in the browser',
    async (_role, user) => {
      const answer = await list('', user);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, max-age=3600');
      expect(answer.body).toEqual({
        items: [
          { code: '110000', name: '北京市', level: 'province', hasChildren: true },
          { code: '440000', name: '广东省', level: 'province', hasChildren: true },
          { code: '520000', name: '贵州省', level: 'province', hasChildren: true },
        ],
      });
    },
  );

  it('answers 401 to an anonymous caller', async () => {
    for (const path of ['', '/440000/children', '/440605']) {
      const answer = await as<ErrorBody>(null, 'GET', `${svc.url}/api/v1/regions${path}`);
      expect(answer.status).toBe(401);
      expect(answer.body.errors[0]?.code).toBe('AUTH.TOKEN_MISSING');
    }
  });

  describe('one level down', () => {
    it("puts Guangdong's cities and its two cities without counties under the province, by code", async () => {
      const answer = await list('/440000/children', 'staff.nanhai');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, max-age=3600');
      const codes = codesOf(answer);
      expect(codes).toHaveLength(21);
      expect(codes).toEqual([...codes].sort());
      expect(answer.body.items).toContainEqual({ code: '440600', name: '佛山市', level: 'city', hasChildren: true });
      expect(answer.body.items).toContainEqual({ code: '441900', name: '东莞市', level: 'county', hasChildren: true });
      expect(answer.body.items).toContainEqual({ code: '442000', name: '中山市', level: 'county', hasChildren: true });
    });

    it("lists Foshan's districts, Nanhai's townships and 桂城街道's villages", async () => {
      expect((await list('/440600/children')).body.items.map((item) => item.name)).toEqual([
        '禅城区',
        '南海区',
        '顺德区',
        '三水区',
        '高明区',
      ]);

      const townships = await list('/440605/children');
      expect(townships.body.items).toContainEqual({
        code: '440605011',
        name: '桂城街道',
        level: 'township',
        hasChildren: true,
      });
      expect(codesOf(townships).every((code) => code.startsWith('440605') && code.length === 9)).toBe(true);

      const villages = await list('/440605011/children');
      expect(villages.status).toBe(200);
      expect(villages.body.items[0]).toEqual({
        code: '440605011001',
        name: expect.any(String),
        level: 'village',
        hasChildren: false,
      });
      expect(codesOf(villages)).toEqual([...codesOf(villages)].sort());
      expect(codesOf(villages).every((code) => code.startsWith('440605011'))).toBe(true);

      expect((await list('/440605011001/children')).body).toEqual({ items: [] });
    });

    it('lists the townships of Dongguan directly under the city', async () => {
      const answer = await list('/441900/children');
      expect(answer.body.items).toHaveLength(36);
      expect(answer.body.items).toContainEqual({
        code: '441900003',
        name: '东城街道',
        level: 'township',
        hasChildren: true,
      });
    });

    it("puts Beijing's districts under the municipality, and nothing under its statistical 市辖区", async () => {
      const districts = await list('/110000/children');
      expect(districts.body.items[0]).toEqual({ code: '110101', name: '东城区', level: 'county', hasChildren: true });
      expect(districts.body.items.every((item) => item.level === 'county')).toBe(true);
      expect(codesOf(districts)).not.toContain('110100');
      expect((await list('/110100/children')).body).toEqual({ items: [] });
    });
  });

  describe('a division with its ancestors', () => {
    it('walks 桂城街道 up to Guangdong, province first', async () => {
      const answer = await detail('440605011');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, max-age=3600');
      expect(answer.body).toEqual({
        code: '440605011',
        name: '桂城街道',
        level: 'township',
        hasChildren: true,
        parentCode: '440605',
        path: [
          { code: '440000', name: '广东省', level: 'province' },
          { code: '440600', name: '佛山市', level: 'city' },
          { code: '440605', name: '南海区', level: 'county' },
        ],
        retiredInto: null,
      });
    });

    it('walks a village, a Dongguan township and a province', async () => {
      const village = await detail('440605011001');
      expect(village.body).toMatchObject({ level: 'village', hasChildren: false, parentCode: '440605011' });
      expect(village.body.path.map((step) => step.code)).toEqual(['440000', '440600', '440605', '440605011']);

      expect((await detail('441900003')).body).toMatchObject({
        name: '东城街道',
        parentCode: '441900',
        path: [
          { code: '440000', name: '广东省', level: 'province' },
          { code: '441900', name: '东莞市', level: 'county' },
        ],
      });
      expect((await detail('520000')).body).toEqual({
        code: '520000',
        name: '贵州省',
        level: 'province',
        hasChildren: true,
        parentCode: null,
        path: [],
        retiredInto: null,
      });
    });

    it('knows the statistical 市辖区 of Beijing without making it an ancestor', async () => {
      expect((await detail('110100')).body).toMatchObject({
        name: '市辖区',
        level: 'city',
        hasChildren: false,
        parentCode: '110000',
      });
      expect((await detail('110101')).body).toMatchObject({
        parentCode: '110000',
        path: [{ code: '110000', name: '北京市', level: 'province' }],
      });
    });

    it('answers a retired code with the division now covering its area, and refuses to descend it', async () => {
      expect((await detail('441283')).body).toEqual({
        code: '441283',
        name: '高要市',
        level: 'county',
        hasChildren: false,
        parentCode: '441200',
        path: [
          { code: '440000', name: '广东省', level: 'province' },
          { code: '441200', name: '肇庆市', level: 'city' },
        ],
        retiredInto: { code: '441204', name: '高要区', level: 'county' },
      });
      const children = await list('/441283/children');
      expect(children.status).toBe(404);
      expect(children.body.errors).toEqual([
        expect.objectContaining({
          field: 'code',
          code: 'REGION.RETIRED',
          description: expect.stringContaining('441204'),
        }),
      ]);
    });
  });

  it.each([
    ['an unknown county', '/440699', 404, 'REGION.NOT_FOUND'],
    ['an unknown township, descended', '/440605999/children', 404, 'REGION.NOT_FOUND'],
    ['an unknown village', '/440605011999', 404, 'REGION.NOT_FOUND'],
    ['a province the catalog does not hold', '/370000/children', 404, 'REGION.NOT_FOUND'],
    ['a code of 4 digits', '/4406', 400, 'matches'],
    ['a code of 7 digits', '/4406051/children', 400, 'matches'],
    ['letters', '/44060a', 400, 'matches'],
  ])('answers %s (%s) with %d naming the code', async (_case, path, status, code) => {
    const answer = await list(path);
    expect(answer.status).toBe(status);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'code', code })]);
  });
});
