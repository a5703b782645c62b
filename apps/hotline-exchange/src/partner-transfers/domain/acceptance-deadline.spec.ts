import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import type { PartnerHotline } from '@legal-hotline/contracts';
import {
  acceptanceDueAt,
  acceptancePriorityOf,
  DEFAULT_PARTNER_ACCEPTANCE_DEADLINES,
  parsePartnerAcceptanceDeadlines,
  type PartnerAcceptanceDeadlines,
} from './acceptance-deadline.js';
import type { TransferReason } from './transfer-delivery.js';

const at = (local: string) => new Date(`${local}+08:00`);

function deadlinesOf(text: string): PartnerAcceptanceDeadlines {
  const parsed = parsePartnerAcceptanceDeadlines(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.deadlines;
}

function problemsOf(text: string): string[] {
  const parsed = parsePartnerAcceptanceDeadlines(text);
  if (parsed.ok) throw new Error(`${text} was accepted`);
  return parsed.problems;
}

const DEFAULTS = deadlinesOf(DEFAULT_PARTNER_ACCEPTANCE_DEADLINES);

describe(parsePartnerAcceptanceDeadlines.name, () => {
  it('reads the defaults: every partner with an urgent and a normal duration', () => {
    expect(DEFAULTS).toEqual({
      '110': { urgent: 'PT15M', normal: 'PT1H' },
      '12345': { urgent: 'PT2H', normal: 'P1WD' },
      '12355': { urgent: 'PT2H', normal: 'P1WD' },
      '12368': { urgent: 'PT4H', normal: 'P2WD' },
    });
  });

  it('takes seconds, so a test can watch a deadline pass', () => {
    const text = JSON.stringify({ ...DEFAULTS, '12368': { urgent: 'PT2S', normal: 'PT2S' } });
    expect(deadlinesOf(text)['12368']).toEqual({ urgent: 'PT2S', normal: 'PT2S' });
  });

  it('names every problem at once', () => {
    const text = JSON.stringify({
      '110': { urgent: 'PT15M', normal: '1 hour' },
      '12345': { urgent: 'PT0H', normal: 'P1WD', soon: 'PT1H' },
      '12355': 'P1WD',
      '12368': { normal: 'P2WD' },
      '120': { urgent: 'PT5M', normal: 'PT5M' },
    });
    // Keys that are numbers come in numeric order (JavaScript objects).
    expect(problemsOf(text)).toEqual([
      '110.normal: "1 hour" is not a duration (PT15M, PT2H, PT30S, P7D, P1WD)',
      '120: not a partner hotline (12345, 110, 12355, 12368)',
      '12345.urgent: PT0H is no time at all',
      '12345.soon: not a priority (urgent, normal)',
      '12355: must be an object of priority → duration, e.g. {"urgent":"PT2H","normal":"P1WD"}',
      '12368.urgent: missing (every priority needs a duration)',
    ]);
  });

  it('requires every partner hotline', () => {
    expect(problemsOf('{"110":{"urgent":"PT15M","normal":"PT1H"}}')).toEqual([
      '12345: missing (every partner hotline needs its deadlines)',
      '12355: missing (every partner hotline needs its deadlines)',
      '12368: missing (every partner hotline needs its deadlines)',
    ]);
  });

  it.each([
    ['not JSON', '{"110":', /^not JSON: /],
    ['a list', '[]', /^must be a JSON object/],
    ['a string', '"PT1H"', /^must be a JSON object/],
    ['null', 'null', /^must be a JSON object/],
  ])('refuses %s', (_, text, problem) => {
    expect(problemsOf(text)).toEqual([expect.stringMatching(problem)]);
  });
});

describe(acceptancePriorityOf.name, () => {
  it.each<[boolean, TransferReason, string]>([
    [true, 'danger', 'urgent'],
    [false, 'danger', 'urgent'],
    [true, 'not-ours', 'urgent'],
    [false, 'not-ours', 'normal'],
  ])('urgent=%s, reason %s → %s (a danger transfer is always urgent)', (urgent, reason, priority) => {
    expect(acceptancePriorityOf({ urgent, reason })).toBe(priority);
  });
});

describe(acceptanceDueAt.name, () => {
  it.each<{ case: string; partner: PartnerHotline; urgent: boolean; reason: TransferReason; from: string; due: string }>([
    { case: '110, urgent: a quarter of an hour, even on a holiday night', partner: '110', urgent: true, reason: 'danger', from: '2026-10-01T23:50:00', due: '2026-10-02T00:05:00' },
    { case: '110, danger but not flagged urgent: still a quarter of an hour', partner: '110', urgent: false, reason: 'danger', from: '2026-11-23T10:00:00', due: '2026-11-23T10:15:00' },
    { case: '110, normal: one clock hour', partner: '110', urgent: false, reason: 'not-ours', from: '2026-11-23T10:00:00', due: '2026-11-23T11:00:00' },
    { case: '12345, urgent: two clock hours', partner: '12345', urgent: true, reason: 'not-ours', from: '2026-11-27T17:00:00', due: '2026-11-27T19:00:00' },
    { case: '12345, normal: one working day, Friday to Monday', partner: '12345', urgent: false, reason: 'not-ours', from: '2026-11-27T16:00:00', due: '2026-11-30T16:00:00' },
    { case: '12355, normal: the eve of National Day waits out the holiday week', partner: '12355', urgent: false, reason: 'not-ours', from: '2026-09-30T10:00:00', due: '2026-10-08T10:00:00' },
    { case: '12368, normal: two working days, over the make-up Saturday (调休)', partner: '12368', urgent: false, reason: 'not-ours', from: '2026-10-09T10:00:00', due: '2026-10-12T10:00:00' },
    { case: '12368, urgent: four clock hours', partner: '12368', urgent: true, reason: 'not-ours', from: '2026-11-23T10:00:00', due: '2026-11-23T14:00:00' },
  ])('$case', ({ partner, urgent, reason, from, due }) => {
    expect(acceptanceDueAt(DEFAULTS, DEFAULT_CALENDAR, { partner, urgent, reason, requestedAt: at(from) })).toEqual(at(due));
  });
});
