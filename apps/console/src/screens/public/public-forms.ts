import type { components } from '../../api/generated/intake';

type AskBody = components['schemas']['AskQuestionDto'];
type LookupBody = components['schemas']['TicketLookupDto'];

/**
 * Regions a member of the public picks from. The region catalog answers signed-in people only, so
 * the public page offers the demo platforms' counties and streets by code.
 */
export const PUBLIC_REGIONS: { value: string; label: string }[] = [
  { value: '440106', label: '广东省 广州市 天河区' },
  { value: '440604', label: '广东省 佛山市 禅城区' },
  { value: '440605011', label: '广东省 佛山市 南海区 桂城街道' },
  { value: '440606', label: '广东省 佛山市 顺德区' },
  { value: '441900003', label: '广东省 东莞市 东城街道' },
  { value: '520102', label: '贵州省 贵阳市 南明区' },
  { value: '520103', label: '贵州省 贵阳市 云岩区' },
  { value: '520581', label: '贵州省 毕节市 黔西市' },
  { value: '522726', label: '贵州省 黔南布依族苗族自治州 独山县' },
];

/** Languages and dialects the online desk answers in (the duty rota's skills). */
export const PUBLIC_LANGUAGES: { value: string; label: string }[] = [
  { value: 'zh-CN', label: '普通话' },
  { value: 'yue', label: '粤语' },
  { value: 'nan-x-chaoshan', label: '潮汕话' },
  { value: 'nan', label: '闽南话' },
  { value: 'hak', label: '客家话' },
];

export interface AskValues {
  channel?: 'web' | 'app' | 'wechat';
  question?: string;
  legalCategory?: string;
  regionCode?: string;
  language?: string;
  callerName?: string;
  callerPhone?: string;
  specialLine?: string;
}

export const EMPTY_QUESTION: AskValues = { channel: 'web', language: 'zh-CN' };

/** The body of POST /v1/questions; the service validates it. */
export function askRequestOf(values: AskValues): AskBody {
  return {
    channel: values.channel ?? 'web',
    question: values.question?.trim() ?? '',
    legalCategory: values.legalCategory as AskBody['legalCategory'],
    regionCode: values.regionCode ?? '',
    language: values.language ?? 'zh-CN',
    callerName: values.callerName?.trim() ?? '',
    callerPhone: (values.callerPhone ?? '').replace(/[\s-]/g, ''),
    specialLine: values.specialLine?.trim() || undefined,
  };
}

/** The body of POST /v1/ticket-lookup: the reference as written (spaces dropped, upper case), the code's digits. */
export function lookupRequestOf(values: { reference?: string; code?: string }): LookupBody {
  return {
    reference: (values.reference ?? '').replace(/\s/g, '').toUpperCase(),
    code: (values.code ?? '').replace(/\D/g, ''),
  };
}
