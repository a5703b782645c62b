import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import type { Channel } from '@legal-hotline/contracts';
import {
  acceptanceDeadline,
  DEFAULT_ACCEPTANCE_DEADLINES,
  describeDeadline,
  parseAcceptanceDeadlines,
  type AcceptanceDeadlinePolicy,
} from './acceptance-deadline.js';
import { priorityOf, type Priority } from './priority.js';

const at = (local: string) => new Date(`${local}+08:00`);

function policyOf(text: string): AcceptanceDeadlinePolicy {
  const parsed = parseAcceptanceDeadlines(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.policy;
}

const DEFAULTS = policyOf(DEFAULT_ACCEPTANCE_DEADLINES);
const WITH_PARTNER_OVERRIDE = policyOf('{"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","partner":{"normal":"PT8H"}}');

describe(acceptanceDeadline.name, () => {
  it.each<{ case: string; policy?: AcceptanceDeadlinePolicy; priority: Priority; channel?: Channel; from: string; due: string; rule: string }>([
    { case: 'urgent: one clock hour, even into a holiday', priority: 'urgent', from: '2026-09-30T23:30:00', due: '2026-10-01T00:30:00', rule: 'acceptance.urgent' },
    { case: 'green channel: four clock hours', priority: 'green-channel', from: '2026-11-23T10:15:00', due: '2026-11-23T14:15:00', rule: 'acceptance.green-channel' },
    { case: 'normal: one working day, Monday to Tuesday', priority: 'normal', from: '2026-11-23T10:15:00', due: '2026-11-24T10:15:00', rule: 'acceptance.normal' },
    { case: 'normal: Friday skips the weekend', priority: 'normal', from: '2026-11-27T16:00:00', due: '2026-11-30T16:00:00', rule: 'acceptance.normal' },
    { case: 'normal: the eve of National Day waits out the holiday week', priority: 'normal', from: '2026-09-30T10:00:00', due: '2026-10-08T10:00:00', rule: 'acceptance.normal' },
    { case: 'normal: on a holiday is due when the first working day after it ends', priority: 'normal', from: '2026-10-03T10:00:00', due: '2026-10-09T00:00:00', rule: 'acceptance.normal' },
    { case: 'normal: Friday 9 Oct is due on the make-up Saturday (调休)', priority: 'normal', from: '2026-10-09T10:00:00', due: '2026-10-10T10:00:00', rule: 'acceptance.normal' },
    { case: 'normal: Friday 18 Sep is due on the make-up Sunday', priority: 'normal', from: '2026-09-18T10:00:00', due: '2026-09-20T10:00:00', rule: 'acceptance.normal' },
    { case: 'a partner forward follows its channel override', policy: WITH_PARTNER_OVERRIDE, priority: 'normal', channel: 'partner', from: '2026-11-23T10:15:00', due: '2026-11-23T18:15:00', rule: 'acceptance.partner.normal' },
    { case: 'an override leaves the other priorities of that channel alone', policy: WITH_PARTNER_OVERRIDE, priority: 'urgent', channel: 'partner', from: '2026-11-23T10:15:00', due: '2026-11-23T11:15:00', rule: 'acceptance.urgent' },
    { case: 'an override leaves the other channels alone', policy: WITH_PARTNER_OVERRIDE, priority: 'normal', channel: 'web', from: '2026-11-23T10:15:00', due: '2026-11-24T10:15:00', rule: 'acceptance.normal' },
  ])('$case', ({ policy = DEFAULTS, priority, channel = 'hotline', from, due, rule }) => {
    expect(acceptanceDeadline(policy, DEFAULT_CALENDAR, at(from), { priority, channel })).toEqual({
      priority,
      duration: expect.any(String),
      rule,
      dueAt: at(due),
    });
  });

  it('says when and by which rule, in local time', () => {
    const deadline = acceptanceDeadline(DEFAULTS, DEFAULT_CALENDAR, at('2026-11-23T10:15:00'), { priority: 'normal', channel: 'hotline' });
    expect(describeDeadline(deadline, 'Asia/Shanghai')).toBe(
      'acceptance due by 2026-11-24 10:15 Asia/Shanghai (acceptance.normal: P1WD, working days on the business calendar)',
    );
  });
});

describe(priorityOf.name, () => {
  it.each<[string, Parameters<typeof priorityOf>[0], Priority]>([
    ['an urgent matter', { urgent: true, migrantWorkerWageClaim: false, veteran: false }, 'urgent'],
    ['a dangerous matter', { urgent: false, migrantWorkerWageClaim: false, veteran: false, dangerous: true }, 'urgent'],
    ['an urgent wage claim', { urgent: true, migrantWorkerWageClaim: true, veteran: false }, 'urgent'],
    ['a migrant-worker wage claim', { urgent: false, migrantWorkerWageClaim: true, veteran: false }, 'green-channel'],
    // Veterans Protection Law Art. 70: the green channel, like wage claims.
    ["a veteran's request", { urgent: false, migrantWorkerWageClaim: false, veteran: true }, 'green-channel'],
    ['anything else', { urgent: false, migrantWorkerWageClaim: false, veteran: false }, 'normal'],
  ])('ranks %s %s', (_case, flags, priority) => {
    expect(priorityOf(flags)).toBe(priority);
  });
});

describe(parseAcceptanceDeadlines.name, () => {
  it('reads the defaults and a channel override', () => {
    expect(WITH_PARTNER_OVERRIDE).toEqual({
      byPriority: { urgent: 'PT1H', 'green-channel': 'PT4H', normal: 'P1WD' },
      byChannel: { partner: { normal: 'PT8H' } },
    });
  });

  it.each([
    ['not JSON', '{urgent:PT1H}', /not JSON/],
    ['not an object', '["PT1H"]', /must be a JSON object/],
    ['a missing priority', '{"urgent":"PT1H","normal":"P1WD"}', /green-channel: missing/],
    ['an unreadable duration', '{"urgent":"1 hour","green-channel":"PT4H","normal":"P1WD"}', /urgent: "1 hour" is not a duration/],
    ['a zero duration', '{"urgent":"PT0S","green-channel":"PT4H","normal":"P1WD"}', /urgent: PT0S is no time at all/],
    ['an unknown key', '{"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","fax":{"normal":"PT1H"}}', /fax: neither a priority .* nor a channel/],
    ['an unknown priority in a channel', '{"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","partner":{"slow":"PT8H"}}', /partner\.slow: not a priority/],
    ['a channel that is not an object', '{"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","partner":"PT8H"}', /partner: a channel takes an object/],
  ])('refuses %s, naming it', (_case, text, problem) => {
    const parsed = parseAcceptanceDeadlines(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.join('; ')).toMatch(problem);
  });
});
