import { describe, expect, it } from 'vitest';
import { clockActionOf, misrouteCellsOf, sortAlerts, ticketNumberIn, type MisrouteReport } from './supervision';

describe('supervision alerts', () => {
  it('come critical first, then the newest', () => {
    const sut = sortAlerts([
      { id: 'old-warning', severity: 'warning' as const, raisedAt: '2026-12-01T01:00:00Z' },
      { id: 'old-critical', severity: 'critical' as const, raisedAt: '2026-11-30T01:00:00Z' },
      { id: 'new-warning', severity: 'warning' as const, raisedAt: '2026-12-02T01:00:00Z' },
      { id: 'new-critical', severity: 'critical' as const, raisedAt: '2026-12-01T02:00:00Z' },
    ]);
    expect(sut.map((alert) => alert.id)).toEqual(['new-critical', 'old-critical', 'new-warning', 'old-warning']);
  });

  it('show the ticket number their message names', () => {
    expect(ticketNumberIn('Ticket 12348-20261123-000042 went back to its first-contact owner after 2 hand-offs')).toBe('12348-20261123-000042');
    expect(ticketNumberIn('Ticket 5b7c0c4e-0000-4000-8000-000000000000 went back')).toBeNull();
  });
});

function aReport(overrides: Partial<MisrouteReport>): MisrouteReport {
  return {
    agencyId: 'legal-aid-centre:440605',
    count: 1,
    firstSeenAt: '2026-11-01T00:00:00Z',
    lastNote: null,
    lastSeenAt: '2026-11-02T00:00:00Z',
    lastTicketId: '5b7c0c4e-0000-4000-8000-000000000000',
    legalCategory: 'labour-remuneration',
    reason: 'not-our-jurisdiction',
    regionCode: '440605',
    ...overrides,
  };
}

describe('misroutes per region and category', () => {
  it('sum the bodies’ reports, most counted first, with the latest sighting', () => {
    const sut = misrouteCellsOf([
      aReport({ count: 2 }),
      aReport({ agencyId: 'legal-aid-centre:440600', count: 3, reason: 'not-our-category', lastSeenAt: '2026-11-05T00:00:00Z' }),
      aReport({ legalCategory: 'marriage-family', count: 4 }),
      aReport({ regionCode: '440606', count: 1 }),
    ]);
    expect(sut).toEqual([
      { regionCode: '440605', legalCategory: 'labour-remuneration', count: 5, agencies: 2, lastSeenAt: '2026-11-05T00:00:00Z' },
      { regionCode: '440605', legalCategory: 'marriage-family', count: 4, agencies: 1, lastSeenAt: '2026-11-02T00:00:00Z' },
      { regionCode: '440606', legalCategory: 'labour-remuneration', count: 1, agencies: 1, lastSeenAt: '2026-11-02T00:00:00Z' },
    ]);
  });
});

describe('acceptance clock actions', () => {
  it('pause running clocks and resume paused ones; an overdue clock has fired', () => {
    expect(clockActionOf('running')).toBe('pause');
    expect(clockActionOf('paused')).toBe('resume');
    expect(clockActionOf('overdue')).toBeNull();
  });
});
