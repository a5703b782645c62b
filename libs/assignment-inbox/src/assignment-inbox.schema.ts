import { AssignmentEntity } from './assignment.entity.js';
import { EarlyWithdrawalEntity } from './early-withdrawal.entity.js';
import { CreateAssignmentInbox1732406400000 } from './migrations/1732406400000-create-assignment-inbox.js';
import { AssignmentWorkAndWithdrawal1795392000000 } from './migrations/1795392000000-assignment-work-and-withdrawal.js';
import { RecordStaffSubjects1796200000000 } from './migrations/1796200000000-record-staff-subjects.js';

/** The inbox's tables, the same in every service that keeps an inbox. */
export const ASSIGNMENT_INBOX_ENTITIES = [AssignmentEntity, EarlyWithdrawalEntity];

/** The inbox's migrations, in order; a service with tables of its own appends its migrations. */
export const ASSIGNMENT_INBOX_MIGRATIONS = [CreateAssignmentInbox1732406400000, AssignmentWorkAndWithdrawal1795392000000, RecordStaffSubjects1796200000000];
