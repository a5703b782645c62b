import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CallerAccessModule } from './caller-access/caller-access.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { CreateTickets1795400000000 } from './db/migrations/1795400000000-create-tickets.js';
import { TicketLifecycle1795500000000 } from './db/migrations/1795500000000-ticket-lifecycle.js';
import { IdentityAndAccess1795600000000 } from './db/migrations/1795600000000-identity-and-access.js';
import { DashboardFigures1795700000000 } from './db/migrations/1795700000000-dashboard-figures.js';
import { ResponsiblePlatform1795800000000 } from './db/migrations/1795800000000-responsible-platform.js';
import { HotlineDesk1795900000000 } from './db/migrations/1795900000000-hotline-desk.js';
import { KnowledgeBase1795910000000 } from './db/migrations/1795910000000-knowledge-base.js';
import { DutyRotaAndOnlineQuestions1795920000000 } from './db/migrations/1795920000000-duty-rota-and-online-questions.js';
import { QualityInspection1795930000000 } from './db/migrations/1795930000000-quality-inspection.js';
import { SpecialLines1795940000000 } from './db/migrations/1795940000000-special-lines.js';
import { DutyRotaModule } from './duty-rota/duty-rota.module.js';
import { DutyShiftEntity } from './duty-rota/duty-shift.entity.js';
import { DutyStaffEntity } from './duty-rota/duty-staff.entity.js';
import { InspectionDrawEntity } from './inspection/inspection-draw.entity.js';
import { InspectionReviewEntity } from './inspection/inspection-review.entity.js';
import { InspectionSampleEntity } from './inspection/inspection-sample.entity.js';
import { InspectionModule } from './inspection/inspection.module.js';
import type { IntakeConfig } from './intake.service-definition.js';
import { KnowledgeEntryEntity, KnowledgeEntryVersionEntity } from './knowledge/knowledge-entry.entity.js';
import { KnowledgeModule } from './knowledge/knowledge.module.js';
import { OnlineQuestionEntity } from './online-questions/online-question.entity.js';
import { onlineQuestionSettingsOf } from './online-questions/online-question-settings.js';
import { OnlineQuestionsModule } from './online-questions/online-questions.module.js';
import { SpecialLineEntity } from './special-lines/special-line.entity.js';
import { SpecialLinesModule } from './special-lines/special-lines.module.js';
import { SupervisionAlertEntity } from './supervision/supervision-alert.entity.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { CallerAccessRecordEntity } from './tickets/caller-access-record.entity.js';
import { FollowUpCallEntity } from './tickets/follow-up-call.entity.js';
import { TicketEntity } from './tickets/ticket.entity.js';
import { TicketLookupFailureEntity } from './tickets/ticket-lookup-failure.entity.js';
import { TicketOpeningRequestEntity } from './tickets/ticket-opening-request.entity.js';
import { parseProvincialPlatforms, type ProvincialPlatforms } from './tickets/domain/provincial-platforms.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { TimelineEntryEntity } from './tickets/timeline-entry.entity.js';

/**
 * The provincial 12348 platforms: the built-in table with PROVINCIAL_PLATFORMS merged over it.
 * `loadConfig` has refused a bad value already; this guards a caller that skipped it.
 */
export function provincialPlatformsOf(config: Pick<IntakeConfig, 'PROVINCIAL_PLATFORMS'>): ProvincialPlatforms {
  const parsed = parseProvincialPlatforms(config.PROVINCIAL_PLATFORMS);
  if (!parsed.ok) throw new Error(`PROVINCIAL_PLATFORMS: ${parsed.problems.join('; ')}`);
  return parsed.platforms;
}

@Module({})
export class IntakeModule {
  static register(config: IntakeConfig): DynamicModule {
    const tickets = TicketsModule.register({
      regions: { provinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [] },
      callerHashKey: config.CALLER_HASH_KEY,
      provincialPlatforms: provincialPlatformsOf(config),
      deskFollowUpSampleShare: config.DESK_FOLLOW_UP_SAMPLE_SHARE,
    });
    const dutyRota = DutyRotaModule.register({ provincialPlatforms: provincialPlatformsOf(config) });
    return {
      module: IntakeModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'intake',
          config,
          entities: [
            TicketEntity,
            TimelineEntryEntity,
            FollowUpCallEntity,
            TicketOpeningRequestEntity,
            TicketLookupFailureEntity,
            SupervisionAlertEntity,
            CallerAccessRecordEntity,
            SpecialLineEntity,
            KnowledgeEntryEntity,
            KnowledgeEntryVersionEntity,
            DutyStaffEntity,
            DutyShiftEntity,
            OnlineQuestionEntity,
            InspectionDrawEntity,
            InspectionSampleEntity,
            InspectionReviewEntity,
          ],
          migrations: [
            CreateTickets1795400000000,
            TicketLifecycle1795500000000,
            IdentityAndAccess1795600000000,
            DashboardFigures1795700000000,
            ResponsiblePlatform1795800000000,
            HotlineDesk1795900000000,
            KnowledgeBase1795910000000,
            DutyRotaAndOnlineQuestions1795920000000,
            QualityInspection1795930000000,
            SpecialLines1795940000000,
          ],
        }),
        tickets,
        CallerAccessModule.register(tickets),
        DashboardModule.register(tickets),
        SupervisionModule,
        KnowledgeModule,
        SpecialLinesModule.register(tickets),
        dutyRota,
        InspectionModule.register({ sampleShare: config.INSPECTION_SAMPLE_SHARE }),
        OnlineQuestionsModule.register({
          tickets,
          dutyRota,
          settings: onlineQuestionSettingsOf({
            calendarFile: config.BUSINESS_CALENDAR_FILE,
            officeHours: config.ONLINE_ANSWER_OFFICE_HOURS,
            answerWorkingHours: config.ONLINE_ANSWER_WORKING_HOURS,
            maxOpenClaims: config.ONLINE_QUESTION_MAX_OPEN_CLAIMS,
            overdueScanMs: config.ONLINE_QUESTION_OVERDUE_SCAN_MS,
          }),
        }),
      ],
    };
  }
}
