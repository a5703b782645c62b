import { describe, expect, it } from '@jest/globals';
import type { TicketFlags } from '@legal-hotline/contracts';
import { specialHandlingOf } from './special-channels.js';

const flags = (overrides: Partial<TicketFlags>): TicketFlags => ({ urgent: false, migrantWorkerWageClaim: false, veteran: false, ...overrides });

describe(specialHandlingOf.name, () => {
  const sut = specialHandlingOf;

  it.each<[string, Partial<TicketFlags>, string]>([
    ['no flag', {}, 'normal'],
    ['a migrant worker\'s wage claim', { migrantWorkerWageClaim: true }, 'green-channel'],
    ['a veteran', { veteran: true }, 'green-channel'],
    ['an urgent matter', { urgent: true }, 'urgent'],
    ['a dangerous matter', { dangerous: true }, 'urgent'],
    ['a dangerous wage claim (urgent comes first)', { migrantWorkerWageClaim: true, dangerous: true }, 'urgent'],
    ['dangerous: false from a v1 producer', { dangerous: false }, 'normal'],
  ])('gives %s the priority %s', (_case, given, priority) => {
    expect(sut(flags(given)).priority).toBe(priority);
  });

  it('records the exemption from means verification for a migrant worker\'s wage claim (Legal Aid Law Art. 42(3))', () => {
    expect(sut(flags({ migrantWorkerWageClaim: true }))).toMatchObject({
      meansTestExemption: { basis: 'Legal Aid Law Art. 42(3)', reason: expect.any(String) },
      specialChannel: null,
    });
  });

  it('records the special channel of a veteran (Veterans Protection Law Art. 70)', () => {
    expect(sut(flags({ veteran: true }))).toMatchObject({ meansTestExemption: null, specialChannel: { basis: 'Veterans Protection Law Art. 70' } });
  });

  it('records neither for other callers', () => {
    expect(sut(flags({ urgent: true }))).toMatchObject({ meansTestExemption: null, specialChannel: null });
  });
});
