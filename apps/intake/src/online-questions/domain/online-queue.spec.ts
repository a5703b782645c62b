import { describe, expect, it } from '@jest/globals';
import { SupervisionAlertRaisedV1 } from '@legal-hotline/contracts';
import type { Shift } from '../../duty-rota/domain/rota.js';
import {
  chooseNextQuestion,
  higherPriority,
  isOnlineChannel,
  onlineQuestionOverdueAlert,
  rankForPerson,
  refuseAnyClaim,
  refuseClaim,
  type Claimant,
  type QueuedQuestion,
} from './online-queue.js';

const at = (local: string) => new Date(`${local}+08:00`);
const now = at('2026-11-23T10:00');
const rules = { now, maxOpenClaims: 3 };

const question = (overrides: Partial<QueuedQuestion> = {}): QueuedQuestion => ({
  ticketId: 'q-1',
  language: 'zh-HK',
  legalCategory: 'labour-remuneration',
  priority: 'normal',
  receivedAt: at('2026-11-23T09:00'),
  dueAt: at('2026-11-23T13:00'),
  claimedBy: null,
  ...overrides,
});

const dayShift: Pick<Shift, 'platform' | 'startsAt' | 'endsAt'> = {
  platform: 'network',
  startsAt: at('2026-11-23T08:00'),
  endsAt: at('2026-11-23T20:00'),
};
const claimant = (overrides: Partial<Claimant> = {}): Claimant => ({
  subject: 'cantonese-on-duty',
  staff: { active: true, languages: ['zh-CN', 'yue'], legalCategories: [] },
  shifts: [dayShift],
  openClaims: 0,
  ...overrides,
});

describe(refuseClaim.name, () => {
  it('lets an on-duty Cantonese speaker claim a Cantonese question', () => {
    expect(refuseClaim(question(), claimant(), rules)).toBeNull();
  });

  it.each<[string, Partial<QueuedQuestion>, Partial<Claimant>, string, string]>([
    ['someone else holds it', { claimedBy: 'colleague' }, {}, 'ONLINE_QUESTION.ALREADY_CLAIMED', 'conflict'],
    [
      'the claimant is off duty',
      {},
      { shifts: [{ ...dayShift, startsAt: at('2026-11-23T12:00') }] },
      'ONLINE_QUESTION.NOT_ON_DUTY',
      'forbidden',
    ],
    [
      'the claimant is only at a station',
      {},
      { shifts: [{ ...dayShift, platform: 'station' }] },
      'ONLINE_QUESTION.NOT_ON_DUTY',
      'forbidden',
    ],
    ['the claimant is not on the rota', {}, { staff: null, shifts: [] }, 'ONLINE_QUESTION.NOT_ON_DUTY', 'forbidden'],
    [
      'the claimant speaks Mandarin only',
      {},
      { staff: { active: true, languages: ['zh-CN'], legalCategories: [] } },
      'ONLINE_QUESTION.LANGUAGE_MISMATCH',
      'forbidden',
    ],
    ['the claimant holds the most allowed', {}, { openClaims: 3 }, 'ONLINE_QUESTION.TOO_MANY_CLAIMS', 'conflict'],
  ])('refuses when %s', (_case, q, c, code, kind) => {
    expect(refuseClaim(question(q), claimant(c), rules)).toMatchObject({ code, kind });
  });

  it('lets the holder claim again, whatever changed since', () => {
    expect(refuseClaim(question({ claimedBy: 'cantonese-on-duty' }), claimant({ openClaims: 3 }), rules)).toBeNull();
  });
});

describe(refuseAnyClaim.name, () => {
  it('refuses off duty and at the cap, whatever the question', () => {
    expect(refuseAnyClaim(claimant({ shifts: [] }), rules)?.code).toBe('ONLINE_QUESTION.NOT_ON_DUTY');
    expect(refuseAnyClaim(claimant({ openClaims: 3 }), rules)?.code).toBe('ONLINE_QUESTION.TOO_MANY_CLAIMS');
    expect(refuseAnyClaim(claimant({ openClaims: 2 }), rules)).toBeNull();
  });
});

describe(rankForPerson.name, () => {
  const staff = { languages: ['zh-CN', 'yue'] as const, legalCategories: ['work-injury'] };
  const questions = [
    question({ ticketId: 'later', dueAt: at('2026-11-23T15:00'), language: 'zh-CN' }),
    question({ ticketId: 'sooner', dueAt: at('2026-11-23T12:00'), language: 'zh-CN' }),
    question({ ticketId: 'my-category', dueAt: at('2026-11-23T16:00'), legalCategory: 'work-injury' }),
    question({ ticketId: 'overdue', dueAt: at('2026-11-23T09:30') }),
    question({ ticketId: 'urgent', dueAt: at('2026-11-23T17:00'), priority: 'urgent' }),
    question({ ticketId: 'green', dueAt: at('2026-11-23T17:00'), priority: 'green-channel' }),
    question({ ticketId: 'hakka', dueAt: at('2026-11-23T09:00'), language: 'hak' }),
  ];

  it('orders by priority, then overdue, then the person’s categories, then due time; leaves out what they cannot answer', () => {
    expect(rankForPerson(questions, staff, now).map((q) => q.ticketId)).toEqual([
      'urgent',
      'green',
      'overdue',
      'my-category',
      'sooner',
      'later',
    ]);
  });

  it('treats an empty category list as every category preferred', () => {
    expect(rankForPerson(questions, { ...staff, legalCategories: [] }, now).map((q) => q.ticketId)).toEqual([
      'urgent',
      'green',
      'overdue',
      'sooner',
      'later',
      'my-category',
    ]);
  });
});

describe(chooseNextQuestion.name, () => {
  it('takes the best unclaimed question the person can answer', () => {
    const questions = [
      question({ ticketId: 'taken', dueAt: at('2026-11-23T10:30'), claimedBy: 'colleague' }),
      question({ ticketId: 'hakka', dueAt: at('2026-11-23T10:40'), language: 'hak' }),
      question({ ticketId: 'mine-to-take', dueAt: at('2026-11-23T11:00') }),
    ];
    expect(chooseNextQuestion(questions, { languages: ['zh-CN', 'yue'], legalCategories: [] }, now)?.ticketId).toBe(
      'mine-to-take',
    );
  });

  it('gives nothing when nothing fits', () => {
    expect(
      chooseNextQuestion([question({ language: 'hak' })], { languages: ['zh-CN'], legalCategories: [] }, now),
    ).toBeNull();
  });
});

describe(onlineQuestionOverdueAlert.name, () => {
  it('raises a warning about the ticket in Chinese and English, as the contract has it', () => {
    let n = 0;
    const event = onlineQuestionOverdueAlert(
      {
        ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
        ticketNumber: '12348-20261123-000042',
        responsibleOrganisationId: '12348-gd',
        dueAt: at('2026-11-23T13:00'),
        language: 'zh-HK',
        claimedByName: null,
      },
      {
        now: at('2026-11-23T13:00'),
        newId: () => `00000000-0000-4000-8000-00000000000${++n}`,
        correlationId: 'flow-1',
      },
    );
    expect(event).toMatchObject({
      type: 'supervision.alert-raised.v1',
      source: 'intake',
      subject: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      correlationId: 'flow-1',
    });
    expect(event.data).toMatchObject({ kind: 'online-question-overdue', severity: 'warning', agencyId: '12348-gd' });
    expect(event.data.message).toMatch(/网络咨询超时未答复.*12348-20261123-000042.*yue.*unclaimed/);
    expect(SupervisionAlertRaisedV1.safeParse(event.data).success).toBe(true);
  });
});

describe('online channels and priorities', () => {
  it.each([
    ['web', true],
    ['app', true],
    ['wechat', true],
    ['partner', true],
    ['hotline', false],
    ['station', false],
  ])('%s online: %s', (channel, online) => {
    expect(isOnlineChannel(channel)).toBe(online);
  });

  it('lets a special line raise a priority, never lower it', () => {
    expect(higherPriority('normal', 'green-channel')).toBe('green-channel');
    expect(higherPriority('urgent', 'normal')).toBe('urgent');
    expect(higherPriority('normal', null)).toBe('normal');
  });
});
