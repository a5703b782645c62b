import { describeAssignmentInbox } from '@legal-hotline/assignment-inbox/testing';
import { mediationService } from '../src/mediation.service-definition.js';

// The shared inbox behaviour, against this service: people's mediation committees' inboxes
// under /committees, worked by the Guicheng sub-district committee's mediator.
describeAssignmentInbox({
  definition: mediationService,
  agencyType: 'mediation-committee',
  otherAgencyType: 'legal-aid-centre',
  // Art. 43 is a Legal Aid Law rule: committees show no lawyer assignment date.
  assignByDaysAfterAcceptance: null,
  inboxPath: (agencyId) => `/api/v1/committees/${agencyId}/assignments`,
  body: { agencyId: 'mediation-committee:440605011', name: '桂城街道人民调解委员会', regionCode: '440605011', staff: 'mediator.guicheng' },
  // Staff of the Nanhai legal-aid centre: another body, even in the same district.
  otherBodyStaff: 'staff.nanhai',
  supervisorInArea: 'supervisor.gd',
  supervisorOutsideArea: 'supervisor.gz',
  unknownAgencyIds: [
    // Beijing: outside the served provinces.
    'mediation-committee:110101001',
    // A village: committees are kept per township and per county-level area.
    'mediation-committee:440605011001',
    // A prefecture city: no joint committee at that level.
    'mediation-committee:440600',
    // A centre: another kind of body, kept by the legal-aid service.
    'legal-aid-centre:440605',
    'mediation-committee:4406050',
    'mediation-committee',
  ],
});
