import { Module } from '@nestjs/common';
import { AgenciesController } from './agencies.controller.js';
import { AgencyDirectoryQueries } from './agency-directory.queries.js';
import { AgencyDirectoryRepository } from './agency-directory.repository.js';
import { SeedDirectoryHandler } from './seed-directory.handler.js';

/** The receiving bodies (legal-aid centres, people's mediation committees) and the regions they serve. */
@Module({
  providers: [AgencyDirectoryRepository, AgencyDirectoryQueries, SeedDirectoryHandler],
  controllers: [AgenciesController],
  exports: [AgencyDirectoryRepository, SeedDirectoryHandler],
})
export class DirectoryModule {}
