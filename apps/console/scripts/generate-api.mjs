#!/usr/bin/env node
// Writes the console's typed API client from the running services' OpenAPI documents.
//
//   node apps/console/scripts/generate-api.mjs           write src/api/generated/<service>.ts
//   node apps/console/scripts/generate-api.mjs --check   exit 1 when they differ (drift)
//
// Service URLs: INTAKE_URL, ROUTING_URL, LEGAL_AID_URL, MEDIATION_URL, HOTLINE_EXCHANGE_URL,
// default http://127.0.0.1:3001 … 3005 (the ports `npm start` uses).
import { writeFile } from 'node:fs/promises';
import { clientSourceOf, DEFAULT_PORTS, driftOf, fetchDocument, generatedFileOf, SERVICES } from './api-client.mjs';

const baseUrls = Object.fromEntries(
  SERVICES.map((service) => [
    service,
    process.env[`${service.toUpperCase().replace(/-/g, '_')}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[service]}`,
  ]),
);

if (process.argv.includes('--check')) {
  const drifted = await driftOf(baseUrls);
  if (drifted.length > 0) {
    console.error(`the console's API client differs from the OpenAPI documents of: ${drifted.join(', ')}; run npm run api:generate -w apps/console`);
    process.exit(1);
  }
  console.log('the console API client matches every service');
} else {
  for (const service of SERVICES) {
    await writeFile(generatedFileOf(service), await clientSourceOf(service, await fetchDocument(baseUrls[service])));
    console.log(`wrote ${generatedFileOf(service)}`);
  }
}
