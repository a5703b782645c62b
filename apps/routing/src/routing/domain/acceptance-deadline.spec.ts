import { describe, expect, it } from '@jest/globals';
import type { TicketFlags } from '@legal-hotline/contracts';
import { acceptanceDeadline } from './acceptance-deadline.js';

const flags = (overrides: Partial<TicketFlags> = {}): TicketFlags => ({
  urgent: false,
  migrantWorkerWageClaim: false,
  veteran: false,
  ...overrides,
});

describe(acceptanceDeadline.name, () => {
  const requestedAt = new Date('2025-03-12T23:30:00+08:00');

  it.each([
    ['an urgent matter', '2025-03-13T00:30:00+08:00', 'acceptance.urgent-1h', flags({ urgent: true })],
    [
      'a migrant-worker wage claim',
      '2025-03-13T00:30:00+08:00',
      'acceptance.wage-claim-green-channel-1h',
      flags({ migrantWorkerWageClaim: true }),
    ],
    [
      'an urgent wage claim',
      '2025-03-13T00:30:00+08:00',
      'acceptance.urgent-1h',
      flags({ urgent: true, migrantWorkerWageClaim: true }),
    ],
    ["a veteran's request", '2025-03-13T23:30:00+08:00', 'acceptance.standard-24h', flags({ veteran: true })],
    ['anything else', '2025-03-13T23:30:00+08:00', 'acceptance.standard-24h', flags()],
  ])('gives %s until %s (%s)', (_case, dueAt, rule, ticketFlags) => {
    expect(acceptanceDeadline(requestedAt, ticketFlags)).toEqual({ dueAt: new Date(dueAt), rule });
  });
});
