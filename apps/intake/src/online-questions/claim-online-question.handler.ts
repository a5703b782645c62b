import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import { DutyRotaRepository } from '../duty-rota/duty-rota.repository.js';
import { type DutyStaffEntity } from '../duty-rota/duty-staff.entity.js';
import { chooseNextQuestion, refuseAnyClaim, refuseClaim, type Claimant } from './domain/online-queue.js';
import { claimRefused, questionNotFound, requireOpen, requireSamePlatform } from './online-question-errors.js';
import { OnlineQuestionRepository } from './online-question.repository.js';
import { ONLINE_QUESTION_SETTINGS, type OnlineQuestionSettings } from './online-question-settings.js';
import { onlineQuestionViewOf, type NextOnlineQuestionView, type OnlineQuestionView } from './online-questions.dto.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unclaimed questions looked at to pick someone's next one. */
const NEXT_WINDOW = 200;

/**
 * Claims and releases. A claim locks the question's row, so of two people claiming one question
 * exactly one gets it and the other is told it is taken; it also locks the claimant's rota
 * record, so their own claims made at once cannot go past the cap together.
 */
@Injectable()
export class ClaimOnlineQuestionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: OnlineQuestionRepository,
    private readonly rota: DutyRotaRepository,
    @Inject(ONLINE_QUESTION_SETTINGS) private readonly settings: OnlineQuestionSettings,
  ) {}

  claim(ticketId: string, principal: Principal, now: Date = new Date()): Promise<OnlineQuestionView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.questions.find(manager, ticketId, true);
      if (!row) throw questionNotFound(ticketId);
      requireSamePlatform(row, principal);
      requireOpen(row);
      const claimant = await this.claimantOf(manager, principal, row.ticket.responsibleOrganisationId, now);
      const refusal = refuseClaim(row, claimant, { now, maxOpenClaims: this.settings.maxOpenClaims });
      if (refusal) throw claimRefused(refusal);
      if (row.claimedBy !== principal.subject) {
        const claim = { subject: principal.subject, name: principal.name, at: now };
        await this.questions.setClaim(manager, ticketId, claim);
        Object.assign(row, { claimedBy: claim.subject, claimedByName: claim.name, claimedAt: claim.at });
      }
      return onlineQuestionViewOf(row, now);
    });
  }

  /**
   * Claims the best waiting question for the person: see `chooseNextQuestion`. Questions another
   * claim holds at this moment are skipped, so two people asking at once get different ones.
   */
  next(principal: Principal, now: Date = new Date()): Promise<NextOnlineQuestionView> {
    if (principal.organisation === null) throw AccessDeniedError.noOrganisation();
    const organisationId = principal.organisation.id;
    return this.dataSource.transaction(async (manager) => {
      const claimant = await this.claimantOf(manager, principal, organisationId, now);
      // Off duty or at the cap, say so even when nothing is waiting: the person should know why.
      const refusal = refuseAnyClaim(claimant, { now, maxOpenClaims: this.settings.maxOpenClaims });
      if (refusal) throw claimRefused(refusal);
      const rows = await this.questions.unclaimed(manager, organisationId, { limit: NEXT_WINDOW, skipLocked: true });
      const chosen = claimant.staff ? chooseNextQuestion(rows, claimant.staff, now) : null;
      if (!chosen) return { question: null };
      const claim = { subject: principal.subject, name: principal.name, at: now };
      await this.questions.setClaim(manager, chosen.ticketId, claim);
      return {
        question: onlineQuestionViewOf(
          Object.assign(chosen, { claimedBy: claim.subject, claimedByName: claim.name, claimedAt: claim.at }),
          now,
        ),
      };
    });
  }

  /** Gives a claimed question back to the queue: the person who holds it, or a lead of the platform. */
  release(ticketId: string, principal: Principal, now: Date = new Date()): Promise<OnlineQuestionView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.questions.find(manager, ticketId, true);
      if (!row) throw questionNotFound(ticketId);
      requireSamePlatform(row, principal);
      requireOpen(row);
      if (row.claimedBy === null)
        throw new CodedError('ONLINE_QUESTION.NOT_CLAIMED', 'conflict', 'nobody holds this question');
      if (row.claimedBy !== principal.subject && !principal.roles.has('owner-lead')) {
        throw new CodedError(
          'ONLINE_QUESTION.NOT_CLAIMER',
          'forbidden',
          `only ${row.claimedByName ?? 'the person'} who claimed it, or a lead, releases it`,
        );
      }
      await this.questions.setClaim(manager, ticketId, null);
      return onlineQuestionViewOf(Object.assign(row, { claimedBy: null, claimedByName: null, claimedAt: null }), now);
    });
  }

  /** The person as a claimant of the platform's questions: their rota record there (locked), shifts around now and open claims. */
  private async claimantOf(
    manager: EntityManager,
    principal: Principal,
    organisationId: string,
    now: Date,
  ): Promise<Claimant> {
    const found = await this.rota.findStaff(manager, principal.subject, true);
    const staff: DutyStaffEntity | null = found?.organisationId === organisationId ? found : null;
    const shifts = staff
      ? await this.rota.shiftsOf(
          manager,
          staff.subject,
          new Date(now.getTime() - DAY_MS),
          new Date(now.getTime() + DAY_MS),
        )
      : [];
    return {
      subject: principal.subject,
      staff,
      shifts,
      openClaims: await this.questions.countOpenClaims(manager, principal.subject),
    };
  }
}
