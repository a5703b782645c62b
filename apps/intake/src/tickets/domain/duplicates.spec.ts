import { describe, expect, it } from '@jest/globals';
import { countyOf, possibleDuplicatesOf, type DuplicateCandidate } from './duplicates.js';

const OPENED = new Date('2026-11-23T02:15:00Z');
const DAY = 86_400_000;
const VIEWER = '12348-gd';

function aCandidate(overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return {
    id: 'other',
    ticketNumber: '12348-20261120-000017',
    status: 'awaiting-acceptance',
    openedAt: new Date(OPENED.getTime() - 3 * DAY),
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    callerFingerprint: { phoneHash: 'phone-a', idNumberHash: 'id-a' },
    ownerOrganisationId: VIEWER,
    watcherOrganisationIds: [],
    ...overrides,
  };
}
const newTicket = aCandidate({ id: 'new', ticketNumber: '12348-20261123-000042', status: 'received', openedAt: OPENED });

describe(possibleDuplicatesOf.name, () => {
  const sut = possibleDuplicatesOf;

  it.each<[string, Partial<DuplicateCandidate>]>([
    ['the same phone', { callerFingerprint: { phoneHash: 'phone-a', idNumberHash: null } }],
    ['the same ID number from another phone', { callerFingerprint: { phoneHash: 'phone-b', idNumberHash: 'id-a' } }],
    ['another township of the same county', { regionCode: '440605120' }],
    ['the county code itself', { regionCode: '440605' }],
    ['30 days before', { openedAt: new Date(OPENED.getTime() - 30 * DAY) }],
    ['a ticket transferred out', { status: 'transferred-out' }],
    ['another owner, watched by the viewer\'s organisation', { ownerOrganisationId: '12348-gz', watcherOrganisationIds: ['partner-hotline:110', VIEWER] }],
  ])('suggests a ticket with %s, by id and number only', (_case, overrides) => {
    expect(sut(newTicket, [aCandidate(overrides)], VIEWER)).toEqual([{ id: 'other', ticketNumber: '12348-20261120-000017' }]);
  });

  it.each<[string, Partial<DuplicateCandidate>]>([
    ['another caller', { callerFingerprint: { phoneHash: 'phone-b', idNumberHash: 'id-b' } }],
    ['another caller, both without ID number', { callerFingerprint: { phoneHash: 'phone-b', idNumberHash: null } }],
    ['another legal category', { legalCategory: 'work-injury' }],
    ['another county', { regionCode: '440606101' }],
    ['more than 30 days before', { openedAt: new Date(OPENED.getTime() - 30 * DAY - 1) }],
    ['a closed ticket', { status: 'closed' }],
    ['a merged ticket', { status: 'merged' }],
    ['no fingerprint (opened before fingerprints were kept)', { callerFingerprint: null }],
    ['the ticket itself', { id: 'new' }],
    ['another organisation as owner, not watched by the viewer', { ownerOrganisationId: '12348-gz', watcherOrganisationIds: ['partner-hotline:110'] }],
  ])('does not suggest a ticket with %s', (_case, overrides) => {
    expect(sut(newTicket, [aCandidate(overrides)], VIEWER)).toEqual([]);
  });

  it('suggests nothing to someone who is not an agent', () => {
    expect(sut(newTicket, [aCandidate()], null)).toEqual([]);
  });

  it('does not match two missing ID numbers', () => {
    const withoutId = { ...newTicket, callerFingerprint: { phoneHash: 'phone-a', idNumberHash: null } };
    expect(sut(withoutId, [aCandidate({ callerFingerprint: { phoneHash: 'phone-z', idNumberHash: null } })], VIEWER)).toEqual([]);
  });

  it('lists the newest first', () => {
    const older = aCandidate({ id: 'older', openedAt: new Date(OPENED.getTime() - 10 * DAY) });
    const newer = aCandidate({ id: 'newer', openedAt: new Date(OPENED.getTime() - DAY) });
    expect(sut(newTicket, [older, newer], VIEWER).map((d) => d.id)).toEqual(['newer', 'older']);
  });
});

describe(countyOf.name, () => {
  it.each([
    ['440605011001', '440605'],
    ['440605011', '440605'],
    ['441900003', '441900'],
  ])('puts %s in %s', (code, county) => {
    expect(countyOf(code)).toBe(county);
  });
});
