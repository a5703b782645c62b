import { Module } from '@nestjs/common';
import { Open311RequestsController } from './open311-requests.controller.js';
import { Open311ServiceRequestQueries } from './open311-service-request.queries.js';
import { Open311ServicesController } from './open311-services.controller.js';
import { PostServiceRequestHandler } from './post-service-request.handler.js';

/**
 * Open311 GeoReport v2 for partner hotlines whose systems speak it: a thin adapter over the
 * partner-case commands and views (a service request is a forwarded case), signed like every
 * partner request.
 */
@Module({
  controllers: [Open311ServicesController, Open311RequestsController],
  providers: [PostServiceRequestHandler, Open311ServiceRequestQueries],
})
export class Open311Module {}
