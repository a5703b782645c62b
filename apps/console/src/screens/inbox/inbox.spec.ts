import { describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import {
  acceptBodyOf,
  actionsOf,
  bodyKindOf,
  callerPurposesOf,
  completeBodyOf,
  flagTagsOf,
  inboxBodyOf,
  mayReadCaller,
  rejectBodyOf,
  rejectionNeedsNote,
  sortInbox,
  startBodyOf,
  type AssignmentStatus,
} from './inbox';

function aRow(id: string, status: AssignmentStatus, acceptanceDeadline: string) {
  return { id, status, acceptanceDeadline };
}

function aPrincipal(roles: Principal['roles'], organisationId: string | null): Principal {
  return { subject: 's', name: '李敏', username: 'li', roles, organisationId, organisationName: null, area: roles.includes('supervisor') ? '4406' : null };
}

describe('the inbox order', () => {
  it('puts pending assignments first, the earliest deadline on top, and keeps the settled ones after in the order given', () => {
    const sut = sortInbox([
      aRow('accepted-late', 'accepted', '2026-12-01T01:00:00Z'),
      aRow('pending-later', 'pending', '2026-12-03T01:00:00Z'),
      aRow('completed', 'completed', '2026-11-20T01:00:00Z'),
      aRow('pending-sooner', 'pending', '2026-12-02T01:00:00Z'),
      aRow('withdrawn', 'withdrawn', '2026-11-01T01:00:00Z'),
    ]);
    expect(sut.map((row) => row.id)).toEqual(['pending-sooner', 'pending-later', 'accepted-late', 'completed', 'withdrawn']);
  });
});

describe('flags as tags', () => {
  it('names urgency, the green channel and why the caller is in it', () => {
    expect(flagTagsOf({ urgent: true, migrantWorkerWageClaim: true, veteran: false }).map((t) => t.label)).toEqual(['紧急', '绿色通道', '农民工欠薪']);
    expect(flagTagsOf({ urgent: false, migrantWorkerWageClaim: false, veteran: true }).map((t) => t.label)).toEqual(['绿色通道', '退役军人']);
    expect(flagTagsOf({ urgent: false, migrantWorkerWageClaim: false, veteran: false })).toEqual([]);
  });
});

describe('what each status allows', () => {
  it('decides pending work, then starts and completes accepted work, and nothing after', () => {
    expect(actionsOf('pending')).toEqual(['accept', 'reject']);
    expect(actionsOf('accepted')).toEqual(['start', 'complete']);
    expect(actionsOf('in-progress')).toEqual(['complete']);
    expect(actionsOf('rejected')).toEqual([]);
    expect(actionsOf('completed')).toEqual([]);
    expect(actionsOf('withdrawn')).toEqual([]);
  });

  it('shows the applicant’s contact details only once the body accepted', () => {
    expect(['pending', 'accepted', 'rejected', 'in-progress', 'completed', 'withdrawn'].filter((s) => mayReadCaller(s as AssignmentStatus))).toEqual([
      'accepted',
      'in-progress',
      'completed',
    ]);
  });

  it('reads the caller for a purpose of the body’s own kind', () => {
    expect(callerPurposesOf('legal-aid-centre')).toEqual(['legal-aid-review', 'service-delivery']);
    expect(callerPurposesOf('mediation-committee')).toEqual(['mediation', 'service-delivery']);
  });
});

describe('whose inbox is shown', () => {
  it('is the staff member’s own body, where they act', () => {
    expect(inboxBodyOf(aPrincipal(['office-staff'], 'legal-aid-centre:440605'), null)).toEqual({ agencyId: 'legal-aid-centre:440605', staff: true });
  });

  it('is the body asked for, read only, when it is not one’s own (the service answers whether it may be read)', () => {
    expect(inboxBodyOf(aPrincipal(['office-staff'], 'mediation-committee:440605011'), 'legal-aid-centre:440605')).toEqual({
      agencyId: 'legal-aid-centre:440605',
      staff: false,
    });
    expect(inboxBodyOf(aPrincipal(['supervisor'], 'justice-foshan'), 'mediation-committee:440605011')).toEqual({
      agencyId: 'mediation-committee:440605011',
      staff: false,
    });
  });

  it('is none for a supervisor who has not picked one, nor for an id that names no body', () => {
    expect(inboxBodyOf(aPrincipal(['supervisor'], 'justice-foshan'), null)).toBeNull();
    expect(inboxBodyOf(aPrincipal(['supervisor'], 'justice-foshan'), '12348-gd')).toBeNull();
    expect(bodyKindOf('legal-aid-centre:440605')).toBe('legal-aid-centre');
    expect(bodyKindOf('12348-gd')).toBeNull();
  });
});

describe('the action forms as requests', () => {
  it('sends notes trimmed, and null when nothing visible was typed', () => {
    expect(acceptBodyOf({ note: '  受理审查，拟指派律师 ' })).toEqual({ note: '受理审查，拟指派律师' });
    expect(acceptBodyOf({ note: '   ' })).toEqual({ note: null });
    expect(startBodyOf({})).toEqual({ note: null });
  });

  it('rejects with the coded reason, and asks for a note where the owner cannot act without one', () => {
    expect(rejectBodyOf({ reason: 'not-our-jurisdiction', note: ' 纠纷发生在九江镇 ' })).toEqual({ reason: 'not-our-jurisdiction', note: '纠纷发生在九江镇' });
    expect(rejectionNeedsNote('not-our-jurisdiction')).toBe(true);
    expect(rejectionNeedsNote('insufficient-information')).toBe(true);
    expect(rejectionNeedsNote('conflict-of-interest')).toBe(false);
    expect(rejectionNeedsNote(undefined)).toBe(false);
    expect(() => rejectBodyOf({ note: '无原因' })).toThrow();
  });

  it('completes with the outcome and the result text', () => {
    expect(completeBodyOf({ outcome: 'resolved', result: ' 经调解，用人单位支付拖欠工资13000元。\n' })).toEqual({
      outcome: 'resolved',
      result: '经调解，用人单位支付拖欠工资13000元。',
    });
  });
});
