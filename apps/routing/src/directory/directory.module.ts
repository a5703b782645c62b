import { Module } from '@nestjs/common';
import { AgenciesController } from './agencies.controller.js';
import { AgencyDirectoryQueries } from './agency-directory.queries.js';
import { AgencyDirectoryRepository } from './agency-directory.repository.js';
import { ChangeAgencyHandler } from './change-agency.handler.js';
import { DirectoryAuditController } from './directory-audit.controller.js';
import { DirectoryAuditQueries } from './directory-audit.queries.js';
import { SeedDirectoryHandler } from './seed-directory.handler.js';

/**
 * The receiving bodies (legal-aid centres, people's mediation committees) and the regions they
 * serve; changed through the API while the service runs, every change audited.
 */
@Module({
  providers: [AgencyDirectoryRepository, AgencyDirectoryQueries, ChangeAgencyHandler, DirectoryAuditQueries, SeedDirectoryHandler],
  controllers: [AgenciesController, DirectoryAuditController],
  exports: [AgencyDirectoryRepository, SeedDirectoryHandler],
})
export class DirectoryModule {}
