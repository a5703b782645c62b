import { AssignmentEntity } from '../assignments/assignment.entity.js';
import { AgencyJurisdictionEntity } from '../directory/agency-jurisdiction.entity.js';
import { AgencyEntity } from '../directory/agency.entity.js';
import { RoutingDecisionEntity } from '../routing/routing-decision.entity.js';
import { CreateAgencyDirectory1795500000000 } from './migrations/1795500000000-create-agency-directory.js';
import { CreateRoutingDecisions1795500100000 } from './migrations/1795500100000-create-routing-decisions.js';

/** This service's entities; the service and the seed CLI open the database with the same list. */
export const ROUTING_ENTITIES = [AgencyEntity, AgencyJurisdictionEntity, RoutingDecisionEntity, AssignmentEntity];

/** This database's migrations, in order. */
export const ROUTING_MIGRATIONS = [CreateAgencyDirectory1795500000000, CreateRoutingDecisions1795500100000];
