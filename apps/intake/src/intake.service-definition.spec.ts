import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@legal-hotline/service-runtime';
import { provincialPlatformsOf } from './intake.module.js';
import { IntakeConfig } from './intake.service-definition.js';
import { DEFAULT_PROVINCIAL_PLATFORMS, platformOfRegion } from './tickets/domain/provincial-platforms.js';

// Every service needs a database and an identity provider to trust; neither is called here.
const BASE = {
  DATABASE_URL: 'postgresql://platform:platform@127.0.0.1:54329/intake',
  OIDC_ISSUER: 'http://127.0.0.1:18080/auth/realms/legal-hotline',
  CALLER_HASH_KEY: 'unit-test-caller-hash-key-0123456789abcdef',
};

describe(IntakeConfig.name, () => {
  it('answers partners’ forwards with the built-in provincial platforms by default', () => {
    expect(provincialPlatformsOf(loadConfig(IntakeConfig, BASE))).toEqual(DEFAULT_PROVINCIAL_PLATFORMS);
  });

  it('merges PROVINCIAL_PLATFORMS over the built-in table', () => {
    const config = loadConfig(IntakeConfig, {
      ...BASE,
      PROVINCIAL_PLATFORMS: '{"44":{"id":"gd-hotline","name":"广东12348"}}',
    });
    const platforms = provincialPlatformsOf(config);
    expect(platformOfRegion(platforms, '440605')).toEqual({
      provinceNumber: '44',
      id: 'gd-hotline',
      name: '广东12348',
    });
    expect(platformOfRegion(platforms, '520581')?.id).toBe('12348-gz');
  });

  it.each([
    ['{"44":', /PROVINCIAL_PLATFORMS: invalid value .*not JSON/],
    [
      '{"45x":{"id":"12348-gx","name":"广西"}}',
      /PROVINCIAL_PLATFORMS: .*"45x" is not the 2-digit number of a province/,
    ],
    ['{"44":{"id":"12348-gz","name":"广东"}}', /PROVINCIAL_PLATFORMS: .*"12348-gz" is the platform of both 44 and 52/],
  ])('refuses to start with PROVINCIAL_PLATFORMS %s, naming the problem', (value, message) => {
    expect(() => loadConfig(IntakeConfig, { ...BASE, PROVINCIAL_PLATFORMS: value })).toThrow(message);
  });

  it('draws a fifth of the desk resolutions for the follow-up call unless told otherwise', () => {
    expect(loadConfig(IntakeConfig, BASE).DESK_FOLLOW_UP_SAMPLE_SHARE).toBe(0.2);
    expect(loadConfig(IntakeConfig, { ...BASE, DESK_FOLLOW_UP_SAMPLE_SHARE: '0.05' }).DESK_FOLLOW_UP_SAMPLE_SHARE).toBe(0.05);
  });

  it.each(['1.5', '-0.1', 'a fifth'])('refuses to start with DESK_FOLLOW_UP_SAMPLE_SHARE %s', (value) => {
    expect(() => loadConfig(IntakeConfig, { ...BASE, DESK_FOLLOW_UP_SAMPLE_SHARE: value })).toThrow(/DESK_FOLLOW_UP_SAMPLE_SHARE must be a number from 0 to 1/);
  });
});
