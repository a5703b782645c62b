import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AssignmentDecisionsController, AssignmentInboxController } from '@legal-hotline/assignment-inbox';

@ApiTags('office inbox')
@Controller('api/v1/offices/:agencyId/assignments')
export class OfficeAssignmentsController extends AssignmentInboxController {}

@ApiTags('assignments')
@Controller('api/v1/assignments')
export class AssignmentsController extends AssignmentDecisionsController {}
