import { Module, type DynamicModule } from '@nestjs/common';
import { CallerAccessController } from './caller-access.controller.js';
import { ListCallerAccessTrailHandler } from './list-caller-access-trail.handler.js';
import { ReadCallerDetailsHandler } from './read-caller-details.handler.js';

/** The caller's unmasked details on a need-to-know basis (PIPL), and the trail of every such read. */
@Module({})
export class CallerAccessModule {
  /** `tickets`: the module that provides the ticket repository and the access trail. */
  static register(tickets: DynamicModule): DynamicModule {
    return {
      module: CallerAccessModule,
      imports: [tickets],
      controllers: [CallerAccessController],
      providers: [ReadCallerDetailsHandler, ListCallerAccessTrailHandler],
    };
  }
}
