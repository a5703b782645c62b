import { createHash, randomBytes } from 'node:crypto';
import type { PartnerCode } from './arguments.js';
import { inChinaStandardTime } from './transfer-policy.js';

/** The body of `POST /v1/partner/tickets`, as the exchange documents it. */
export interface ForwardedCase {
  partnerReference: string;
  caller: { name: string; phone: string; idNumber: null; language: string; accessibilityNeeds: string[] };
  requestType: 'legal-aid-application';
  legalCategory: 'labour-remuneration';
  regionCode: string;
  matterLocation: { arosenInRegionCode: string };
  summary: string;
  flags: { urgent: boolean; migrantWorkerWageClaim: boolean; veteran: boolean };
  callerConsentToTransfer: true;
  responsiblePlatform?: string;
}

/** 佛山市南海区桂城街道: a township, so routing finds the Nanhai legal-aid centre. */
export const DEMO_REGION_CODE = '440605011';

const OPENINGS: Record<PartnerCode, string> = {
  '110': '报警人称',
  '12345': '市民来电反映',
  '12355': '来电青年称',
  '12368': '当事人来电称',
};

const CLOSINGS: Record<PartnerCode, string> = {
  '110': '经民警劝导，同意通过法律途径解决；非警务警情，转12348申请法律援助。',
  '12345': '诉求为申请法律援助追讨欠薪，转12348办理。',
  '12355': '本人年满18周岁，希望获得法律援助，转12348办理。',
  '12368': '尚未起诉，咨询能否申请法律援助，转12348办理。',
};

/**
 * A realistic case a partner passes to 12348: a migrant worker unpaid for three months in a
 * hardware factory in Guicheng, Nanhai (Foshan), who applies for legal aid (a wage claim: green
 * channel, no means test, Legal Aid Law Art. 42(3)). The caller agreed to the transfer (PIPL Art. 23).
 */
export function demoCase(partner: PartnerCode, partnerReference: string, responsiblePlatform: string | null): ForwardedCase {
  return {
    partnerReference,
    caller: { name: '黄志强', phone: '13926001234', idNumber: null, language: 'yue', accessibilityNeeds: [] },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: DEMO_REGION_CODE,
    matterLocation: { arosenInRegionCode: DEMO_REGION_CODE },
    summary: `${OPENINGS[partner]}在佛山市南海区桂城街道一家五金厂务工，被拖欠三个月工资共15000元，多次向老板讨要未果。${CLOSINGS[partner]}`,
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    callerConsentToTransfer: true,
    ...(responsiblePlatform === null ? {} : { responsiblePlatform }),
  };
}

/** A new partner reference for a run that names none, e.g. 110-FS-20261124-3F9A. */
export function newPartnerReference(partner: PartnerCode, now: Date, random: (size: number) => Buffer = randomBytes): string {
  const day = inChinaStandardTime(now).slice(0, 10).replaceAll('-', '');
  return `${partner}-FS-${day}-${random(2).toString('hex').toUpperCase()}`;
}

/**
 * The Idempotency-Key of the forward: derived from the reference, so sending the same case again
 * (a retry, or the demo started again) is answered with the first receipt.
 */
export function idempotencyKeyOf(partnerReference: string): string {
  // The header takes visible ASCII only; a reference in other characters is hashed.
  const key = `forward-${partnerReference}`;
  return /^[\x21-\x7e]{1,100}$/.test(key) ? key : `forward-${createHash('sha256').update(partnerReference, 'utf8').digest('hex')}`;
}
