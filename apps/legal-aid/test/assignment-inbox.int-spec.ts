import { describeAssignmentInbox } from '@legal-hotline/assignment-inbox/testing';
import { legalAidService } from '../src/legal-aid.service-definition.js';

// The shared inbox behaviour, against this service: legal-aid centres' inboxes under /offices.
describeAssignmentInbox({
  definition: legalAidService,
  agencyType: 'legal-aid-centre',
  otherAgencyType: 'mediation-committee',
  // Legal Aid Law Art. 43: a lawyer is assigned within 3 days of the decision.
  assignByDaysAfterAcceptance: 3,
  inboxPath: (agencyId) => `/api/v1/offices/${agencyId}/assignments`,
});
