/**
 * Languages besides Mandarin that the bodies of a region serve callers in, by region code
 * prefix (province "44", city "4414"). Configuration: the provincial platforms staff their
 * dialect lines; add rows as other provinces join.
 */
export const REGIONAL_LANGUAGES: readonly { readonly regionPrefix: string; readonly language: string }[] = [
  { regionPrefix: '44', language: 'yue' }, // Cantonese, across Guangdong
  { regionPrefix: '4414', language: 'hak' }, // Hakka: Meizhou
  { regionPrefix: '4416', language: 'hak' }, // Hakka: Heyuan
  { regionPrefix: '4405', language: 'nan' }, // Chaoshan (Southern Min): Shantou
  { regionPrefix: '4451', language: 'nan' }, // Chaozhou
  { regionPrefix: '4452', language: 'nan' }, // Jieyang
];

/** Standard Mandarin, served everywhere. */
export const MANDARIN = 'zh-CN';

/** Languages served by the bodies of a county, township or city: Mandarin plus the regional ones. */
export function languagesServedIn(regionCode: string): string[] {
  return withMandarin(REGIONAL_LANGUAGES.filter((row) => regionCode.startsWith(row.regionPrefix)));
}

/**
 * Languages served by a provincial body: every language served anywhere in the province, since
 * its duty desk takes the calls that local bodies cannot.
 */
export function languagesServedInProvince(provinceCode: string): string[] {
  const province = provinceCode.slice(0, 2);
  return withMandarin(REGIONAL_LANGUAGES.filter((row) => row.regionPrefix.startsWith(province)));
}

function withMandarin(rows: readonly { language: string }[]): string[] {
  return [MANDARIN, ...new Set(rows.map((row) => row.language))];
}
