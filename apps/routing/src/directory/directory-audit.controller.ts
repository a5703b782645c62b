import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '@legal-hotline/auth';
import { DirectoryAuditFeed, DirectoryAuditQuery } from './agency.dto.js';
import { DirectoryAuditQueries } from './directory-audit.queries.js';

@ApiTags('agencies')
@Controller('api/v1/directory/audit')
export class DirectoryAuditController {
  constructor(private readonly queries: DirectoryAuditQueries) {}

  @Get()
  @RequireRoles('directory-admin', 'supervisor')
  @ApiOperation({
    summary: 'Every directory change since an instant, oldest first',
    description: 'Directory administrators and supervisors. A pull feed: pass the `at` of the last entry seen as `since` (inclusive) and skip the ids already seen.',
  })
  @ApiOkResponse({ type: DirectoryAuditFeed })
  @ApiBadRequestResponse({ description: 'Malformed since or limit' })
  list(@Query() query: DirectoryAuditQuery): Promise<DirectoryAuditFeed> {
    return this.queries.since(query);
  }
}
