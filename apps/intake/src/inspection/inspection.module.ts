import { Module, type DynamicModule } from '@nestjs/common';
import { AgentFiguresRepository } from './agent-figures.repository.js';
import { DrawSamplesHandler } from './draw-samples.handler.js';
import { InspectionController } from './inspection.controller.js';
import { InspectionRepository } from './inspection.repository.js';
import { InspectionSettings } from './inspection-settings.js';
import { ReadAgentFiguresHandler } from './read-agent-figures.handler.js';
import { ReadSamplesHandler } from './read-samples.handler.js';
import { ReviewSampleHandler } from './review-sample.handler.js';

/** Quality inspection (服务质检) of answered consultations, and the per-agent monthly figures (律师评价). */
@Module({})
export class InspectionModule {
  static register(settings: { sampleShare: number }): DynamicModule {
    return {
      module: InspectionModule,
      controllers: [InspectionController],
      providers: [
        { provide: InspectionSettings, useValue: new InspectionSettings(settings.sampleShare) },
        InspectionRepository,
        AgentFiguresRepository,
        DrawSamplesHandler,
        ReadSamplesHandler,
        ReviewSampleHandler,
        ReadAgentFiguresHandler,
      ],
    };
  }
}
