import type { TicketFlags } from '@legal-hotline/contracts';

/** How a receiving body ranks an assignment; also what its acceptance deadline depends on. */
export const PRIORITIES = ['urgent', 'green-channel', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Urgent and dangerous matters (紧情要情) first, then the green channel (绿色通道): migrant-worker
 * wage claims (Legal Aid Law Art. 42(3)) and veterans (Veterans Protection Law Art. 70) alike.
 */
export function priorityOf(flags: TicketFlags): Priority {
  if (flags.urgent || flags.dangerous === true) return 'urgent';
  if (flags.migrantWorkerWageClaim || flags.veteran) return 'green-channel';
  return 'normal';
}
