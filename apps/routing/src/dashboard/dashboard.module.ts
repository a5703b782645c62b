import { Module } from '@nestjs/common';
import { AcceptanceFiguresQueries } from './acceptance-figures.queries.js';
import { DashboardController } from './dashboard.controller.js';

/** Figures for the supervisors' dashboard, aggregated in the database from routing's own records. */
@Module({
  providers: [AcceptanceFiguresQueries],
  controllers: [DashboardController],
})
export class DashboardModule {}
