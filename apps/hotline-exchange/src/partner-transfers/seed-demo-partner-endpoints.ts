import type { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import type { SecretCipher } from '../signing/domain/secret-cipher.js';
import { checkEndpointUrl } from './domain/partner-endpoint.js';
import { PartnerEndpointEntity } from './partner-endpoint.entity.js';
import { RegisterPartnerEndpointHandler, type RegisteredPartnerEndpoint } from './register-partner-endpoint.handler.js';

/**
 * Makes sure each partner in `endpoints` (from DEMO_PARTNER_ENDPOINTS) delivers to the URL given.
 * A partner already registered with that URL is left as it is, so running it again changes
 * nothing; the others are registered, and a partner without an active delivery secret gets one,
 * returned here (its only copy outside the database, where it is sealed).
 */
export async function seedDemoPartnerEndpoints(
  dataSource: DataSource,
  cipher: SecretCipher,
  endpoints: Partial<Record<PartnerHotline, string>>,
  now: Date = new Date(),
): Promise<RegisteredPartnerEndpoint[]> {
  const register = new RegisterPartnerEndpointHandler(dataSource, cipher);
  const registered: RegisteredPartnerEndpoint[] = [];
  for (const [partnerCode, url] of Object.entries(endpoints) as [PartnerHotline, string][]) {
    const existing = await dataSource.manager.findOneBy(PartnerEndpointEntity, { partnerCode });
    if (existing?.url === checkEndpointUrl(url)) continue;
    registered.push(await register.execute({ partnerCode, url, registeredBy: null }, now));
  }
  return registered;
}
