import { AcceptanceClockEntity } from '../assignments/acceptance-clock.entity.js';
import { AssignmentEntity } from '../assignments/assignment.entity.js';
import { AgencyAuditEntity } from '../directory/agency-audit.entity.js';
import { AgencyJurisdictionEntity } from '../directory/agency-jurisdiction.entity.js';
import { AgencyEntity } from '../directory/agency.entity.js';
import { MisrouteReportEntity } from '../misroutes/misroute-report.entity.js';
import { RoutedTicketEntity } from '../routing/routed-ticket.entity.js';
import { RoutingDecisionEntity } from '../routing/routing-decision.entity.js';
import { CreateAgencyDirectory1795500000000 } from './migrations/1795500000000-create-agency-directory.js';
import { CreateRoutingDecisions1795500100000 } from './migrations/1795500100000-create-routing-decisions.js';
import { KeepRoutedTicketsAndHandOffs1795500200000 } from './migrations/1795500200000-keep-routed-tickets-and-hand-offs.js';
import { CreateAcceptanceClocks1795500300000 } from './migrations/1795500300000-create-acceptance-clocks.js';
import { CreateMisrouteReports1795500400000 } from './migrations/1795500400000-create-misroute-reports.js';
import { CreateAgencyAudit1795500500000 } from './migrations/1795500500000-create-agency-audit.js';
import { AuditDirectoryChangesBySubject1795500600000 } from './migrations/1795500600000-audit-directory-changes-by-subject.js';
import { IndexHandOffsByRequestTime1795500700000 } from './migrations/1795500700000-index-hand-offs-by-request-time.js';

/** This service's entities; the service and the seed CLI open the database with the same list. */
export const ROUTING_ENTITIES = [
  AgencyEntity,
  AgencyJurisdictionEntity,
  AgencyAuditEntity,
  RoutingDecisionEntity,
  RoutedTicketEntity,
  AssignmentEntity,
  AcceptanceClockEntity,
  MisrouteReportEntity,
];

/** This database's migrations, in order. */
export const ROUTING_MIGRATIONS = [
  CreateAgencyDirectory1795500000000,
  CreateRoutingDecisions1795500100000,
  KeepRoutedTicketsAndHandOffs1795500200000,
  CreateAcceptanceClocks1795500300000,
  CreateMisrouteReports1795500400000,
  CreateAgencyAudit1795500500000,
  AuditDirectoryChangesBySubject1795500600000,
  IndexHandOffsByRequestTime1795500700000,
];
