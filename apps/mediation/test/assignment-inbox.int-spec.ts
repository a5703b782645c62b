import { describeAssignmentInbox } from '@legal-hotline/assignment-inbox/testing';
import { mediationService } from '../src/mediation.service-definition.js';

// The shared inbox behaviour, against this service: mediation committees' inboxes under /committees.
describeAssignmentInbox({
  definition: mediationService,
  agencyType: 'mediation-committee',
  otherAgencyType: 'legal-aid-centre',
  inboxPath: (agencyId) => `/api/v1/committees/${agencyId}/assignments`,
});
