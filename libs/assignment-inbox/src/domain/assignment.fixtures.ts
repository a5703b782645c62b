// Assignments for the domain's unit tests (not exported by the library).
import type { Assignment, AssignmentStatus } from './assignment.js';

const at = (iso: string): Date => new Date(iso);

/** A pending assignment of a mediation committee, received and not yet decided. */
export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    assignmentId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    ticketNumber: '12348-20261123-000042',
    agencyId: 'mediation-committee:440605011',
    agencyType: 'mediation-committee',
    agencyName: '桂城街道人民调解委员会',
    agencyRegionCode: '440605011',
    requestType: 'mediation-pre-application',
    legalCategory: 'neighbourhood',
    regionCode: '440605011001',
    summary: '邻里漏水纠纷',
    caller: { maskedName: '陈*', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
    flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    routingExplanation: { rule: 'mediation.village-committee', fallbackLevel: 0, routedOnRegionCode: '440605011001', reason: 'r', candidatesConsidered: [] },
    acceptanceDeadline: at('2026-11-24T02:15:01.000Z'),
    requestedAt: at('2026-11-23T02:15:01.000Z'),
    receivedAt: at('2026-11-23T02:15:02.000Z'),
    correlationId: 'flow-42',
    status: 'pending',
    decidedBy: null,
    decidedById: null,
    decidedAt: null,
    rejectionReason: null,
    decisionNote: null,
    startedBy: null,
    startedById: null,
    startedAt: null,
    startNote: null,
    completedBy: null,
    completedById: null,
    completedAt: null,
    completionOutcome: null,
    completionResult: null,
    withdrawalReason: null,
    withdrawnAt: null,
    ...overrides,
  };
}

/** The staff member of the fixtures, as a token names them. */
export const MEDIATOR_WANG = { name: '王调解员', id: '6c1f3a9e-0b7d-4e2a-9f15-3d8c2b7a4e61' } as const;

const byWang = (field: 'decided' | 'started' | 'completed'): Partial<Assignment> => ({ [`${field}By`]: MEDIATOR_WANG.name, [`${field}ById`]: MEDIATOR_WANG.id });
const accepted: Partial<Assignment> = { ...byWang('decided'), decidedAt: at('2026-11-23T03:00:00.000Z') };
const started: Partial<Assignment> = { ...accepted, ...byWang('started'), startedAt: at('2026-11-23T05:00:00.000Z'), startNote: null };

/** The fields each status has, as the steps that led to it set them. */
const STEPS_TO: { [S in AssignmentStatus]: Partial<Assignment> } = {
  pending: {},
  accepted,
  rejected: { ...byWang('decided'), decidedAt: at('2026-11-23T03:00:00.000Z'), rejectionReason: 'duplicate' },
  'in-progress': started,
  completed: {
    ...started,
    ...byWang('completed'),
    completedAt: at('2026-11-30T08:00:00.000Z'),
    completionOutcome: 'resolved',
    completionResult: '双方达成口头调解协议',
  },
  withdrawn: { withdrawalReason: 'acceptance-overdue', withdrawnAt: at('2026-11-24T03:00:00.000Z') },
};

/** An assignment that reached `status` the usual way, with the fields of every step before. */
export function anAssignmentIn(status: AssignmentStatus, overrides: Partial<Assignment> = {}): Assignment {
  return anAssignment({ ...STEPS_TO[status], status, ...overrides });
}
