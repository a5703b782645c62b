import type { PartnerCode, Policy, RejectionReason } from './arguments.js';
import type { TransferRequested } from './messages.js';

/** The commands a partner sends about a transfer, in the exchange's request shapes. */
export type TransferStep =
  | { kind: 'accept'; body: { partnerReference: string; acceptedBy: string; note: string } }
  | { kind: 'reject'; body: { reason: RejectionReason; note: string } }
  | { kind: 'progress'; body: { note: string } }
  /** `completedAt` is added when the result is sent: {@link resultBody}. */
  | { kind: 'result'; body: { outcome: 'handled'; actionTaken: string; replyToCaller: string } };

/** How each partner's desk words its answers; plausible for the demo, not any real desk's. */
interface Desk {
  name: string;
  /** Prefix of the partner's own case number (接警编号 for 110). */
  referencePrefix: string;
  acceptedBy: string;
  acceptNote: string;
  progress: string;
  actionTaken: string;
  replyToCaller: string;
}

const DESKS: Record<PartnerCode, { danger: Desk; other: Desk }> = {
  '110': {
    danger: {
      name: '110报警服务台',
      referencePrefix: '110-JQ',
      acceptedBy: '110指挥中心接警席',
      acceptNote: '已接警（紧情要情），正在调度属地派出所处置。',
      progress: '已指派属地派出所民警联系来电人，民警正赶赴现场。',
      actionTaken: '民警已到场与来电人及相关方当面沟通，劝导其不要采取过激行为，并告知依法维权途径；现场无冲突，已做好登记。',
      replyToCaller: '民警已告知来电人：纠纷请通过人民调解、仲裁或诉讼依法解决，切勿采取过激行为；如遇危险请立即拨打110。',
    },
    other: {
      name: '110报警服务台',
      referencePrefix: '110-JQ',
      acceptedBy: '110指挥中心接警席',
      acceptNote: '已接收转办，交属地派出所核实。',
      progress: '属地派出所已联系来电人了解情况。',
      actionTaken: '属地派出所已受理并核实情况，按治安事项依法处置。',
      replyToCaller: '已告知来电人：事项已由属地派出所受理，民警会与其保持联系。',
    },
  },
  '12345': {
    danger: {
      name: '12345政务服务便民热线',
      referencePrefix: '12345-GD',
      acceptedBy: '12345热线派单席',
      acceptNote: '已受理，加急派单至属地职能部门。',
      progress: '已派单至属地人社部门劳动保障监察大队。',
      actionTaken: '劳动保障监察大队已立案调查并约谈用人单位，责令限期支付拖欠工资。',
      replyToCaller: '已告知来电人：劳动保障监察已介入，处理结果将短信告知。',
    },
    other: {
      name: '12345政务服务便民热线',
      referencePrefix: '12345-GD',
      acceptedBy: '12345热线派单席',
      acceptNote: '已受理，派单至属地职能部门。',
      progress: '已派单至承办部门，承办部门已签收。',
      actionTaken: '承办部门已核实并依职责处理。',
      replyToCaller: '已告知来电人：承办部门已处理完毕，如有疑问可再次来电。',
    },
  },
  '12355': {
    danger: {
      name: '12355青少年服务台',
      referencePrefix: '12355-QS',
      acceptedBy: '12355值班心理辅导员',
      acceptNote: '已受理（紧急），安排值班辅导员介入。',
      progress: '值班辅导员已与来电人取得联系，正在进行危机干预。',
      actionTaken: '已完成危机干预并联系监护人，转介至属地共青团青少年服务站跟进。',
      replyToCaller: '已告知来电人：服务站社工将持续跟进，如遇紧急情况请拨打110。',
    },
    other: {
      name: '12355青少年服务台',
      referencePrefix: '12355-QS',
      acceptedBy: '12355服务台',
      acceptNote: '已受理，安排辅导员跟进。',
      progress: '辅导员已与来电人联系。',
      actionTaken: '已提供心理辅导和权益保护咨询。',
      replyToCaller: '已告知来电人：可随时拨打12355获得帮助。',
    },
  },
  '12368': {
    danger: {
      name: '12368诉讼服务热线',
      referencePrefix: '12368-SF',
      acceptedBy: '12368诉讼服务中心',
      acceptNote: '已受理（紧急），转承办法院处理。',
      progress: '已联系承办法院立案庭。',
      actionTaken: '承办法院已登记并告知诉讼保全及先予执行途径。',
      replyToCaller: '已告知来电人：可向法院申请诉讼保全，并可申请诉讼费缓减免。',
    },
    other: {
      name: '12368诉讼服务热线',
      referencePrefix: '12368-SF',
      acceptedBy: '12368诉讼服务中心',
      acceptNote: '已受理，转承办法院。',
      progress: '已将诉求转至承办法院，等待回复。',
      actionTaken: '承办法院已答复案件进度。',
      replyToCaller: '已告知来电人案件进度及立案流程。',
    },
  },
};

const REJECTION_NOTES: Record<RejectionReason, string> = {
  'not-our-matter': '该事项不属于本热线受理范围，请转有权处理的部门。',
  'outside-our-area': '事发地不在本热线服务区域，请转事发地热线。',
  'insufficient-information': '转办信息不足（缺少事发地点和诉求），请补充后重新转办。',
  duplicate: '该来电人同一事项已在本热线登记，无需重复转办。',
  'caller-unreachable': '按所留号码多次回拨未能联系到来电人。',
};

/** The partner's name, for log lines. */
export function deskName(partner: PartnerCode): string {
  return DESKS[partner].other.name;
}

/**
 * What the partner answers to a transfer, by policy: accept it (with the partner's own case
 * number), report progress, then the result; refuse it with a coded reason; or say nothing, so
 * the platform's acceptance deadline runs out. The reference is derived from the transfer id, so
 * accepting again after a restart repeats the same command (the platform answers it the same).
 */
export function planTransfer(policy: Policy, partner: PartnerCode, transfer: Pick<TransferRequested, 'messageId' | 'reason'>, rejectReason: RejectionReason): TransferStep[] {
  switch (policy) {
    case 'silent':
      return [];
    case 'reject':
      return [{ kind: 'reject', body: { reason: rejectReason, note: REJECTION_NOTES[rejectReason] } }];
    case 'accept': {
      const desk = transfer.reason === 'danger' ? DESKS[partner].danger : DESKS[partner].other;
      return [
        { kind: 'accept', body: { partnerReference: partnerReferenceOf(desk, transfer.messageId), acceptedBy: desk.acceptedBy, note: desk.acceptNote } },
        { kind: 'progress', body: { note: desk.progress } },
        { kind: 'result', body: { outcome: 'handled', actionTaken: desk.actionTaken, replyToCaller: desk.replyToCaller } },
      ];
    }
  }
}

/** The steps still to do for a transfer already accepted (found on start-up after a restart). */
export function remainingAfterAcceptance(steps: readonly TransferStep[]): TransferStep[] {
  return steps.filter((step) => step.kind === 'progress' || step.kind === 'result');
}

/** The result as sent, finished now: completedAt in China Standard Time, as the platform writes times. */
export function resultBody(step: Extract<TransferStep, { kind: 'result' }>, now: Date): Extract<TransferStep, { kind: 'result' }>['body'] & { completedAt: string } {
  return { ...step.body, completedAt: inChinaStandardTime(now) };
}

/** The partner's own number for the transfer, also returned in its answer to the webhook. */
export function partnerReferenceOf(desk: Pick<Desk, 'referencePrefix'>, transferId: string): string {
  return `${desk.referencePrefix}-${transferId.replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

export function referenceForTransfer(partner: PartnerCode, transfer: Pick<TransferRequested, 'messageId' | 'reason'>): string {
  return partnerReferenceOf(transfer.reason === 'danger' ? DESKS[partner].danger : DESKS[partner].other, transfer.messageId);
}

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** ISO-8601 with +08:00 (China keeps no daylight saving time). */
export function inChinaStandardTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().replace(/Z$/, '+08:00');
}
