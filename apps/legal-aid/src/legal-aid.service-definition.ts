import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { LegalAidModule } from './legal-aid.module.js';

export class LegalAidConfig extends ServiceConfig {
  override PORT = 3003;
}

export const legalAidService: ServiceDefinition<LegalAidConfig> = {
  name: 'legal-aid',
  title: 'Legal aid',
  description:
    "Legal-aid centres' assignment inboxes: technical receipt of assignments routed to a centre, the centre's acceptance or coded rejection, the start (lawyer assigned) and result of its work, and routing's withdrawals (DOMAIN.md §2).",
  configClass: LegalAidConfig,
  module: (config) => LegalAidModule.register(config),
};
