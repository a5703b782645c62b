import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@legal-hotline/contracts';
import {
  changedSpecialLine,
  checkPeriod,
  closedSpecialLine,
  openedSpecialLine,
  statusOf,
  type OpenSpecialLineInput,
  type SpecialLine,
} from './special-line.js';
import { SpecialLineError } from './special-line-error.js';

const NOW = new Date('2026-12-01T02:00:00Z');
const SUPERVISOR: Actor = {
  organisation: '广东省司法厅',
  organisationId: 'justice-gd',
  agent: '周督办',
  agentId: 'subject-supervisor-gd',
};
const LATER_SUPERVISOR: Actor = { ...SUPERVISOR, agent: '吴督办', agentId: 'subject-other' };

function anOpening(overrides: Partial<OpenSpecialLineInput> = {}): OpenSpecialLineInput {
  return {
    code: 'migrant-wages',
    name: '农民工欠薪求助专线',
    description: '',
    legalCategories: ['labour-remuneration', 'labour-relations'],
    regionCode: '440000',
    startsAt: new Date('2026-12-01T00:00:00+08:00'),
    endsAt: new Date('2027-03-01T00:00:00+08:00'),
    priority: 'urgent',
    onlineAnswerHours: 4,
    ...overrides,
  };
}

function anOpenLine(overrides: Partial<OpenSpecialLineInput> = {}): SpecialLine {
  return openedSpecialLine(anOpening(overrides), SUPERVISOR, NOW);
}

/** The coded error `work` throws. */
function errorOf(work: () => unknown): SpecialLineError {
  try {
    work();
  } catch (error) {
    if (error instanceof SpecialLineError) return error;
    throw error;
  }
  throw new Error('expected a SpecialLineError');
}

describe(statusOf.name, () => {
  const sut = statusOf;
  const line = {
    status: 'open' as const,
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2027-01-01T00:00:00Z'),
  };

  it.each<[string, Date, ReturnType<typeof statusOf>]>([
    ['before its period', new Date('2026-11-30T23:59:59Z'), 'scheduled'],
    ['from its first instant', new Date('2026-12-01T00:00:00Z'), 'open'],
    ['within its period', new Date('2026-12-15T00:00:00Z'), 'open'],
    ['from its end on (the end is excluded)', new Date('2027-01-01T00:00:00Z'), 'ended'],
  ])('a line that is not closed is %s: %s', (_, at, expected) => {
    expect(sut(line, at)).toBe(expected);
  });

  it('keeps a line without an end open', () => {
    expect(sut({ ...line, endsAt: null }, new Date('2099-01-01T00:00:00Z'))).toBe('open');
  });

  it('shows a closed line as closed within its period too', () => {
    expect(sut({ ...line, status: 'closed' }, new Date('2026-12-15T00:00:00Z'))).toBe('closed');
  });
});

describe(checkPeriod.name, () => {
  const sut = checkPeriod;

  it('refuses an end before or at the start, naming endsAt', () => {
    const startsAt = new Date('2027-01-01T00:00:00Z');
    for (const endsAt of [new Date('2026-12-31T00:00:00Z'), startsAt]) {
      expect(errorOf(() => sut({ startsAt, endsAt }, NOW))).toMatchObject({
        code: 'SPECIAL_LINE.ENDS_BEFORE_START',
        kind: 'invalid',
        field: 'endsAt',
      });
    }
  });

  it('refuses an end that is already past: a line that ends now is closed instead', () => {
    const error = errorOf(() => sut({ startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: NOW }, NOW));
    expect(error).toMatchObject({ code: 'SPECIAL_LINE.ENDS_IN_PAST', kind: 'invalid', field: 'endsAt' });
  });

  it('accepts a period that started in the past and ends later, and one without an end', () => {
    expect(() =>
      sut({ startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: new Date('2027-01-01T00:00:00Z') }, NOW),
    ).not.toThrow();
    expect(() => sut({ startsAt: new Date('2030-01-01T00:00:00Z'), endsAt: null }, NOW)).not.toThrow();
  });
});

describe(openedSpecialLine.name, () => {
  const sut = openedSpecialLine;

  it('opens the line with its profile, recording who opened it and when', () => {
    const line = sut(anOpening(), SUPERVISOR, NOW);
    expect(line).toMatchObject({
      ...anOpening(),
      status: 'open',
      openedBy: SUPERVISOR,
      createdAt: NOW,
      closedBy: null,
      closedAt: null,
      changedBy: null,
    });
  });

  it('refuses a period that ends before it starts', () => {
    const error = errorOf(() => sut(anOpening({ endsAt: new Date('2026-11-01T00:00:00Z') }), SUPERVISOR, NOW));
    expect(error.code).toBe('SPECIAL_LINE.ENDS_BEFORE_START');
  });
});

describe(changedSpecialLine.name, () => {
  const sut = changedSpecialLine;
  const later = new Date('2026-12-10T00:00:00Z');

  it('replaces the period and profile, keeping code, region and who opened it', () => {
    const line = anOpenLine();
    const changed = sut(
      line,
      {
        ...anOpening(),
        name: '农民工欠薪专线（春节）',
        endsAt: new Date('2027-04-01T00:00:00+08:00'),
        priority: 'green-channel',
        onlineAnswerHours: null,
      },
      LATER_SUPERVISOR,
      later,
    );
    expect(changed).toMatchObject({
      code: 'migrant-wages',
      regionCode: '440000',
      name: '农民工欠薪专线（春节）',
      priority: 'green-channel',
      onlineAnswerHours: null,
      openedBy: SUPERVISOR,
      changedBy: LATER_SUPERVISOR,
      changedAt: later,
      status: 'open',
    });
  });

  it('refuses to change a closed line (409)', () => {
    const closed = closedSpecialLine(anOpenLine(), SUPERVISOR, later);
    expect(errorOf(() => sut(closed, anOpening(), SUPERVISOR, later))).toMatchObject({
      code: 'SPECIAL_LINE.CLOSED',
      kind: 'conflict',
    });
  });

  it('checks the new period like an opening', () => {
    const error = errorOf(() =>
      sut(anOpenLine(), { ...anOpening(), endsAt: new Date('2026-12-05T00:00:00Z') }, SUPERVISOR, later),
    );
    expect(error).toMatchObject({ code: 'SPECIAL_LINE.ENDS_IN_PAST', field: 'endsAt' });
  });
});

describe(closedSpecialLine.name, () => {
  const sut = closedSpecialLine;
  const later = new Date('2026-12-20T00:00:00Z');

  it('closes the line now, recording who closed it; its period stays as it was', () => {
    const closed = sut(anOpenLine(), LATER_SUPERVISOR, later);
    expect(closed).toMatchObject({
      status: 'closed',
      closedBy: LATER_SUPERVISOR,
      closedAt: later,
      endsAt: anOpening().endsAt,
    });
    expect(statusOf(closed, later)).toBe('closed');
  });

  it('closes a line whose period is already over, to record it', () => {
    const line = anOpenLine();
    expect(sut(line, SUPERVISOR, new Date('2027-06-01T00:00:00Z')).status).toBe('closed');
  });

  it('refuses to close a closed line (409), naming when it was closed', () => {
    const closed = sut(anOpenLine(), SUPERVISOR, later);
    const error = errorOf(() => sut(closed, SUPERVISOR, new Date('2026-12-21T00:00:00Z')));
    expect(error).toMatchObject({ code: 'SPECIAL_LINE.ALREADY_CLOSED', kind: 'conflict' });
    expect(error.message).toContain(later.toISOString());
  });
});
