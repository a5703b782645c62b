import { AGENCY_TYPES, LEGAL_CATEGORIES, TICKET_STATUSES } from '@legal-hotline/contracts';
import type { CaseStatusChanged } from '../partner-cases/domain/case-notification.js';
import type { TransferPayload } from '../partner-transfers/domain/transfer-payload.js';
import type { JsonObject } from './openapi-31.js';

/**
 * What the exchange POSTs to a partner's registered endpoint, for the `webhooks` section of the
 * partner document (OpenAPI 3.1). Written by hand: the bodies are built in the exchange's domain
 * (`TransferPayload`, `CaseStatusChanged`) rather than from DTO classes. The compiler holds the
 * properties to those types' fields, and the enumerations come from the contracts, so neither
 * can fall behind.
 */

const signedDeliveryHeaders: JsonObject[] = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      '本条消息的 id：转办为 transferId，案件状态变更为 messageId。重试时不变——按它去重，收到已处理过的 id 时照常回复 2xx 但不要再处理。\n\n' +
      'The message id (the transferId, or the status change’s messageId); the same on every retry: drop a repeat after answering it 2xx.',
    schema: { type: 'string', format: 'uuid' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description:
      '本次发送的时间（Unix 秒），每次重试都重新签名。与本方时钟相差超过 300 秒的请拒收（防重放）。\n\n' +
      'Unix seconds of this attempt (re-signed on every retry); refuse one more than 300 s from your clock.',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,<base64 HMAC-SHA256>`，签名内容为 `{webhook-id}.{webhook-timestamp}.{原始请求体}`，密钥为本方的推送密钥（`whsec_...`）。' +
      '每把有效的推送密钥各出一个签名，以空格分隔（更换密钥期间有两把）；任一签名验证通过即可。\n\n' +
      'One `v1,` signature per active delivery secret, separated by spaces; accept the webhook when any one verifies with a secret you hold.',
    schema: { type: 'string' },
  },
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description: '与 webhook-id 相同。\n\nThe same as webhook-id.',
    schema: { type: 'string' },
  },
];

const deliveryResponses: JsonObject = {
  '2XX': {
    description:
      '技术回执：已收到并验签通过。任何 2xx 都算送达，平台不再重试。请在 5 秒内答复，业务处理（受理、退回、办理）放在答复之后，通过合作方 API 进行。' +
      '答复体可选：JSON 对象中的 `partnerReference`（或 Open311 的 `service_request_id`）会被记录为本方编号。\n\n' +
      'Technical receipt: any 2xx within the delivery timeout (5 s by default) ends the retries. Answer first, act afterwards through the partner API. ' +
      'A `partnerReference` (or Open311 `service_request_id`) in a JSON answer is recorded as your reference.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookReceipt' } } },
  },
  default: {
    description:
      '其他状态码、连接失败或超时：平台按指数退避（含抖动，默认 1 秒起、每次翻倍、最长 5 分钟）持续重试，同一 webhook-id 不变；失败期间向监督人员告警。\n\n' +
      'Any other status, no connection or no answer in time: retried with exponential back-off and jitter (1 s doubling up to 5 min by default), ' +
      'same webhook-id; supervisors are alerted while it keeps failing.',
  },
};

export const PARTNER_WEBHOOKS: JsonObject = {
  'transfer.requested': {
    post: {
      operationId: 'transferRequested',
      tags: ['partner transfers'],
      summary: '转办：12348 平台把一件事项转给合作热线',
      description:
        '平台（首问负责方）把不属于法律服务的事项，或紧情要情（来电人可能采取过激行为，立即转 110，《人民调解法》第二十五条）转给合作热线。' +
        '这是整个请求中唯一带有来电人姓名和电话的消息（合作方需要联系来电人），只发往登记的地址，送达后平台即删除这部分信息。\n\n' +
        '收到后：先答复 2xx（技术回执）；再在受理时限内调用 `POST /api/v1/partner/transfers/{transferId}/accept` 受理或 `.../reject` 附原因代码退回（业务回执）；' +
        '受理后可多次 `.../progress` 报告进展，最后 `.../result` 报告办理结果（办结回执）。' +
        '受理时限按合作方和紧急程度计算（默认 110：紧急 15 分钟、一般 1 小时；12345 和 12355：紧急 2 小时、一般 1 个工作日；12368：紧急 4 小时、一般 2 个工作日），' +
        '超时未答复的转办退回首问平台并提示下一步。同一转办的重试使用同一 webhook-id。\n\n' +
        'The platform passes a matter to the partner: a dangerous one (danger, to 110 at once) or one that is not a legal service matter (not-ours). ' +
        'Answer 2xx, then accept or reject it within the acceptance deadline through the partner API, report progress, and finally the result.',
      parameters: signedDeliveryHeaders,
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TransferRequestedWebhook' } } } },
      responses: deliveryResponses,
    },
  },
  'case.status-changed': {
    post: {
      operationId: 'caseStatusChanged',
      tags: ['partner tickets'],
      summary: '案件状态变更：合作热线转来的案件每变一次状态推送一次',
      description:
        '合作方转来的案件，每次状态变化（接收、分派、待受理、已受理、办理中、已答复、待回访、办结、重新办理、合并、撤销合并、退回）都推送一条，' +
        '不含任何个人信息。同一案件的推送严格按 `sequence`（1、2、3……，不跳号）顺序送达：前一条未送达（未得到 2xx）时，后一条不会发送。' +
        '同样的对象也出现在拉取 feed（`GET /api/v1/partner/tickets?after=<cursor>`）中，`cursor` 是这条变更在 feed 中的位置；推送和拉取可同时使用，按 `messageId` 去重。' +
        '尚未登记接收地址时，变更照样记录，可拉取；登记地址和推送密钥后依次补推。\n\n' +
        'Every status change of a case the partner forwarded, without personal data, delivered in `sequence` order per case (a change is not sent while an ' +
        'earlier one of the case is undelivered). The same objects fill the cursor feed; use both and drop repeats by `messageId`.',
      parameters: signedDeliveryHeaders,
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CaseStatusChangedWebhook' } } } },
      responses: deliveryResponses,
    },
  },
};

const instant = (example: string): JsonObject => ({ type: 'string', format: 'date-time', example });

export const PARTNER_WEBHOOK_SCHEMAS: Record<string, JsonObject> = {
  TransferRequestedWebhook: {
    type: 'object',
    description: '转办消息 / a transfer to the partner',
    required: ['type', 'messageId', 'ticketId', 'ticketNumber', 'reason', 'urgent', 'legalCategory', 'regionCode', 'summary', 'note', 'caller', 'requestedBy', 'requestedAt'],
    properties: {
      type: { const: 'transfer.requested', description: '消息类型，按它分发 / route webhooks by it' },
      messageId: { type: 'string', format: 'uuid', description: '转办号（transferId），后续受理、退回、报告都用它 / the transfer id' },
      ticketId: { type: 'string', format: 'uuid', description: '共享工单 id，各环节不变 / the shared ticket id' },
      ticketNumber: { type: 'string', example: '12348-20261124-000007', description: '12348 工单号，来电人知道这个号码 / the number the caller was given' },
      reason: {
        type: 'string',
        enum: ['danger', 'not-ours'],
        description: 'danger：紧情要情，立即转办（《人民调解法》第二十五条）；not-ours：非法律服务事项 / dangerous matter, or not a legal service matter',
      },
      urgent: { type: 'boolean', description: '紧急（紧情要情一律紧急），受理时限按紧急计算 / urgent: the shorter acceptance deadline applies' },
      legalCategory: { type: 'string', enum: [...LEGAL_CATEGORIES] },
      regionCode: { type: 'string', pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$', example: '440605011', description: '行政区划代码（6、9 或 12 位）/ division code' },
      summary: { type: 'string', maxLength: 4000, example: '来电人称老板欠薪，扬言扣押老板车辆。' },
      note: { type: ['string', 'null'], maxLength: 2000, description: '首问平台的说明 / the owner’s note' },
      caller: {
        type: ['object', 'null'],
        description: '来电人联系方式：个人信息，仅用于联系来电人，勿写入日志 / the caller’s contact: personal information, for calling back only',
        required: ['name', 'phone', 'language'],
        properties: {
          name: { type: 'string', example: '李强' },
          phone: { type: 'string', example: '13765002345' },
          language: { type: 'string', example: 'zh-CN', description: 'BCP 47 或方言代码，如 yue（粤语）/ BCP 47 tag or dialect code' },
        },
      },
      requestedBy: {
        type: 'object',
        required: ['organisation', 'agent'],
        properties: {
          organisation: { type: 'string', example: '广东省12348公共法律服务热线' },
          agent: { type: ['string', 'null'], example: '林晓' },
        },
      },
      requestedAt: { ...instant('2026-11-24T11:00:00.000+08:00'), description: '转办时间（北京时间 +08:00），受理时限从此起算 / the acceptance clock starts here' },
    } satisfies Record<keyof TransferPayload, JsonObject>,
  },
  CaseStatusChangedWebhook: {
    type: 'object',
    description: '案件状态变更 / one status change of a forwarded case',
    required: ['type', 'messageId', 'ticketId', 'ticketNumber', 'partnerReference', 'sequence', 'status', 'coarseStatus', 'currentHandler', 'note', 'at', 'cursor'],
    properties: {
      type: { const: 'case.status-changed' },
      messageId: { type: 'string', format: 'uuid', description: '每条变更一个，重试不变 / one per change, the same on every retry' },
      ticketId: { type: 'string', format: 'uuid', description: '转来时平台回执中的共享工单 id / the id of the forward’s receipt' },
      ticketNumber: { type: ['string', 'null'], example: '12348-20261124-000008', description: '平台受理后才有 / set once the platform opened the ticket' },
      partnerReference: { type: 'string', example: '110-FS-20261124-3F9A', description: '本方转来时的编号 / your reference' },
      sequence: { type: 'integer', minimum: 1, description: '本案第几次变更，1、2、3……不跳号 / 1, 2, 3… per case, no gaps' },
      status: { type: 'string', enum: [...TICKET_STATUSES], description: '扩展状态 / extended status' },
      coarseStatus: { type: 'string', enum: ['open', 'closed'], description: 'Open311 状态 / Open311 status' },
      currentHandler: {
        type: ['object', 'null'],
        description: '当前承办机构；在 12348 平台自己手中时为 null / the body holding the case; null while with the 12348 platform',
        required: ['name', 'agencyType'],
        properties: { name: { type: 'string', example: '南海区法律援助中心' }, agencyType: { type: 'string', enum: [...AGENCY_TYPES] } },
      },
      note: { type: 'string', example: 'Accepted by 南海区法律援助中心', description: '平台撰写的说明，不含个人信息 / written by the platform, no personal data' },
      at: instant('2026-11-24T11:20:00.000+08:00'),
      cursor: { type: 'string', example: '42', description: '本变更在 feed 中的位置，不透明：原样传给 `after` / opaque feed position: pass it as `after`' },
    } satisfies Record<keyof CaseStatusChanged, JsonObject>,
  },
  WebhookReceipt: {
    type: 'object',
    description: '合作方对推送的答复（可选）/ the partner’s answer (optional)',
    properties: {
      partnerReference: { type: 'string', maxLength: 100, description: '本方编号（仅转办）/ your reference (transfers only)' },
    },
  },
};
