import type { TicketFlags } from '@legal-hotline/contracts';
import type { MeansTestExemption, SpecialChannel, TicketPriority } from './ticket.js';

/** What the flags of a request mean for its handling: priority and the special-channel records (绿色通道). */
export interface SpecialHandling {
  priority: TicketPriority;
  meansTestExemption: MeansTestExemption | null;
  specialChannel: SpecialChannel | null;
}

/**
 * Urgent or dangerous matters (紧情要情) come first; then the green channel for migrant-worker
 * wage claims (Legal Aid Law Art. 42(3); wage regulation Art. 45) and veterans (Veterans
 * Protection Law Art. 70). The records stay on the ticket so every body sees why.
 */
export function specialHandlingOf(flags: TicketFlags): SpecialHandling {
  const urgent = flags.urgent || flags.dangerous === true;
  const greenChannel = flags.migrantWorkerWageClaim || flags.veteran;
  return {
    priority: urgent ? 'urgent' : greenChannel ? 'green-channel' : 'normal',
    meansTestExemption: flags.migrantWorkerWageClaim
      ? { basis: 'Legal Aid Law Art. 42(3)', reason: 'migrant worker claiming labour remuneration: no verification of financial hardship' }
      : null,
    specialChannel: flags.veteran ? { basis: 'Veterans Protection Law Art. 70', reason: 'veteran: served with priority' } : null,
  };
}
