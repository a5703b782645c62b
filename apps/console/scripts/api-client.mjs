// The console's typed API client is generated from the services' own OpenAPI documents
// (`GET /docs-json`). The browser reaches each service through nginx at /api/<service>/v1/...,
// so the generated paths drop the services' leading "/api" ("/api/v1/tickets" → "/v1/tickets")
// and the client puts "/api/<service>" in front.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const SERVICES = ['intake', 'routing', 'legal-aid', 'mediation', 'hotline-exchange'];
export const DEFAULT_PORTS = { intake: 3001, routing: 3002, 'legal-aid': 3003, mediation: 3004, 'hotline-exchange': 3005 };
export const GENERATED_DIR = join(import.meta.dirname, '../src/api/generated');

const HEADER = (service) =>
  `// Generated from the ${service} service's OpenAPI document by apps/console/scripts/generate-api.mjs.\n` +
  `// Do not edit: change the service, then run \`npm run api:generate -w apps/console\`.\n\n`;

/** The document as the console sees it: only the /api/v1 routes, without the "/api" prefix. */
export function consoleDocumentOf(document) {
  const paths = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (path.startsWith('/api/v1/')) paths[path.slice('/api'.length)] = item;
  }
  return { ...document, servers: [], paths };
}

export async function fetchDocument(baseUrl) {
  const response = await globalThis.fetch(`${baseUrl}/docs-json`);
  if (!response.ok) throw new Error(`${baseUrl}/docs-json answered ${response.status}`);
  return response.json();
}

/** TypeScript source of one service's client types. */
export async function clientSourceOf(service, document) {
  const ast = await openapiTS(consoleDocumentOf(document), { alphabetize: true });
  return HEADER(service) + astToString(ast);
}

export function generatedFileOf(service) {
  return join(GENERATED_DIR, `${service}.ts`);
}

/**
 * Compares the committed client with the services' documents: the services whose generated
 * file is missing or differs.
 */
export async function driftOf(baseUrls) {
  const drifted = [];
  for (const service of SERVICES) {
    const expected = await clientSourceOf(service, await fetchDocument(baseUrls[service]));
    const actual = await readFile(generatedFileOf(service), 'utf8').catch(() => '');
    if (actual !== expected) drifted.push(service);
  }
  return drifted;
}
