import {
  LEGAL_CATEGORIES,
  ORGAN_TYPES,
  REQUEST_TYPES,
  type LegalCategory,
  type OrganType,
  type RequestType,
} from '@legal-hotline/contracts';

/**
 * The Open311 service catalogue: one service per request type a partner may forward
 * (`ForwardedCase.requestType`), so `service_code` is the request type itself. Texts are Chinese,
 * as partner agents read them.
 */
export interface Open311Service {
  service_code: RequestType;
  service_name: string;
  description: string;
  /** Every service has attributes: GET services/{service_code}.json lists them. */
  metadata: true;
  /** The request is received at once and answered with its id (no token). */
  type: 'realtime';
  /** Comma-separated, as the specification writes them. */
  keywords: string;
  group: string;
}

export type AttributeDatatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export interface Open311AttributeValue {
  key: string;
  name: string;
}

export interface Open311Attribute {
  /** True for a value the partner enters; all of ours are. */
  variable: true;
  /** Sent as `attribute[<code>]`. */
  code: AttributeCode;
  datatype: AttributeDatatype;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: Open311AttributeValue[];
}

export interface Open311ServiceDefinition {
  service_code: RequestType;
  attributes: Open311Attribute[];
}

export const ATTRIBUTE_CODES = [
  'partner_reference',
  'region_code',
  'legal_category',
  'arosen_in_region_code',
  'language',
  'caller_consent',
  'urgent',
  'dangerous',
  'migrant_worker_wage_claim',
  'veteran',
  'handling_organ_type',
  'handling_organ_name',
  'handling_organ_region_code',
] as const;
export type AttributeCode = (typeof ATTRIBUTE_CODES)[number];

export const REQUEST_TYPE_NAMES: Record<RequestType, string> = {
  consultation: '法律咨询',
  'legal-aid-application': '法律援助申请',
  'mediation-pre-application': '人民调解预申请',
  'complaint-or-suggestion': '投诉建议',
};

export const LEGAL_CATEGORY_NAMES: Record<LegalCategory, string> = {
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

export const ORGAN_TYPE_NAMES: Record<OrganType, string> = {
  court: '人民法院',
  procuratorate: '人民检察院',
  police: '公安机关',
  'arbitration-commission': '劳动人事争议仲裁委员会',
  'administrative-organ': '行政机关',
};

const SERVICES: Record<
  RequestType,
  Omit<Open311Service, 'service_code' | 'service_name' | 'metadata' | 'type'> & { notice: string }
> = {
  consultation: {
    description: '来电人的法律问题，需要12348公共法律服务平台解答或由当地公共法律服务机构跟进。',
    keywords: '法律咨询,法律问题,律师,12348',
    group: '法律咨询',
    notice: '12348公共法律服务平台已受理，由值班律师或当地公共法律服务机构答复来电人。',
  },
  'legal-aid-application': {
    description:
      '来电人申请法律援助。由办案机关所在地或事由发生地的法律援助机构审查（《法律援助法》第三十八条）；农民工请求支付劳动报酬、工伤赔偿的，免予核查经济困难状况（第四十二条）。',
    keywords: '法律援助,欠薪,讨薪,农民工,工伤,律师',
    group: '法律援助',
    notice:
      '12348公共法律服务平台已受理，将派往有管辖权的法律援助机构；该机构自收到申请之日起七日内作出是否给予法律援助的决定（《法律援助法》第四十三条）。',
  },
  'mediation-pre-application': {
    description:
      '邻里、婚姻家庭、合同等民间纠纷，转当地村（居）人民调解委员会调解。人民调解遵循自愿原则，不收取费用（《人民调解法》第三条、第四条）。',
    keywords: '人民调解,调解,纠纷,邻里',
    group: '人民调解',
    notice:
      '12348公共法律服务平台已受理，将派往当地人民调解委员会；一方明确拒绝调解的，不得调解（《人民调解法》第十七条）。',
  },
  'complaint-or-suggestion': {
    description: '对公共法律服务（12348热线、法律援助、人民调解等）的投诉或建议。',
    keywords: '投诉,建议,服务质量',
    group: '投诉建议',
    notice: '12348公共法律服务平台已受理，核实后答复来电人。',
  },
};

const YES_NO: Open311AttributeValue[] = [
  { key: 'true', name: '是' },
  { key: 'false', name: '否' },
];

const REGION_CODE_FORMAT = '行政区划代码：6位（县级及以上，GB/T 2260）、9位（乡镇街道，GB/T 10114）或12位（村居）数字';

/** The attributes of every service, in the order a form shows them. Requiredness follows the forward command. */
const ATTRIBUTES: Omit<Open311Attribute, 'order' | 'variable'>[] = [
  {
    code: 'partner_reference',
    datatype: 'string',
    required: true,
    datatype_description: '1-100个字符',
    description:
      '贵方对本案的编号。一个编号只对应一个案件：同一案件重复提交返回首次回执，不同案件使用已用编号将被拒绝（409）。',
    values: [],
  },
  {
    code: 'region_code',
    datatype: 'string',
    required: true,
    datatype_description: REGION_CODE_FORMAT,
    description: '来电人或事项所在地的行政区划代码，用于分派。',
    values: [],
  },
  {
    code: 'legal_category',
    datatype: 'singlevaluelist',
    required: true,
    datatype_description: null,
    description: '法律事项类别。',
    values: LEGAL_CATEGORIES.map((key) => ({ key, name: LEGAL_CATEGORY_NAMES[key] })),
  },
  {
    code: 'arosen_in_region_code',
    datatype: 'string',
    required: false,
    datatype_description: REGION_CODE_FORMAT,
    description:
      '事由发生地的行政区划代码；非诉讼事项的法律援助由事由发生地的法律援助机构受理（《法律援助法》第三十八条），不按户籍地。',
    values: [],
  },
  {
    code: 'language',
    datatype: 'string',
    required: true,
    datatype_description: '语言标签，如 zh-CN（普通话）、yue（粤语）、hak（客家话）、nan（闽南话）',
    description: '来电人使用的语言或方言，用于安排接听人员。',
    values: [],
  },
  {
    code: 'caller_consent',
    datatype: 'singlevaluelist',
    required: true,
    datatype_description: null,
    description:
      '来电人已同意将本案及其个人信息转交12348公共法律服务平台（《个人信息保护法》第二十三条）。必须为 true，否则不予接收。',
    values: YES_NO,
  },
  {
    code: 'urgent',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '缺省为 false',
    description: '紧急事项。',
    values: YES_NO,
  },
  {
    code: 'dangerous',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '缺省为 false',
    description: '紧情要情：来电人有过激或可能违法犯罪的自力救济倾向，须立即转110。',
    values: YES_NO,
  },
  {
    code: 'migrant_worker_wage_claim',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '缺省为 false',
    description: '农民工讨薪（绿色通道，免予核查经济困难状况，《法律援助法》第四十二条）。',
    values: YES_NO,
  },
  {
    code: 'veteran',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '缺省为 false',
    description: '退役军人（《退役军人保障法》第七十条）。',
    values: YES_NO,
  },
  {
    code: 'handling_organ_type',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '与 handling_organ_name、handling_organ_region_code 一并提供',
    description:
      '已在办理本案的机关类别；诉讼事项的法律援助由办案机关所在地的法律援助机构受理（《法律援助法》第三十八条）。',
    values: ORGAN_TYPES.map((key) => ({ key, name: ORGAN_TYPE_NAMES[key] })),
  },
  {
    code: 'handling_organ_name',
    datatype: 'string',
    required: false,
    datatype_description: '1-200个字符；与 handling_organ_type、handling_organ_region_code 一并提供',
    description: '办案机关名称，如“佛山市南海区人民法院”。',
    values: [],
  },
  {
    code: 'handling_organ_region_code',
    datatype: 'string',
    required: false,
    datatype_description: `${REGION_CODE_FORMAT}；与 handling_organ_type、handling_organ_name 一并提供`,
    description: '办案机关所在地的行政区划代码。',
    values: [],
  },
];

export function isServiceCode(code: string): code is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(code);
}

export function open311Services(): Open311Service[] {
  return REQUEST_TYPES.map((code) => {
    const { description, keywords, group } = SERVICES[code];
    return {
      service_code: code,
      service_name: REQUEST_TYPE_NAMES[code],
      description,
      metadata: true,
      type: 'realtime',
      keywords,
      group,
    };
  });
}

/** The service's attributes, or null for a code that names no service. */
export function serviceDefinitionOf(code: string): Open311ServiceDefinition | null {
  if (!isServiceCode(code)) return null;
  return {
    service_code: code,
    attributes: ATTRIBUTES.map((attribute, index) => ({ variable: true, ...attribute, order: index + 1 })),
  };
}

/** What happens next to a request of this service: the answer's `service_notice`. */
export function serviceNoticeOf(code: RequestType): string {
  return SERVICES[code].notice;
}
