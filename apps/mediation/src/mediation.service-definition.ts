import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { MediationModule } from './mediation.module.js';

export class MediationConfig extends ServiceConfig {
  override PORT = 3004;
}

export const mediationService: ServiceDefinition<MediationConfig> = {
  name: 'mediation',
  title: 'Mediation',
  description:
    "People's mediation committees' assignment inboxes: technical receipt of assignments routed to a committee, the committee's acceptance or coded rejection, the start and result of its work, and routing's withdrawals (DOMAIN.md §2).",
  configClass: MediationConfig,
  module: (config) => MediationModule.register(config),
};
