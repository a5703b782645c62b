// Chinese names of the platform's codes. Every code the services answer with is named here, so
// no English code reaches a screen.

export const CHANNEL_LABELS: Record<string, string> = {
  hotline: '热线电话',
  web: '网络平台',
  app: '移动应用',
  wechat: '微信',
  station: '线下站点',
  partner: '兄弟热线转入',
};

export const PLATFORM_LABELS: Record<string, string> = {
  '12348-hotline': '12348 热线',
  '12348-network': '12348 网络平台',
  '12348-station': '公共法律服务站（点）',
  '12345': '12345 政务服务便民热线',
  '110': '110 报警服务台',
  '12355': '12355 青少年服务台',
  '12368': '12368 诉讼服务热线',
};

export const PARTNER_LABELS: Record<string, string> = {
  '12345': '12345 政务服务便民热线',
  '110': '110 报警服务台',
  '12355': '12355 青少年服务台',
  '12368': '12368 诉讼服务热线',
};

export const REQUEST_TYPE_LABELS: Record<string, string> = {
  consultation: '法律咨询',
  'legal-aid-application': '法律援助申请',
  'mediation-pre-application': '人民调解预申请',
  'complaint-or-suggestion': '投诉建议',
};

export const LEGAL_CATEGORY_LABELS: Record<string, string> = {
  'labour-remuneration': '劳动报酬',
  'labour-relations': '劳动关系',
  'work-injury': '工伤',
  'traffic-accident': '交通事故',
  'medical-dispute': '医疗纠纷',
  maintenance: '赡养、抚养、扶养',
  'social-insurance': '社会保险',
  'state-compensation': '国家赔偿',
  'marriage-family': '婚姻家庭',
  'domestic-violence': '家庭暴力',
  neighbourhood: '邻里纠纷',
  property: '物权',
  contract: '合同',
  consumer: '消费维权',
  'criminal-defence': '刑事辩护',
  other: '其他',
};

export const ORGAN_TYPE_LABELS: Record<string, string> = {
  court: '人民法院',
  procuratorate: '人民检察院',
  police: '公安机关',
  'arbitration-commission': '劳动人事争议仲裁委员会',
  'administrative-organ': '行政机关',
};

export const AGENCY_TYPE_LABELS: Record<string, string> = {
  'legal-aid-centre': '法律援助中心',
  'mediation-committee': '人民调解委员会',
};

export const TICKET_STATUS_LABELS: Record<string, string> = {
  received: '已受理',
  'at-desk': '坐席办理中',
  routed: '已分派',
  'awaiting-acceptance': '待接收',
  accepted: '已接收',
  'in-progress': '办理中',
  answered: '已答复',
  'follow-up-due': '待回访',
  closed: '已办结',
  reopened: '已重新打开',
  'returned-to-owner': '已退回首问单位',
  'transferred-out': '已转兄弟热线',
  merged: '已合并',
};

/** Tag colours of the statuses (Ant Design preset colours). */
export const TICKET_STATUS_COLOURS: Record<string, string> = {
  received: 'blue',
  'at-desk': 'lime',
  routed: 'geekblue',
  'awaiting-acceptance': 'gold',
  accepted: 'cyan',
  'in-progress': 'processing',
  answered: 'green',
  'follow-up-due': 'orange',
  closed: 'default',
  reopened: 'purple',
  'returned-to-owner': 'red',
  'transferred-out': 'magenta',
  merged: 'default',
};

export const ASSIGNMENT_STATUS_LABELS: Record<string, string> = {
  requested: '待接收',
  pending: '待接收',
  accepted: '已接收',
  rejected: '已退回',
  'in-progress': '办理中',
  completed: '已办结',
  withdrawn: '已撤回',
};

export const REJECTION_REASON_LABELS: Record<string, string> = {
  'not-our-jurisdiction': '不属本机构管辖',
  'not-our-category': '不属本机构受理事项',
  duplicate: '重复申请',
  'conflict-of-interest': '存在利益冲突',
  'insufficient-information': '材料或信息不足',
};

export const WITHDRAWAL_REASON_LABELS: Record<string, string> = {
  'acceptance-overdue': '超过接收期限，已改派',
  'ticket-closed': '工单已办结',
  'ticket-merged': '工单已合并',
};

export const FOLLOW_UP_RESULT_LABELS: Record<string, string> = {
  resolved: '已解决',
  'partly-resolved': '部分解决',
  unresolved: '未解决',
};

export const SATISFACTION_LABELS: Record<string, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  dissatisfied: '不满意',
};

export const PRIORITY_LABELS: Record<string, string> = {
  urgent: '紧急',
  'green-channel': '绿色通道',
  normal: '一般',
};

export const HOP_OUTCOME_LABELS: Record<string, string> = {
  'still-there': '办理中',
  accepted: '已接收',
  rejected: '已退回',
  withdrawn: '已撤回',
  replaced: '已改派',
};

export const WAITING_ON_LABELS: Record<string, string> = {
  routing: '等待分派',
  'handling-body': '等待承办机构',
  partner: '等待兄弟热线',
  owner: '等待首问单位处理',
  nobody: '无待办',
};

export const ALERT_KIND_LABELS: Record<string, string> = {
  'acceptance-overdue': '超期未接收',
  'danger-reported': '紧情要情',
  'partner-delivery-failing': '兄弟热线推送失败',
  'caller-dissatisfied': '回访不满意',
  'returned-to-owner': '工单退回首问单位',
  'partner-transfer-returned': '兄弟热线退回或超期未接收',
  'online-question-overdue': '网络咨询超时未答复',
};

export const AVAILABILITY_LABELS: Record<string, string> = {
  normal: '正常',
  unstaffed: '无人值守',
  overloaded: '超负荷',
};

export const AGENCY_LEVEL_LABELS: Record<string, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
  village: '村（社区）',
};

export const CLOCK_STATE_LABELS: Record<string, string> = {
  running: '计时中',
  paused: '已暂停',
  overdue: '已超期',
  stopped: '已停止',
};

export const TRANSFER_REASON_LABELS: Record<string, string> = {
  danger: '紧情要情，移交 110',
  'not-ours': '不属法律服务事项，转交兄弟热线',
};

/** A partner hotline's business receipt of a transfer (业务回执), after the technical one (送达). */
export const TRANSFER_RECEIPT_LABELS: Record<string, string> = {
  'awaiting-acceptance': '等待对方受理',
  accepted: '对方已受理',
  rejected: '对方退回',
  overdue: '超时未受理',
  completed: '对方已办结',
};

export const PARTNER_REJECTION_REASON_LABELS: Record<string, string> = {
  'not-our-matter': '不属本热线职责',
  'outside-our-area': '不属本地区管辖',
  'insufficient-information': '信息不全',
  duplicate: '重复工单',
  'caller-unreachable': '无法联系来电人',
};

export const NEXT_STEP_LABELS: Record<string, string> = {
  'transfer-to-another-partner': '建议转交其他兄弟热线',
  'route-to-a-body': '建议分派至法律援助或调解机构',
  'complete-and-resend': '建议补充信息后重新转交',
  'call-the-partner': '建议电话联系对方值班台（三方通话）',
  'answer-the-caller': '建议直接答复来电人',
};

export const PARTNER_OUTCOME_LABELS: Record<string, string> = {
  handled: '已处置',
  'referred-elsewhere': '已转其他部门',
  'no-action-needed': '无需处置',
  'caller-unreachable': '无法联系来电人',
};

/** Why this platform answers the caller and closes the ticket (首问负责). */
export const RESPONSIBILITY_BASIS_LABELS: Record<string, string> = {
  'first-contact': '首问受理',
  'region-platform': '属地省级12348平台',
  'partner-choice': '兄弟热线指定',
};

export const DELIVERY_STATE_LABELS: Record<string, string> = {
  pending: '待推送',
  delivered: '已送达',
  failing: '推送失败，重试中',
  failed: '推送失败',
};

export const LANGUAGE_OPTIONS: { value: string; label: string }[] = [
  { value: 'zh-CN', label: '普通话' },
  { value: 'yue', label: '粤语' },
  { value: 'hak', label: '客家话' },
  { value: 'nan', label: '闽南话' },
  { value: 'nan-x-chaoshan', label: '潮汕话' },
  { value: 'wuu', label: '吴语' },
  { value: 'hmn', label: '苗语' },
  { value: 'bo', label: '藏语' },
  { value: 'ug', label: '维吾尔语' },
  { value: 'en', label: '英语' },
];

export const LANGUAGE_LABELS: Record<string, string> = Object.fromEntries(LANGUAGE_OPTIONS.map((o) => [o.value, o.label]));

export const ROLE_LABELS: Record<string, string> = {
  'hotline-agent': '坐席',
  'owner-lead': '坐席班长',
  'office-staff': '承办机构工作人员',
  supervisor: '督办',
  'directory-admin': '机构目录管理员',
  'exchange-admin': '热线对接管理员',
};

/** The Chinese name of a code, or the code itself when it is new to the console. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return labels[code] ?? code;
}

/** Select options from a label table, in its order. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Why a caller's full details were read or their tickets searched (the personal-data access trail). */
export const CALLER_ACCESS_PURPOSE_LABELS: Record<string, string> = {
  'call-back': '回电来电人',
  'follow-up-call': '回访',
  'service-delivery': '承办服务',
  'legal-aid-review': '法律援助审查',
  mediation: '人民调解',
  search: '按来电号码查询',
};

export const CALLER_FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  phone: '联系电话',
  idNumber: '身份证号',
};

export const ALERT_SEVERITY_LABELS: Record<string, string> = {
  critical: '严重',
  warning: '提醒',
};

export const SERVICE_LABELS: Record<string, string> = {
  intake: '受理',
  routing: '分派',
  'legal-aid': '法律援助',
  mediation: '人民调解',
  'hotline-exchange': '兄弟热线对接',
};

/** What routing did when an acceptance clock ran out. */
export const OVERDUE_ACTION_LABELS: Record<string, string> = {
  're-route': '已改派',
  'alert-only': '仅提醒督办',
};

export const CLOCK_STOP_REASON_LABELS: Record<string, string> = {
  accepted: '已接收',
  rejected: '已退回',
  withdrawn: '已撤回',
};

export const DIRECTORY_CHANGE_KIND_LABELS: Record<string, string> = {
  'agency-updated': '修改机构设置',
  'agency-closed': '撤销机构',
  'jurisdiction-added': '新增管辖区域',
  'jurisdiction-ended': '结束管辖区域',
};

/** ISO weekdays, "1" = Monday. */
export const WEEKDAY_LABELS: Record<string, string> = {
  '1': '周一',
  '2': '周二',
  '3': '周三',
  '4': '周四',
  '5': '周五',
  '6': '周六',
  '7': '周日',
};

export const PARTNER_STATUS_LABELS: Record<string, string> = {
  active: '正常',
  suspended: '已暂停',
};

/** Partner keys and delivery signing secrets. */
export const KEY_STATUS_LABELS: Record<string, string> = {
  active: '有效',
  revoked: '已吊销',
};

/** Knowledge base (知识库) entry kinds. */
export const KNOWLEDGE_KIND_LABELS: Record<string, string> = {
  faq: '常见问题',
  'lawyer-opinion': '标准律师意见',
  'service-guide': '办事指南',
};

export const KNOWLEDGE_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  'in-review': '审核中',
  published: '已发布',
  returned: '已退回',
  retired: '已停用',
};

export const KNOWLEDGE_STATUS_COLOURS: Record<string, string> = {
  draft: 'default',
  'in-review': 'gold',
  published: 'green',
  returned: 'red',
  retired: 'default',
};

/** The three platforms of the one duty rota (同步值班). */
export const DUTY_PLATFORM_LABELS: Record<string, string> = {
  hotline: '热线平台',
  network: '网络平台',
  station: '实体平台（站点）',
};

export const DUTY_PLATFORM_COLOURS: Record<string, string> = {
  hotline: 'red',
  network: 'blue',
  station: 'green',
};

/** Languages and dialects on the duty rota, by the rota's tags. */
export const DUTY_LANGUAGE_LABELS: Record<string, string> = {
  'zh-CN': '普通话',
  yue: '粤语',
  'nan-x-chaoshan': '潮汕话',
  nan: '闽南话',
  hak: '客家话',
};

/** Why a ticket was sampled for quality inspection (服务质检). */
export const SAMPLE_REASON_LABELS: Record<string, string> = {
  random: '随机抽检',
  complaint: '投诉',
  'dissatisfied-follow-up': '回访不满意',
};

export const SAMPLE_STATE_LABELS: Record<string, string> = {
  pending: '待评查',
  reviewed: '已评查',
};

export const INSPECTION_GRADE_LABELS: Record<string, string> = {
  excellent: '优秀',
  qualified: '合格',
  unqualified: '不合格',
};

export const INSPECTION_GRADE_COLOURS: Record<string, string> = {
  excellent: 'green',
  qualified: 'blue',
  unqualified: 'red',
};

/** The inspection checklist's items (质检评分表). */
export const CHECKLIST_ITEM_LABELS: Record<string, string> = {
  legalAccuracy: '法律适用准确',
  citation: '引用法条规范',
  clarity: '表达清晰',
  attitude: '服务态度',
  caseEducation: '个案普法',
};

/** A special line's (专线) status at the time of the answer. */
export const SPECIAL_LINE_STATUS_LABELS: Record<string, string> = {
  open: '开放中',
  scheduled: '未开始',
  ended: '已到期',
  closed: '已关闭',
};

export const SPECIAL_LINE_STATUS_COLOURS: Record<string, string> = {
  open: 'green',
  scheduled: 'blue',
  ended: 'default',
  closed: 'default',
};

/** How a ticket is handled: kept at the hotline desk (坐席) or sent to routing (派单). */
export const DESK_HANDLING_LABELS: Record<string, string> = {
  desk: '坐席办理',
  dispatch: '派单办理',
};
