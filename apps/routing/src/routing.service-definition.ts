import { Matches } from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { RoutingModule } from './routing.module.js';

const PROVINCE_LIST = /^\d{2}(,\d{2})*$/;

export class RoutingConfig extends ServiceConfig {
  override PORT = 3002;

  /**
   * Provinces whose divisions routing loads at start-up, as comma-separated 2-digit numbers
   * ("44,52": Guangdong and Guizhou). Tickets whose region lies elsewhere get no destination.
   */
  @Matches(PROVINCE_LIST, { message: 'ROUTING_PROVINCES must be comma-separated 2-digit province numbers, e.g. 44,52' })
  ROUTING_PROVINCES = '44,52';
}

export const routingService: ServiceDefinition<RoutingConfig> = {
  name: 'routing',
  title: 'Routing',
  description:
    'The directory of receiving bodies (legal-aid centres, people\'s mediation committees) and the routing of every new ticket to the competent body (派单), with the reason for each decision (DOMAIN.md §3).',
  configClass: RoutingConfig,
  module: (config) => RoutingModule.register(config),
};
