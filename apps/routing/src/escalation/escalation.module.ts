import { Module } from '@nestjs/common';
import { AssignmentTrackingModule } from '../assignments/assignment-tracking.module.js';
import { TicketRoutingModule } from '../routing/ticket-routing.module.js';
import { AcceptanceClocksController } from './acceptance-clocks.controller.js';
import { AcceptanceTimerWorker } from './acceptance-timer.worker.js';
import { AdjustAcceptanceClockHandler } from './adjust-acceptance-clock.handler.js';
import { EscalationQueries } from './escalation.queries.js';
import { EscalationsController } from './escalations.controller.js';
import { FireOverdueClockHandler } from './fire-overdue-clock.handler.js';

/**
 * Acceptance deadlines kept: pausable clocks, the timer that fires them once when they fall
 * due, the escalation policy (alert, withdraw, re-route) and the supervisor's list.
 */
@Module({
  imports: [AssignmentTrackingModule, TicketRoutingModule],
  providers: [AdjustAcceptanceClockHandler, FireOverdueClockHandler, AcceptanceTimerWorker, EscalationQueries],
  controllers: [AcceptanceClocksController, EscalationsController],
})
export class EscalationModule {}
