import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartnerTransferRequestedV1 } from '@legal-hotline/contracts';
import { inChinaStandardTime, transferPayloadOf, withoutCallerContact } from './transfer-payload.js';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8')) as {
  data: PartnerTransferRequestedV1;
};

describe(transferPayloadOf.name, () => {
  it('carries what the partner needs to act and to reach the caller, with the transfer id as message id', () => {
    expect(transferPayloadOf(golden.data)).toEqual({
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
