import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartnerTransferRequestedV1 } from '@legal-hotline/contracts';
import { inChinaStandardTime, transferBody, transferPayloadOf, withoutCallerContact } from './transfer-payload.js';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8')) as {
  data: PartnerTransferRequestedV1;
};

describe(transferPayloadOf.name, () => {
  it('carries what the partner needs to act and to reach the caller, with the transfer id as message id', () => {
    expect(transferPayloadOf(golden.data)).toEqual({
      type: 'transfer.requested',
      messageId: '22222222-2222-4222-8222-222222222201',
      ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      ticketNumber: '12348-20261123-000042',
      reason: 'danger',
      urgent: true,
      legalCategory: 'labour-remuneration',
      regionCode: '520581',
      summary: '来电人称老板欠薪，扬言扣押老板车辆。',
      note: '坐席已劝导，请110关注',
      caller: { name: '李强', phone: '13765002345', language: 'zh-CN' },
      requestedBy: { organisation: '贵州省12348公共法律服务热线', agent: 'agent-0117' },
      requestedAt: '2026-11-24T11:00:00.000+08:00',
    });
  });

  it('keeps nothing about the caller that the partner does not need', () => {
    const sut = transferPayloadOf({ ...golden.data, caller: { ...golden.data.caller, ...({ idNumber: '520581199001011234' } as object) } });
    expect(JSON.stringify(sut)).not.toContain('520581199001011234');
  });
});

describe(transferBody.name, () => {
  const payload = transferPayloadOf(golden.data);
  const FIELDS = ['type', 'messageId', 'ticketId', 'ticketNumber', 'reason', 'urgent', 'legalCategory', 'regionCode', 'summary', 'note', 'caller', 'requestedBy', 'requestedAt'];

  it('starts with the type, so a partner routes the webhook on it, and keeps the documented order', () => {
    const body = transferBody(payload);
    expect(body.startsWith('{"type":"transfer.requested",')).toBe(true);
    expect(Object.keys(JSON.parse(body) as object)).toEqual(FIELDS);
    expect(JSON.parse(body)).toEqual(payload);
  });

  it('writes the same body whatever order the stored payload comes back in (jsonb sorts keys)', () => {
    const reordered = Object.fromEntries(Object.entries(payload).reverse()) as typeof payload;
    expect(transferBody(reordered)).toBe(transferBody(payload));
  });

  it('gives a payload stored before the type existed its type', () => {
    const { type: _type, ...older } = payload;
    expect(transferBody(older)).toBe(transferBody(payload));
  });

  it('writes a delivered payload without the caller', () => {
    expect(JSON.parse(transferBody(withoutCallerContact(payload)))).toMatchObject({ caller: null });
  });
});

describe(withoutCallerContact.name, () => {
  it("drops the caller's contact and keeps the rest", () => {
    const sut = withoutCallerContact(transferPayloadOf(golden.data));
    expect(sut.caller).toBeNull();
    expect(JSON.stringify(sut)).not.toMatch(/李强|13765002345/);
    expect(sut.ticketId).toBe(golden.data.ticketId);
  });
});

describe(inChinaStandardTime.name, () => {
  it('writes an instant with the +08:00 offset, across the date line', () => {
    expect(inChinaStandardTime(new Date('2026-11-24T17:30:00.000Z'))).toBe('2026-11-25T01:30:00.000+08:00');
    expect(Date.parse(inChinaStandardTime(new Date('2026-11-24T17:30:00.000Z')))).toBe(Date.parse('2026-11-24T17:30:00.000Z'));
  });
});
