import { describe, expect, it } from '@jest/globals';
import { REJECTION_REASONS, type RejectionReason } from '@legal-hotline/contracts';
import { misrouteOf } from './misroute.js';

const AT = new Date('2026-11-23T03:00:00.000Z');
const rejection = (reason: RejectionReason, routedOnRegionCode = '440605011') => ({
  reason,
  note: '纠纷发生在顺德区',
  agencyId: 'legal-aid-centre:440605',
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  legalCategory: 'labour-remuneration' as const,
  routedOnRegionCode,
  rejectedAt: AT,
});

describe(misrouteOf.name, () => {
  it.each(REJECTION_REASONS.map((reason) => [reason, reason === 'not-our-jurisdiction' || reason === 'not-our-category']))(
    'counts %s as a misroute: %s',
    (reason, counted) => {
      expect(misrouteOf(rejection(reason as RejectionReason)) !== null).toBe(counted);
    },
  );

  it.each([
    ['a township', '440605011', '440605'],
    ['a village', '440605011001', '440605'],
    ['a county', '522726', '522726'],
  ])('counts a rejection routed on %s under its county-level region', (_case, code, county) => {
    expect(misrouteOf(rejection('not-our-jurisdiction', code))).toEqual({
      legalCategory: 'labour-remuneration',
      regionCode: county,
      agencyId: 'legal-aid-centre:440605',
      reason: 'not-our-jurisdiction',
      note: '纠纷发生在顺德区',
      ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      seenAt: AT,
    });
  });
});
