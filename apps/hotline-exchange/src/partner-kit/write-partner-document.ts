// Usage: node apps/hotline-exchange/dist/partner-kit/write-partner-document.js
// Writes the partner kit's OpenAPI document to docs/partner-kit/partner-api.openapi.json, from the
// exchange's routes as they are now. Run it (after building the exchange) when a partner route
// changes; partner-document.spec.ts fails until the committed copy matches.
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isEntryPoint } from '../cli/hotline-exchange-data-source.js';
import { generatedExchangeDocument } from './generated-document.js';
import { buildPartnerDocument } from './partner-document.js';

/** docs/partner-kit/partner-api.openapi.json, from src/ or dist/ alike. */
export const COMMITTED_PARTNER_DOCUMENT = join(import.meta.dirname, '../../../../docs/partner-kit/partner-api.openapi.json');

/** As committed: indented, one final newline. */
export function serialisePartnerDocument(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (isEntryPoint(import.meta.url)) {
  const { document, untranslated } = buildPartnerDocument(await generatedExchangeDocument());
  await mkdir(dirname(COMMITTED_PARTNER_DOCUMENT), { recursive: true });
  await writeFile(COMMITTED_PARTNER_DOCUMENT, serialisePartnerDocument(document));
  process.stderr.write(`wrote ${COMMITTED_PARTNER_DOCUMENT}\n`);
  if (untranslated.length > 0) process.stderr.write(`without Chinese text (add them to partner-texts.zh.ts): ${untranslated.join('; ')}\n`);
}
