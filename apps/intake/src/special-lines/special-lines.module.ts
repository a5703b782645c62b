import { Module, type DynamicModule } from '@nestjs/common';
import { ReadSpecialLinesHandler } from './read-special-lines.handler.js';
import { SpecialLineCommandsHandler } from './special-line-commands.handler.js';
import { SpecialLineRepository } from './special-line.repository.js';
import { SpecialLineViews } from './special-line-views.js';
import { SpecialLinesController } from './special-lines.controller.js';

/** Special lines (专线): named lines opened for a period, with their tickets' priority and a report. */
@Module({})
export class SpecialLinesModule {
  /** `tickets`: the module that provides the region catalog and checker. */
  static register(tickets: DynamicModule): DynamicModule {
    return {
      module: SpecialLinesModule,
      imports: [tickets],
      controllers: [SpecialLinesController],
      providers: [SpecialLineRepository, SpecialLineViews, SpecialLineCommandsHandler, ReadSpecialLinesHandler],
    };
  }
}
