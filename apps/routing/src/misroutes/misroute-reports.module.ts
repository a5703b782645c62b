import { Module } from '@nestjs/common';
import { MisrouteReportQueries } from './misroute-report.queries.js';
import { MisrouteReportRepository } from './misroute-report.repository.js';
import { MisrouteReportsController } from './misroute-reports.controller.js';

/** Misroute reports ("not ours, try X"): counts that feed routing-table corrections. */
@Module({
  providers: [MisrouteReportRepository, MisrouteReportQueries],
  controllers: [MisrouteReportsController],
  exports: [MisrouteReportRepository],
})
export class MisrouteReportsModule {}
