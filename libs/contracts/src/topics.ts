/**
 * One topic per aggregate, named after the data. Every message is keyed by its envelope's
 * `subject` (the aggregate id), so one aggregate's events stay in order on one partition.
 */
export const TOPICS = {
  /** Ticket (工单) facts, owned by intake. Key: ticket id. */
  tickets: 'tickets',
  /** Routing decisions that found no destination. Key: ticket id. */
  routingDecisions: 'routing-decisions',
  /** Assignments of a ticket to a receiving body and their outcome. Key: assignment id. */
  assignments: 'assignments',
  /** Cases forwarded by partner hotlines. Key: the shared ticket id assigned at receipt. */
  partnerCases: 'partner-cases',
  /** Tickets passed to partner hotlines and their delivery. Key: transfer id. */
  partnerTransfers: 'partner-transfers',
  /** Alerts for supervisors (督办). Key: ticket id. */
  supervisionAlerts: 'supervision-alerts',
  /** Messages a consumer could not handle, with the error. Key: the original key. */
  deadLetters: 'dead-letters',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];
