import { Module, type DynamicModule } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { ReadDashboardFiguresHandler } from './read-dashboard-figures.handler.js';

/** The dashboard's figures for supervisors and owner leads, aggregated in the database. */
@Module({})
export class DashboardModule {
  /** `tickets`: the module that provides the region catalog. */
  static register(tickets: DynamicModule): DynamicModule {
    return {
      module: DashboardModule,
      imports: [tickets],
      controllers: [DashboardController],
      providers: [DashboardRepository, ReadDashboardFiguresHandler],
    };
  }
}
