import { expect, test } from '@playwright/test';
import { SERVICES, driftOf } from '../scripts/api-client.mjs';
import { serviceUrl } from './support';

// The console's typed client is generated from the services' OpenAPI documents and committed;
// this fails when a service's document changed without regenerating it.
test('the generated API client matches every service’s OpenAPI document', async () => {
  const baseUrls = Object.fromEntries((SERVICES as string[]).map((service) => [service, serviceUrl(service as never)]));
  const drifted = await driftOf(baseUrls);
  expect(drifted, 'run `npm run api:generate -w apps/console` with the services running, and commit src/api/generated').toEqual([]);
});
