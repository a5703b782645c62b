import { describeAssignmentInbox } from '@legal-hotline/assignment-inbox/testing';
import { legalAidService } from '../src/legal-aid.service-definition.js';

// The shared inbox behaviour, against this service: legal-aid centres' inboxes under /offices,
// worked by the Nanhai centre's staff member.
describeAssignmentInbox({
  definition: legalAidService,
  agencyType: 'legal-aid-centre',
  otherAgencyType: 'mediation-committee',
  // Legal Aid Law Art. 43: a lawyer is assigned within 3 days of the decision.
  assignByDaysAfterAcceptance: 3,
  inboxPath: (agencyId) => `/api/v1/offices/${agencyId}/assignments`,
  body: { agencyId: 'legal-aid-centre:440605', name: '南海区法律援助中心', regionCode: '440605', staff: 'staff.nanhai' },
  // Dushan's centre, in Guizhou: it must not see or decide Nanhai's work.
  otherBodyStaff: 'staff.dushan',
  supervisorInArea: 'supervisor.foshan',
  supervisorOutsideArea: 'supervisor.gz',
  unknownAgencyIds: [
    // Beijing: outside the served provinces.
    'legal-aid-centre:110101',
    // A township: centres sit at province, city and county level only.
    'legal-aid-centre:440605011',
    // A code no division has.
    'legal-aid-centre:449999',
    // A committee: another kind of body, kept by the mediation service.
    'mediation-committee:440605011',
    'legal-aid-centre:',
    'legal-aid-centre:南海',
    '440605',
  ],
});
