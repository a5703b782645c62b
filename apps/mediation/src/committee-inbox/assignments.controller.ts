import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AssignmentDecisionsController, AssignmentInboxController } from '@legal-hotline/assignment-inbox';

@ApiTags('committee inbox')
@Controller('api/v1/committees/:agencyId/assignments')
export class CommitteeAssignmentsController extends AssignmentInboxController {}

@ApiTags('assignments')
@Controller('api/v1/assignments')
export class AssignmentsController extends AssignmentDecisionsController {}
