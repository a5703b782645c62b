import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';
import {
  DEFAULT_PROVINCIAL_PLATFORMS,
  parseProvincialPlatforms,
  platformById,
  platformOfRegion,
  type ProvincialPlatforms,
} from './provincial-platforms.js';

describe('DEFAULT_PROVINCIAL_PLATFORMS', () => {
  // Against the division dataset the platform routes on: a forwarded case whose region has no
  // platform could never be answered or closed.
  let catalog: RegionCatalog;

  beforeAll(async () => {
    catalog = await loadRegionCatalog();
  });

  it('has a platform for every province of the region catalogue, named after it', () => {
    const provinces = catalog.provinces();
    expect(provinces).toHaveLength(31);
    for (const province of provinces) {
      expect(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, province.code)).toEqual({
        provinceNumber: province.code.slice(0, 2),
        id: expect.stringMatching(/^12348-[a-z]{2}$/),
        name: `${province.name}12348公共法律服务热线`,
      });
    }
  });

  it('gives every county of every province its province’s platform', () => {
    for (const province of catalog.provinces()) {
      for (const county of catalog.countiesOf(province.code)) {
        expect(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, county.code)?.provinceNumber).toBe(
          province.code.slice(0, 2),
        );
      }
    }
  });

  it('knows the demo platforms under the ids their staff’s tokens carry', () => {
    expect(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, '440605011')).toEqual({
      provinceNumber: '44',
      id: '12348-gd',
      name: '广东省12348公共法律服务热线',
    });
    expect(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, '520581')).toEqual({
      provinceNumber: '52',
      id: '12348-gz',
      name: '贵州省12348公共法律服务热线',
    });
  });

  it('gives each province its own id, so a partner’s choice names one platform', () => {
    expect(new Set(DEFAULT_PROVINCIAL_PLATFORMS.map((p) => p.id)).size).toBe(31);
  });
});

describe(platformById.name, () => {
  it.each([
    ['12348-gd', '44'],
    ['12348-xj', '65'],
    ['12348-he', '13'],
    ['12348-hb', '42'],
  ])('finds %s (province %s)', (id, provinceNumber) => {
    expect(platformById(DEFAULT_PROVINCIAL_PLATFORMS, id)?.provinceNumber).toBe(provinceNumber);
  });

  it.each(['12348-xx', '12348-GD', 'partner-hotline:110', ''])('knows no platform %j', (id) => {
    expect(platformById(DEFAULT_PROVINCIAL_PLATFORMS, id)).toBeUndefined();
  });
});

describe(platformOfRegion.name, () => {
  it.each(['990101', '710000', '810000'])('finds none for %s, which lies in no province of the table', (regionCode) => {
    expect(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, regionCode)).toBeUndefined();
  });
});

describe(parseProvincialPlatforms.name, () => {
  const platformsOf = (text: string): ProvincialPlatforms => {
    const parsed = parseProvincialPlatforms(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    return parsed.platforms;
  };
  const problemsOf = (text: string): string[] => {
    const parsed = parseProvincialPlatforms(text);
    return parsed.ok ? [] : parsed.problems;
  };

  it.each(['', '  ', '{}'])('takes %j as the defaults', (text) => {
    expect(platformsOf(text)).toEqual(DEFAULT_PROVINCIAL_PLATFORMS);
  });

  it('merges overrides over the defaults: the named provinces change, the others stay', () => {
    const platforms = platformsOf(
      '{"44":{"id":"gd-12348-platform","name":" 广东12348热线 "},"52":{"id":"12348-guizhou","name":"贵州12348"}}',
    );
    expect(platforms).toHaveLength(31);
    expect(platformOfRegion(platforms, '440605')).toEqual({
      provinceNumber: '44',
      id: 'gd-12348-platform',
      name: '广东12348热线',
    });
    expect(platformOfRegion(platforms, '520581')).toEqual({
      provinceNumber: '52',
      id: '12348-guizhou',
      name: '贵州12348',
    });
    expect(platformOfRegion(platforms, '110101')).toEqual(platformOfRegion(DEFAULT_PROVINCIAL_PLATFORMS, '110101'));
    expect(platformById(platforms, '12348-gd')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"44":', /^not JSON/],
    ['an array', '[{"id":"12348-gd"}]', /must be a JSON object by province number/],
    ['a number', '44', /must be a JSON object by province number/],
    [
      'an unknown province',
      '{"99":{"id":"12348-zz","name":"某省12348"}}',
      /"99" is not the 2-digit number of a province/,
    ],
    [
      'a city instead of a province',
      '{"4406":{"id":"12348-fs","name":"佛山12348"}}',
      /"4406" is not the 2-digit number of a province/,
    ],
    ['a platform that is not an object', '{"44":"12348-gd"}', /44: must be an object/],
    ['a missing id', '{"44":{"name":"广东省12348公共法律服务热线"}}', /44\.id: must be the organisation id/],
    [
      'an id with spaces',
      '{"44":{"id":"12348 gd","name":"广东省12348公共法律服务热线"}}',
      /44\.id: must be the organisation id/,
    ],
    ['a blank name', '{"44":{"id":"12348-gd","name":"  "}}', /44\.name: must be the platform's display name/],
    ['an unknown field', '{"44":{"id":"12348-gd","name":"广东","phone":"12348"}}', /44\.phone: unknown field/],
    [
      'an id of another province',
      '{"44":{"id":"12348-gz","name":"广东"}}',
      /"12348-gz" is the platform of both 44 and 52/,
    ],
  ])('refuses %s, naming the problem', (_case, text, problem) => {
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(problem));
  });

  it('names every problem at once', () => {
    expect(problemsOf('{"99":{},"44":{"id":"","name":""},"52":{"id":"12348-gz","name":"贵州","x":1}}').sort()).toEqual([
      expect.stringContaining('"99"'),
      expect.stringContaining('44.id'),
      expect.stringContaining('44.name'),
      expect.stringContaining('52.x'),
    ]);
  });
});
