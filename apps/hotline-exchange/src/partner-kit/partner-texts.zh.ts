/**
 * The partner document's Chinese texts, laid over the generated OpenAPI document (whose English
 * texts stay beneath them). Partner hotlines' engineers read Chinese first. Every partner
 * operation needs an entry: partner-document.spec.ts fails naming any that has none, and any
 * entry left over after a route was renamed.
 */

export interface OperationText {
  summary: string;
  description: string;
}

export const PARTNER_DOCUMENT_INFO = {
  title: '12348 公共法律服务热线 合作方接口 / 12348 partner hotline API',
  description: [
    '供 110、12345、12355、12368 等合作热线与 12348 公共法律服务平台双向流转工单（工单警单双向流转、受理反馈闭环）。',
    '',
    '**两个方向**',
    '- 合作方 → 12348：`POST /api/v1/partner/tickets` 转来案件（需来电人同意转办，PIPL 第二十三条）。案件所在省的 12348 平台（或合作方用 `responsiblePlatform` 指定的平台）负责答复来电人、回访并办结；每次状态变更推送给合作方（`case.status-changed`），也可按游标拉取。',
    '- 12348 → 合作方：平台把事项推送到合作方登记的地址（`transfer.requested`）；合作方先答复 2xx（技术回执），再受理或附原因退回（业务回执），最后报告办理结果（办结回执）。',
    '',
    '**签名（双向相同，Standard Webhooks）**：请求头 `webhook-id`（每个请求新的 id）、`webhook-timestamp`（Unix 秒）、`webhook-signature`（`v1,<base64 HMAC-SHA256("{webhook-id}.{webhook-timestamp}.{原始请求体}")>`）。合作方请求另带 `X-Partner-Key-Id`，用合作方密钥签名；平台推送用合作方的推送密钥签名。时间戳与服务器时钟相差不得超过 300 秒；用过的 webhook-id 再次使用会被拒绝（409 PARTNER_AUTH.REPLAYED）。合作方密钥和推送密钥都可同时有两把有效，便于不停机轮换。',
    '',
    '**地址**：下列路径以 `/api/` 开头，是交换平台本身的路径；经 12348 网关访问时把开头的 `/api/` 换成 `/api/hotline-exchange/`。',
    '',
    '完整说明（协议、时限、重试与顺序、游标、责任划分、模拟器）见 docs/partner-kit/README.md。',
    '',
    '---',
    '',
    'How partner hotlines (110, 12345, 12355, 12368) and the 12348 platform pass work orders both ways. Every request and webhook is signed with ' +
      'Standard Webhooks (partner key for requests, delivery secret for webhooks; 300 s tolerance; a webhook-id is used once). Paths start with the ' +
      "exchange's own `/api/`; through the 12348 gateway, `/api/hotline-exchange/` takes its place. See docs/partner-kit/README.md.",
  ].join('\n'),
} as const;

export const TAG_TEXTS: Record<string, string> = {
  'partner tickets':
    '合作热线转来的案件：转来、查询、按游标拉取状态变更；每次状态变更也推送到合作方登记的地址（`case.status-changed`）。\n\nCases a partner forwards to 12348, their status and the cursor feed of their changes.',
  'partner transfers':
    '12348 平台转给合作热线的事项（`transfer.requested`）：受理或附原因退回、报告进展和办理结果。\n\nMatters the 12348 platform transfers to the partner: accept or reject, report progress and the result.',
  open311:
    'Open311 GeoReport v2 兼容接口：已使用 Open311 的系统可用同一签名方式转来案件、跟踪状态（不使用 api_key）。\n\nOpen311 GeoReport v2 for partners who speak it; signed like every partner request (no api_key).',
};

/** Keyed by `METHOD path` as the exchange serves it. */
export const OPERATION_TEXTS: Record<string, OperationText> = {
  'POST /api/v1/partner/tickets': {
    summary: '转来案件',
    description:
      '把一件属于公共法律服务的来电转给 12348 平台，返回共享工单 id（ticketId，此后各环节不变）。需要 `Idempotency-Key`：同一键同一内容重发返回首次回执（`Idempotent-Replayed: true`），' +
      '内容不同返回 422 IDEMPOTENCY.KEY_REUSED；同一 `partnerReference` 只能对应一件案件。`callerConsentToTransfer` 必须为 true（来电人同意转办）。' +
      '可用 `responsiblePlatform`（如 `12348-gd`）指定答复来电人并办结的 12348 平台；不指定时由案件所在省的平台负责。',
  },
  'GET /api/v1/partner/tickets': {
    summary: '按游标拉取案件状态变更（feed）',
    description:
      '本方转来的所有案件的状态变更，按 feed 位置从旧到新，每条只出现一次，与推送的对象相同。第一次不带 `after`（从头开始），之后把上次答复的 `nextCursor` 原样作为 `after`。' +
      '游标不透明，不要解析或自行计算；即使并发写入也不会跳过变更。',
  },
  'GET /api/v1/partner/tickets/{ticketId}': {
    summary: '查询一件转来的案件',
    description: '案件当前状态、当前承办机构和历次状态变更。只能查询本方转来的案件，其他 id 一律 404。',
  },
  'POST /api/v1/partner/transfers/{transferId}/accept': {
    summary: '受理转办（业务回执）',
    description:
      '在受理时限内受理平台转来的事项，可附本方编号 `partnerReference`、受理人和说明。推送尚未记为送达时也可受理。相同内容重复提交返回相同结果；已退回的转办再受理返回 409 PARTNER_TRANSFER.INVALID_STATE。' +
      '超过时限后受理仍会记录（标记为逾期受理）。',
  },
  'POST /api/v1/partner/transfers/{transferId}/reject': {
    summary: '退回转办（附原因代码）',
    description:
      '不受理时附原因代码退回：`not-our-matter` 不属于本热线、`outside-our-area` 不在服务区域、`insufficient-information` 信息不足、`duplicate` 重复、`caller-unreachable` 联系不上来电人。' +
      '平台把工单退回首问平台，并附原因和建议的下一步。已受理的转办不能再退回（409）。',
  },
  'POST /api/v1/partner/transfers/{transferId}/progress': {
    summary: '报告办理进展',
    description: '受理之后可多次报告进展（1 至 2000 字）；首问平台在工单时间线上看到每一条，与上一条相同的说明视为重复提交。受理之前、退回之后或已报告结果后再报告返回 409。',
  },
  'POST /api/v1/partner/transfers/{transferId}/result': {
    summary: '报告办理结果（办结回执）',
    description:
      '受理之后报告一次办理结果：`outcome`（handled 已处置、referred-elsewhere 已转他处、no-action-needed 无需处置、caller-unreachable 联系不上来电人）、采取的措施、对来电人的答复和办结时间（带时区）。' +
      '办结时间不能晚于当前时间，也不能早于转办时间（400 PARTNER_TRANSFER.COMPLETED_AT_INVALID）。首问平台据此答复来电人、回访并办结。相同内容重复提交返回相同结果，内容不同返回 409。',
  },
  'GET /api/v1/partner/transfers/{transferId}': {
    summary: '查询一件转办',
    description: '转办的送达状态、回执状态（待受理、已受理、已退回、逾期、已办结）、受理时限、进展和结果；不含来电人联系方式。只能查询转给本方的转办。',
  },
  'GET /api/v1/partner/transfers': {
    summary: '列出转给本方的转办',
    description: '按回执状态筛选，例如 `receipt=awaiting-acceptance` 列出尚待本方受理的转办（系统恢复后补处理）；不含来电人联系方式。',
  },
  'GET /api/open311/v2/services.{format}': {
    summary: 'Open311：可转来的服务类型',
    description: '合作方可转来的请求类型（法律咨询、法律援助申请、人民调解预申请、投诉建议），含中文名称和说明；无需签名。`format` 只支持 `json`（其他格式返回 406）。',
  },
  'GET /api/open311/v2/services/{service_code}.{format}': {
    summary: 'Open311：服务定义（必填属性）',
    description: '一种服务需要的属性：行政区划代码、法律事项类别、来电人同意转办、语言、事发地、合作方编号等；无需签名。',
  },
  'POST /api/open311/v2/requests.{format}': {
    summary: 'Open311：转来案件',
    description:
      '按 Open311 GeoReport v2 转来案件（表单或 JSON），签名方式与其他合作方请求相同，`api_key` 不使用。`attribute[partner_reference]` 必填，作为幂等键：同一编号重发返回首次回执。' +
      '返回 `service_request_id`（即共享工单 id）。错误按 Open311 格式返回 `[{"code", "description"}]`。',
  },
  'GET /api/open311/v2/requests.{format}': {
    summary: 'Open311：查询多件案件',
    description: '按 `service_request_id`（逗号分隔）、更新时间、状态（open/closed）或受理时间查询本方转来的案件；扩展属性中有平台的详细状态和变更记录。',
  },
  'GET /api/open311/v2/requests/{service_request_id}.{format}': {
    summary: 'Open311：查询一件案件',
    description: '本方转来的一件案件的 Open311 视图，扩展属性中有工单号、合作方编号、详细状态和变更记录；其他合作方的案件一律未找到。',
  },
};

/** Chinese first, the generated English after; by header name, case-insensitively. */
export const HEADER_TEXTS: Record<string, string> = {
  'x-partner-key-id': '签名所用合作方密钥的 id',
  'webhook-id': '每个请求新生成的 id（1 至 100 个 A-Z a-z 0-9 _ - : 字符）；用过的 id 再次使用返回 409 PARTNER_AUTH.REPLAYED',
  'webhook-timestamp': '签名时间（Unix 秒），与服务器时钟相差不得超过 300 秒',
  'webhook-signature': '`v1,<base64 HMAC-SHA256("{webhook-id}.{webhook-timestamp}.{原始请求体}")>`，用合作方密钥签名；GET 的请求体为空',
  'idempotency-key': '本方为该请求生成的键（1 至 100 个可见 ASCII 字符）：重发同一内容得到首次答复',
};

/** Prefixed to each response's generated description. */
export const STATUS_TEXTS: Record<string, string> = {
  '200': '成功',
  '201': '已接收',
  '400': '请求有误（`errors[].field` 指出字段）',
  '401': '签名验证失败',
  '403': '无权访问',
  '404': '未找到',
  '406': '不支持的格式',
  '409': '冲突',
  '415': '不支持的内容类型',
  '422': '无法处理',
  '429': '认证失败次数过多，请按 Retry-After 等待',
};

export const SECURITY_TEXT =
  '合作方密钥签名（Standard Webhooks）：请求头 `X-Partner-Key-Id`（密钥 id）、`webhook-id`（每个请求新的 id）、`webhook-timestamp`（Unix 秒）和 `webhook-signature`。' +
  '合作方密钥由交换平台管理员签发，每个合作方最多同时有两把有效密钥，便于轮换。';
