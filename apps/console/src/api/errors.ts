// The services answer every error in one shape: {statusCode, error, message, errors: [{field,
// code, description}]}. The console turns it into Chinese that says what to do next.

export interface FieldProblem {
  field: string;
  code: string;
  description: string;
}

export interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly retryAfterSeconds?: number,
  ) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The problems, with a code (the first coded one decides the message). */
  get problems(): FieldProblem[] {
    return Array.isArray(this.body.errors) ? this.body.errors : [];
  }
}

/** The network or nginx failed before a service answered. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

/** What each coded refusal means for the person in front of the screen. */
export const ERROR_CODE_MESSAGES: Record<string, string> = {
  'AUTH.TOKEN_MISSING': '登录已失效，请重新登录。',
  'AUTH.TOKEN_EXPIRED': '登录已过期，请重新登录。',
  'AUTH.TOKEN_INVALID': '登录凭证无效，请重新登录。',
  'AUTH.PROVIDER_UNREACHABLE': '统一身份认证服务暂时无法连接，请稍后重试；如持续出现请联系系统管理员。',
  'AUTH.ROLE_MISSING': '您的账号没有此项操作的权限。如确需办理，请联系管理员开通相应角色。',
  'AUTH.ROUTE_UNDECLARED': '此功能未开放，请联系系统管理员。',
  'ACCESS.OTHER_BODY': '该事项属于其他单位，您只能办理本单位的事项。',
  'ACCESS.OUTSIDE_AREA': '该事项不在您的督办辖区内。',
  'ACCESS.NO_AREA': '您的账号未设置督办辖区，请联系管理员。',
  'ACCESS.NO_ORGANISATION': '您的账号未绑定单位，请联系管理员。',
  'AGENCY.ALREADY_CLOSED': '该机构已撤销，不能再修改。',
  'AGENCY.INVALID_DUTY_HOURS': '值班时间格式不正确，请按“周一至周日、开始—结束时间”填写。',
  'AGENCY.NOTHING_TO_CHANGE': '没有需要保存的修改。',
  'AGENCY.NOT_FOUND': '找不到该机构，可能已被撤销，请刷新后重试。',
  'ASSIGNMENT.ALREADY_COMPLETED': '该事项已办结，无需重复操作。',
  'ASSIGNMENT.ALREADY_DECIDED': '该事项已由本单位其他人员接收或退回，请刷新查看最新状态。',
  'ASSIGNMENT.ALREADY_STARTED': '该事项已开始办理。',
  'ASSIGNMENT.NOTE_REQUIRED': '请填写说明后再提交。',
  'ASSIGNMENT.NOT_ACCEPTED': '请先接收该事项，再开始办理或办结。',
  'ASSIGNMENT.NOT_FOUND': '找不到该事项，可能已被撤回，请刷新列表。',
  'ASSIGNMENT.RESULT_REQUIRED': '请填写办理结果。',
  'ASSIGNMENT.WITHDRAWN': '该事项已被撤回（超期改派、工单办结或合并），无需再处理。',
  'CLOCK.ALREADY_FIRED': '接收期限已到期，不能再暂停。',
  'CLOCK.ALREADY_PAUSED': '该计时已暂停。',
  'CLOCK.NOT_PAUSED': '该计时未暂停，无需恢复。',
  'CLOCK.STOPPED': '该事项已接收或退回，计时已停止。',
  'CONSENT.REQUIRED': '需先取得来电人同意，请确认后再提交。',
  'IDEMPOTENCY.IN_PROGRESS': '上一次提交仍在处理中，请稍候几秒再看结果，不要重复提交。',
  'IDEMPOTENCY.KEY_REUSED': '表单内容已更改，请重新提交。',
  'IDEMPOTENCY.KEY_INVALID': '提交编号无效，请刷新页面后重新提交。',
  'IDEMPOTENCY.KEY_MISSING': '提交编号缺失，请刷新页面后重新提交。',
  'JURISDICTION.ENDS_BEFORE_START': '管辖结束日期必须晚于开始日期。',
  'JURISDICTION.NOT_FOUND': '找不到该管辖区域。',
  'JURISDICTION.OVERLAPS': '该区域已由本机构管辖，时间段重叠。',
  'LOOKUP.TOO_MANY_ATTEMPTS': '查询次数过多，请稍后再试。',
  'PARTNER.NOT_FOUND': '找不到该兄弟热线。',
  'PII.NOT_ENTITLED': '您无权查看该来电人的完整信息（仅负责答复平台的坐席和已接收事项的承办人员可以查看）。',
  'REGION.MALFORMED': '行政区划代码格式不正确，请从区划选择器中选择。',
  'REGION.UNKNOWN': '行政区划不存在或已撤销，请重新选择。',
  'TICKET.AGENCY_MISMATCH': '该工单当前不在此机构办理。',
  'TICKET.ALREADY_WATCHING': '本单位已在关注该工单。',
  'TICKET.FOLLOW_UP_MISSING': '请先完成回访，再办结工单。',
  'TICKET.INVALID_TRANSITION': '工单当前状态不允许此操作，请刷新查看最新状态。',
  'TICKET.MERGE_INTO_ITSELF': '不能把工单合并到它自己。',
  'TICKET.MERGE_TARGET_CLOSED': '目标工单已办结，不能合并进去。',
  'TICKET.MERGE_TARGET_UNKNOWN': '找不到目标工单，请核对工单号。',
  'TICKET.NOT_ANSWERED': '请先答复来电人，再进行回访。',
  'TICKET.NOT_FOUND': '找不到该工单，请核对工单号。',
  'TICKET.NOT_OWNER': '只有负责答复的平台可以办理此操作（本单位首问受理的工单，或兄弟热线转来、由本平台负责答复的工单）。',
  'TICKETS.EMPTY_PERIOD': '结束时间必须晚于开始时间。',
  'PERIOD.ENDS_BEFORE_START': '结束日期不能早于开始日期，请重新选择统计期间。',
  'PERIOD.TOO_LONG': '统计期间最长一年（366 天），请缩短后再查。',
  'DASHBOARD.NO_LEVEL_BELOW': '该地区已是最细一级，不能再向下细分。',
  'TRANSFER.ALREADY_DELIVERED': '该转办已送达兄弟热线。',
  'REQUEST.MALFORMED_JSON': '提交的数据格式有误，请刷新页面后重试。',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': '提交的数据格式有误，请刷新页面后重试。',
  'REQUEST.NUL_CHARACTER': '输入内容含有无法识别的字符，请删除后重试。',
  'REQUEST.LONE_SURROGATE': '输入内容含有无法识别的字符，请删除后重试。',
  'REQUEST.FORBIDDEN_KEY': '提交的数据包含不允许的字段，请刷新页面后重试。',
  'REQUEST.TOO_DEEP': '提交的数据层级过深。',
};

/** Messages by HTTP status, when no code says more. */
export const STATUS_MESSAGES: Record<number, string> = {
  400: '填写的内容有误，请按提示修改后重新提交。',
  401: '登录已失效，请重新登录。',
  403: '您没有此项操作的权限。',
  404: '找不到该记录，可能已被删除或不在您的权限范围内。',
  409: '该记录已被他人更新，请刷新查看最新状态后再操作。',
  413: '提交的内容过长，请精简后重试。',
  415: '提交的数据格式有误，请刷新页面后重试。',
  422: '提交的内容不符合业务规则，请按提示修改。',
  429: '操作过于频繁，请稍后再试。',
  500: '服务出现异常，您填写的内容已保留，请稍后重试；如持续出现请联系系统管理员。',
  502: '服务暂时不可用，您填写的内容已保留，请稍后重试。',
  503: '服务暂时不可用，您填写的内容已保留，请稍后重试。',
  504: '服务响应超时，请稍后查看是否已保存，再决定是否重试。',
};

/** Chinese names of the request fields the services name in their errors. */
export const FIELD_LABELS: Record<string, string> = {
  channel: '受理渠道',
  caller: '来电人',
  'caller.name': '来电人姓名',
  'caller.phone': '联系电话',
  'caller.idNumber': '身份证号',
  'caller.language': '语言或方言',
  'caller.accessibilityNeeds': '无障碍需求',
  requestType: '诉求类型',
  legalCategory: '法律事项类别',
  regionCode: '所在地区',
  'matterLocation.arosenInRegionCode': '事由发生地',
  'matterLocation.handlingOrgan': '办案机关',
  'matterLocation.handlingOrgan.type': '办案机关类型',
  'matterLocation.handlingOrgan.name': '办案机关名称',
  'matterLocation.handlingOrgan.regionCode': '办案机关所在地',
  summary: '诉求摘要',
  answer: '答复内容',
  result: '回访结果',
  satisfaction: '满意度',
  note: '说明',
  reason: '原因',
  outcome: '办理结果',
  ticketNumber: '工单号',
  callerPhone: '来电号码',
  intoTicketId: '目标工单',
  partner: '兄弟热线',
  purpose: '查看目的',
  from: '开始日期',
  to: '结束日期',
  availability: '接待状态',
  dutyHours: '值班时间',
  effectiveFrom: '生效日期',
  effectiveTo: '结束日期',
  effectiveAt: '生效时间',
  url: '接收地址',
  secret: '签名密钥',
  status: '状态',
};

const VALIDATION_MESSAGES: Record<string, string> = {
  isNotEmpty: '不能为空',
  isDefined: '必须填写',
  isIn: '请从选项中选择',
  isString: '格式不正确',
  isLength: '长度不符合要求',
  length: '长度不符合要求',
  isChinesePhoneNumber: '请填写 11 位手机号或带区号的固定电话（仅数字）',
  isResidentIdNumber: '身份证号不正确（18 位，含校验位）',
  isRegionCode: '请从区划选择器中选择',
  isVisibleText: '请填写可见文字',
  isLanguageTag: '请从选项中选择语言或方言',
  matches: '格式不正确',
  isUuid: '编号格式不正确',
  whitelistValidation: '不允许的字段',
  unknown: '不允许的字段',
};

export function fieldLabelOf(field: string): string {
  return FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/\.\d+/g, '')] ?? field;
}

/** The Chinese sentence for one field problem: "联系电话：请填写 11 位手机号…". */
export function fieldProblemText(problem: FieldProblem): string {
  const coded = ERROR_CODE_MESSAGES[problem.code];
  const reason = coded ?? VALIDATION_MESSAGES[problem.code] ?? '内容不符合要求';
  return problem.field ? `${fieldLabelOf(problem.field)}：${reason}` : reason;
}

/** The main Chinese message for an error, saying what to do. */
export function messageOf(error: unknown): string {
  if (error instanceof NetworkError) return '网络连接中断，您填写的内容已保留。请检查网络后重试。';
  if (!(error instanceof ApiError)) return '操作未完成，请稍后重试。';
  for (const problem of error.problems) {
    const coded = ERROR_CODE_MESSAGES[problem.code];
    if (coded) return coded;
  }
  if (error.status === 429 && error.retryAfterSeconds) return `操作过于频繁，请 ${error.retryAfterSeconds} 秒后再试。`;
  return STATUS_MESSAGES[error.status] ?? (error.status >= 500 ? STATUS_MESSAGES[500]! : '操作未完成，请稍后重试。');
}

/** Per-field messages for a form (field path → Chinese reason), for 400 and 422 answers. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.problems) {
    if (!problem.field) continue;
    result[problem.field] ??= ERROR_CODE_MESSAGES[problem.code] ?? VALIDATION_MESSAGES[problem.code] ?? '内容不符合要求';
  }
  return result;
}
