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
  'KNOWLEDGE.NOT_FOUND': '找不到该知识条目，可能尚未发布或已被删除，请刷新后重试。',
  'KNOWLEDGE.INVALID_TRANSITION': '该条目当前状态不允许此操作（可能已被他人审核、提交或停用），请刷新查看最新状态。',
  'KNOWLEDGE.REVISION_IN_REVIEW': '该条目的修改稿正在审核，请等审核人发布或退回后再修改。',
  'KNOWLEDGE.NOT_AUTHOR': '未发布的条目只能由作者本人或审核人（坐席班长、督办）修改。',
  'KNOWLEDGE.NOT_REVIEWER': '只有坐席班长和督办人员可以审核或停用知识条目。',
  'KNOWLEDGE.REVIEWER_IS_AUTHOR': '不能审核自己撰写或修改的条目（双人审核），请由其他班长或督办人员审核。',
  'KNOWLEDGE.NOTE_REQUIRED': '退回条目时请填写需要修改的内容。',
  'KNOWLEDGE.VALIDITY_ENDS_BEFORE_START': '有效期截止日期不能早于生效日期，请重新选择。',
  'KNOWLEDGE.GUIDE_MISSING': '办事指南须填写受理机构、办理地点和申请材料。',
  'KNOWLEDGE.UNKNOWN_SPECIAL_LINE': '所选专线不存在，请先开设该专线，或从所属专线中删除它。',
  'KNOWLEDGE.GUIDE_NOT_ALLOWED': '只有办事指南需要填写受理机构和申请材料，请删除或改选条目类型。',
  'DUTY_ROTA.EMPTY_PERIOD': '结束时间必须晚于开始时间。',
  'DUTY_ROTA.ENDS_BEFORE_STARTS': '班次结束时间必须晚于开始时间。',
  'DUTY_ROTA.NOT_ALLOWED': '只有本平台的坐席班长和本省督办人员可以修改值班排班。',
  'DUTY_ROTA.ORGANISATION_REQUIRED': '请选择要查看或修改的平台。',
  'DUTY_ROTA.PERIOD_TOO_LONG': '一次最多查看 62 天的排班，请缩短时间范围。',
  'DUTY_ROTA.PERSON_INACTIVE': '该人员已停止值班，请先在“人员与技能”中恢复其值班后再排班。',
  'DUTY_ROTA.PERSON_NOT_ON_ROTA': '该人员不在本平台值班名单中，请先在“人员与技能”中添加。',
  'DUTY_ROTA.PLATFORM_NOT_SERVED': '该人员不在此平台值班，请改选平台或先修改其值班平台。',
  'DUTY_ROTA.SHIFT_NOT_FOUND': '找不到该班次，可能已被删除，请刷新排班。',
  'DUTY_ROTA.SHIFT_OVERLAPS': '该人员在这段时间已有班次，请调整时间。',
  'DUTY_ROTA.SHIFT_TOO_LONG': '一个班次最长 24 小时，请拆分为多个班次。',
  'DUTY_ROTA.UNKNOWN_LANGUAGE': '请从选项中选择语言或方言。',
  'INSPECTION.ALREADY_REVIEWED': '该样本已由他人评查，请刷新查看结果。',
  'INSPECTION.NOT_REVIEWED': '该样本尚未评查，暂无需要确认的结果。',
  'INSPECTION.NOT_YOUR_FINDING': '该质检结果属于其他坐席，您只能确认自己的质检结果。',
  'INSPECTION.NO_DRAW_SCOPE': '您的账号未设置督办辖区或所属单位，不能抽取质检样本，请联系管理员。',
  'INSPECTION.OWN_SAMPLE': '不能评查自己答复的工单，请由其他班长或督办人员评查。',
  'INSPECTION.PERIOD_INVALID': '请选择要抽检的月份。',
  'INSPECTION.PERIOD_NOT_BEGUN': '该月份尚未开始，请选择本月或以前的月份。',
  'INSPECTION.SAMPLE_NOT_FOUND': '找不到该质检样本，请刷新列表。',
  'INSPECTION.SCORE_INVALID': '每项评分须为 0 到 5 的整数，请逐项评分。',
  'INSPECTION.SHARE_DIFFERS': '本月已按其他抽检比例抽取过样本，请使用原比例（再次抽取只补充投诉和回访不满意的工单）。',
  'SPECIAL_LINE.ALREADY_CLOSED': '该专线已关闭。',
  'SPECIAL_LINE.ALREADY_EXISTS': '专线代码已被使用（含已关闭的专线），请换一个代码。',
  'SPECIAL_LINE.CLOSED': '该专线已关闭，不能再修改。',
  'SPECIAL_LINE.ENDS_BEFORE_START': '专线结束时间必须晚于开始时间。',
  'SPECIAL_LINE.ENDS_IN_PAST': '专线结束时间必须在当前时间之后。',
  'SPECIAL_LINE.NOT_FOUND': '找不到该专线，请核对专线代码。',
  'SPECIAL_LINE.PLATFORM_WIDE': '全平台专线只能由省级督办人员开设或修改，请选择您辖区内的地区。',
  'TICKET.NOT_A_DESK_REQUEST': '法律援助申请和人民调解预申请须派单至承办机构，不能即时办结或留坐席，请改选办理方式或诉求类型。',
  'TICKET.DISPATCH_REASON_MISSING': '咨询和投诉派单至承办机构时，请填写派单原因。',
  'TICKET.DANGEROUS_MATTER': '紧情要情须移交并派单，不能即时办结，请选择“派单至承办机构”。',
  'TICKET.KNOWLEDGE_UNPUBLISHED': '引用的知识库条目已停用或尚未发布，请取消引用后重新选择。',
  'TICKET.SPECIAL_LINE_CLOSED': '该专线已关闭或不在开放期内，请改选其他专线或不选专线。',
  'TICKET.NOT_AT_DESK': '该工单已派往承办机构，不能在坐席即时办结，请刷新查看最新状态。',
  'TICKET.ALREADY_DISPATCHED': '该工单已转为工单派往承办机构，无需重复操作。',
  'TICKET.NO_RESPONSIBLE_PLATFORM': '所选地区不属于本平台服务的省份，请重新选择所在地区。',
  'ONLINE_QUESTION.NOT_ON_DUTY': '您当前不在网络或热线值班时段，不能领取网络咨询。请查看值班表，或联系坐席班长排班。',
  'ONLINE_QUESTION.LANGUAGE_MISMATCH': '提问人使用的语言或方言不在您的技能中，请留给会该语言的值班人员领取。',
  'ONLINE_QUESTION.TOO_MANY_CLAIMS': '您已领取的未答复咨询达到上限，请先答复或释放后再领取。',
  'ONLINE_QUESTION.ALREADY_CLAIMED': '该咨询已被其他值班人员领取，请领取下一条。',
  'ONLINE_QUESTION.NOT_OPEN': '该咨询已答复或已转为工单，不在待答队列中，请刷新列表。',
  'ONLINE_QUESTION.NOT_CLAIMER': '该咨询不是您领取的，请先领取；如已被他人领取，请领取其他咨询。',
  'ONLINE_QUESTION.NOT_CLAIMED': '该咨询尚未被领取，无需释放。',
  'ONLINE_QUESTION.NOT_FOUND': '找不到该咨询，可能已被撤回或转为工单，请刷新列表。',
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
  kind: '条目类型',
  title: '标题',
  question: '常见问法',
  guide: '办事指南',
  'guide.body': '受理机构',
  'guide.whereToApply': '办理地点和方式',
  'guide.materials': '申请材料',
  'guide.timeLimit': '办理时限',
  regionCodes: '适用地区',
  citedArticles: '引用法条',
  specialLineCodes: '所属专线',
  validFrom: '生效日期',
  validUntil: '有效期至',
  decision: '审核结论',
  personSubject: '值班人员',
  platform: '值班平台',
  startsAt: '开始时间',
  endsAt: '结束时间',
  languages: '语言或方言',
  legalCategories: '法律事项类别',
  organisationId: '平台',
  period: '月份',
  share: '抽检比例',
  findings: '质检意见',
  'scores.legalAccuracy': '法律适用准确',
  'scores.citation': '引用法条规范',
  'scores.clarity': '表达清晰',
  'scores.attitude': '服务态度',
  'scores.caseEducation': '个案普法',
  code: '专线代码',
  name: '名称',
  description: '说明',
  priority: '优先级',
  onlineAnswerHours: '网络咨询答复时限',
  specialLine: '专线',
  'handling.mode': '办理方式',
  'handling.answer': '答复内容',
  'handling.citedArticles': '引用法条',
  'handling.knowledgeEntryIds': '参考的知识库条目',
  'handling.caseEducationGiven': '个案普法',
  'handling.reason': '派单原因',
  knowledgeEntryIds: '参考的知识库条目',
  caseEducationGiven: '个案普法',
  callerName: '姓名',
  language: '语言或方言',
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
