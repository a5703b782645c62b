import { AssignmentInboxConfig } from '@legal-hotline/assignment-inbox';
import type { ServiceDefinition } from '@legal-hotline/service-runtime';
import { MediationModule } from './mediation.module.js';

export class MediationConfig extends AssignmentInboxConfig {
  override PORT = 3004;
}

export const mediationService: ServiceDefinition<MediationConfig> = {
  name: 'mediation',
  title: 'Mediation',
  description:
    "People's mediation committees' assignment inboxes: technical receipt of assignments routed to a committee, the committee's acceptance or coded rejection, the start and result of its work, and routing's withdrawals (DOMAIN.md §2). Committee staff see and decide only their own committee's assignments, supervisors read the inboxes of their area; the committees that exist are derived at start-up from the region catalog of INBOX_PROVINCES, and any other committee id answers 404.",
  configClass: MediationConfig,
  module: (config) => MediationModule.register(config),
};
