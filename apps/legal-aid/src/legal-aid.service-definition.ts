import { AssignmentInboxConfig } from '@legal-hotline/assignment-inbox';
import type { ServiceDefinition } from '@legal-hotline/service-runtime';
import { LegalAidModule } from './legal-aid.module.js';

export class LegalAidConfig extends AssignmentInboxConfig {
  override PORT = 3003;
}

export const legalAidService: ServiceDefinition<LegalAidConfig> = {
  name: 'legal-aid',
  title: 'Legal aid',
  description:
    "Legal-aid centres' assignment inboxes: technical receipt of assignments routed to a centre, the centre's acceptance or coded rejection, the start (lawyer assigned) and result of its work, and routing's withdrawals (DOMAIN.md §2). Centre staff see and decide only their own centre's assignments, supervisors read the inboxes of their area; the centres that exist are derived at start-up from the region catalog of INBOX_PROVINCES, and any other office id answers 404.",
  configClass: LegalAidConfig,
  module: (config) => LegalAidModule.register(config),
};
