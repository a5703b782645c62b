import { describe, expect, it } from '@jest/globals';
import { parseEvent } from '@legal-hotline/contracts';
import {
  checkIdempotencyKey,
  receivePartnerCase,
  regionCodesOf,
  repeatOfReference,
  replayOf,
  type ForwardedCase,
  type ReceivePartnerCase,
} from './receive-partner-case.js';

const now = new Date('2026-11-23T02:10:00.000Z');

const aForwardedCase = (overrides: Partial<ForwardedCase> = {}): ForwardedCase => ({
  partnerReference: '110-FS-20261123-0099',
  caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  matterLocation: { arosenInRegionCode: '440605011' },
  summary: '报警人称被拖欠工资，非警务警情，转12348。',
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  callerConsentToTransfer: true,
  ...overrides,
});

const command = (forwarded: ForwardedCase): ReceivePartnerCase => ({
  forwarded,
  partner: { code: '110', name: '佛山市公安局110指挥中心' },
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  eventId: 'ab2c3d4e-5f60-4172-8384-950617283940',
  correlationId: 'req-1',
  now,
});

describe(receivePartnerCase.name, () => {
  it('answers received/open under the shared ticket id', () => {
    expect(receivePartnerCase(command(aForwardedCase())).answer).toEqual({
      ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      partnerReference: '110-FS-20261123-0099',
      status: 'received',
      coarseStatus: 'open',
      receivedAt: '2026-11-23T02:10:00.000Z',
    });
  });

  it('emits partner-case.received.v1 keyed by the ticket id, as the contract requires', () => {
    const { event } = receivePartnerCase(command(aForwardedCase()));
    expect(parseEvent(JSON.stringify(event))).toMatchObject({ kind: 'event' });
    expect(event).toMatchObject({
      type: 'partner-case.received.v1',
      source: 'hotline-exchange',
      subject: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      correlationId: 'req-1',
      causationId: null,
      data: { partner: '110', partnerName: '佛山市公安局110指挥中心', caller: { idNumber: null, accessibilityNeeds: [] } },
    });
  });

  it('passes the 12348 platform the partner names as responsibleOrganisationId, and leaves it out when none is named', () => {
    const named = receivePartnerCase(command(aForwardedCase({ responsiblePlatform: '12348-gd' }))).event;
    expect(parseEvent(JSON.stringify(named))).toMatchObject({ kind: 'event' });
    expect(named.data).toMatchObject({ responsibleOrganisationId: '12348-gd' });
    expect(receivePartnerCase(command(aForwardedCase())).event.data).not.toHaveProperty('responsibleOrganisationId');
  });

  it('records the first update as received from the partner under its reference', () => {
    expect(receivePartnerCase(command(aForwardedCase())).firstUpdate).toEqual({ at: now, status: 'received', note: 'Received from 110 as 110-FS-20261123-0099' });
  });

  it.each([[false], [undefined]])('refuses a case without the caller\'s consent (%s) and names the field', (consent) => {
    expect(() => receivePartnerCase(command(aForwardedCase({ callerConsentToTransfer: consent })))).toThrow(
      expect.objectContaining({ code: 'CONSENT.REQUIRED', kind: 'unprocessable', field: 'callerConsentToTransfer' }),
    );
  });
});

describe(regionCodesOf.name, () => {
  it('lists every region code with the field it came from', () => {
    const forwarded = aForwardedCase({
      matterLocation: { arosenInRegionCode: '440605011', handlingOrgan: { type: 'court', name: '南海区人民法院', regionCode: '440605' } },
    });
    expect(regionCodesOf(forwarded)).toEqual([
      { field: 'regionCode', code: '440605011' },
      { field: 'matterLocation.arosenInRegionCode', code: '440605011' },
      { field: 'matterLocation.handlingOrgan.regionCode', code: '440605' },
    ]);
  });
});

describe(checkIdempotencyKey.name, () => {
  it('accepts 1 to 100 visible characters', () => {
    expect(checkIdempotencyKey('110-update-0099')).toBe('110-update-0099');
    expect(checkIdempotencyKey('k'.repeat(100))).toBe('k'.repeat(100));
  });

  it('asks for the header when it is missing, naming it', () => {
    expect(() => checkIdempotencyKey(undefined)).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY.KEY_MISSING', kind: 'invalid', field: 'Idempotency-Key' }));
  });

  it.each([['too long', 'k'.repeat(101)], ['with spaces', 'a b']])('refuses a key %s', (_, key) => {
    expect(() => checkIdempotencyKey(key)).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY.KEY_INVALID', field: 'Idempotency-Key' }));
  });
});

describe(replayOf.name, () => {
  it('replays the stored answer for the same request', () => {
    expect(replayOf({ fingerprint: 'abc', answer: { ticketId: 't' } }, 'abc')).toEqual({ ticketId: 't' });
  });

  it('refuses a key reused for a different request', () => {
    expect(() => replayOf({ fingerprint: 'abc', answer: {} }, 'def')).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY.KEY_REUSED', kind: 'unprocessable' }));
  });
});

describe(repeatOfReference.name, () => {
  const first = { ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c', partnerReference: '110-FS-1', fingerprint: 'abc', receivedAt: now };

  it('answers the first receipt to the same case forwarded again', () => {
    expect(repeatOfReference(first, 'abc')).toEqual({
      ticketId: first.ticketId,
      partnerReference: '110-FS-1',
      status: 'received',
      coarseStatus: 'open',
      receivedAt: '2026-11-23T02:10:00.000Z',
    });
  });

  it('refuses another case under the same reference (409), naming partnerReference', () => {
    expect(() => repeatOfReference(first, 'def')).toThrow(
      expect.objectContaining({ code: 'PARTNER_CASE.REFERENCE_REUSED', kind: 'conflict', field: 'partnerReference' }),
    );
  });
});
