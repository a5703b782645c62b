import type { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { checkEndpointUrl } from './domain/partner-endpoint.js';
import { PartnerEndpointEntity } from './partner-endpoint.entity.js';
import { RegisterPartnerEndpointHandler, type RegisteredPartnerEndpoint } from './register-partner-endpoint.handler.js';

/**
 * Makes sure each partner in `endpoints` (from DEMO_PARTNER_ENDPOINTS) delivers to the URL given.
 * A partner already registered with that URL keeps its secret, so running it again changes
 * nothing; the others get a new generated secret, returned here (its only copy outside the database).
 */
export async function seedDemoPartnerEndpoints(
  dataSource: DataSource,
  endpoints: Partial<Record<PartnerHotline, string>>,
  now: Date = new Date(),
): Promise<RegisteredPartnerEndpoint[]> {
  const register = new RegisterPartnerEndpointHandler(dataSource);
  const registered: RegisteredPartnerEndpoint[] = [];
  for (const [partnerCode, url] of Object.entries(endpoints) as [PartnerHotline, string][]) {
    const existing = await dataSource.manager.findOneBy(PartnerEndpointEntity, { partnerCode });
    if (existing?.url === checkEndpointUrl(url)) continue;
    registered.push(await register.execute({ partnerCode, url }, now));
  }
  return registered;
}
