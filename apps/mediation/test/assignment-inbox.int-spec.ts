import { describeAssignmentInbox } from '@legal-hotline/assignment-inbox/testing';
import { mediationService } from '../src/mediation.service-definition.js';

// The shared inbox behaviour, against this service: mediation committees' inboxes under /committees.
describeAssignmentInbox({
  definition: mediationService,
  agencyType: 'mediation-committee',
  otherAgencyType: 'legal-aid-centre',
  // assignBy comes from the Legal Aid Law (Art. 43): none for mediation committees.
  assignByDaysAfterAcceptance: null,
  inboxPath: (agencyId) => `/api/v1/committees/${agencyId}/assignments`,
});
