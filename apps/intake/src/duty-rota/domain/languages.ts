// Languages and dialects the duty staff answer in. Callers' tags come as tickets store them
// (BCP 47-ish, any case: "zh-CN", "zh", "yue", "zh-HK"); staff skills are kept in the canonical
// tags below, so matching compares like with like.

/**
 * zh-CN 普通话 Mandarin; yue 粤语 Cantonese; nan 闽南话 Southern Min (Minnan); nan-x-chaoshan
 * 潮汕话 Chaoshan (Teochew), a Southern Min variety of eastern Guangdong; hak 客家话 Hakka.
 */
export const DUTY_LANGUAGES = ['zh-CN', 'yue', 'nan', 'nan-x-chaoshan', 'hak'] as const;
export type DutyLanguage = (typeof DUTY_LANGUAGES)[number];

const MANDARIN = [
  'zh',
  'cmn',
  'zh-cn',
  'zh-hans',
  'zh-hans-cn',
  'cmn-cn',
  'cmn-hans',
  'cmn-hans-cn',
  'zh-sg',
  'zh-hans-sg',
  'zh-tw',
  'zh-hant-tw',
];
const CANTONESE = [
  'yue',
  'zh-yue',
  'yue-hk',
  'yue-cn',
  'yue-hans',
  'yue-hant',
  'zh-hk',
  'zh-hant-hk',
  'zh-mo',
  'zh-hant-mo',
];
const MINNAN = ['nan', 'zh-nan', 'zh-min-nan', 'nan-cn', 'nan-tw', 'nan-hans', 'nan-hant'];
const CHAOSHAN = ['nan-x-chaoshan', 'nan-x-teochew', 'nan-chaoshan', 'zh-x-chaoshan'];
const HAKKA = ['hak', 'zh-hak', 'zh-hakka', 'hak-cn', 'hak-tw', 'hak-hans', 'hak-hant'];

const CANONICAL = new Map<string, DutyLanguage>([
  ...MANDARIN.map((tag) => [tag, 'zh-CN'] as const),
  ...CANTONESE.map((tag) => [tag, 'yue'] as const),
  ...MINNAN.map((tag) => [tag, 'nan'] as const),
  ...CHAOSHAN.map((tag) => [tag, 'nan-x-chaoshan'] as const),
  ...HAKKA.map((tag) => [tag, 'hak'] as const),
]);

/** The canonical duty language of a tag ("ZH-hk" → "yue"), or null for a tag the rota does not know. */
export function dutyLanguageOf(tag: string): DutyLanguage | null {
  return CANONICAL.get(tag.trim().replaceAll('_', '-').toLowerCase()) ?? null;
}

/**
 * The language a caller's question is answered in. A tag the rota does not know is answered in
 * Mandarin, the common language of the platform: online questions are written, and a question
 * nobody could match would only wait until it is overdue.
 */
export function answerLanguageOf(callerTag: string): DutyLanguage {
  return dutyLanguageOf(callerTag) ?? 'zh-CN';
}

/**
 * Whether a person with these (canonical) languages can answer a caller who gave `callerTag`.
 * A Chaoshan caller needs a Chaoshan speaker (Chaoshan and the Minnan of southern Fujian are
 * hard to follow for each other's speakers); a caller who said only "Minnan" is served by any
 * Southern Min speaker, Chaoshan included.
 */
export function speaksCallerLanguage(staffLanguages: readonly string[], callerTag: string): boolean {
  const wanted = answerLanguageOf(callerTag);
  const spoken = new Set(staffLanguages.map(dutyLanguageOf).filter((l): l is DutyLanguage => l !== null));
  if (wanted === 'nan') return spoken.has('nan') || spoken.has('nan-x-chaoshan');
  return spoken.has(wanted);
}
