import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { DutyRotaRepository } from '../duty-rota/duty-rota.repository.js';
import { isOnOnlineDuty } from '../duty-rota/domain/rota.js';
import { areaScopeOf, isAgent } from '../tickets/domain/ticket-access.js';
import { rankForPerson } from './domain/online-queue.js';
import { OnlineQuestionRepository } from './online-question.repository.js';
import { ONLINE_QUESTION_SETTINGS, type OnlineQuestionSettings } from './online-question-settings.js';
import { onlineQuestionViewOf, type OnlineQuestionListView, type OnlineQueueView } from './online-questions.dto.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unclaimed questions read to rank for one person: far more than anyone works through at once. */
const RANKED_WINDOW = 500;

/** The queue as each role reads it. */
@Injectable()
export class ListOnlineQuestionsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: OnlineQuestionRepository,
    private readonly rota: DutyRotaRepository,
    @Inject(ONLINE_QUESTION_SETTINGS) private readonly settings: OnlineQuestionSettings,
  ) {}

  /**
   * Staff see only what they may claim now: nothing off duty; on duty, the unclaimed questions
   * of their platform in a language they speak, best first for them. Supervisors see every open
   * question of their area, with who holds it.
   */
  async queue(principal: Principal, limit: number, now: Date = new Date()): Promise<OnlineQueueView> {
    const maxOpenClaims = this.settings.maxOpenClaims;
    if (!isAgent(principal)) {
      const { regionPrefix } = areaScopeOf(principal);
      if (regionPrefix === null) throw AccessDeniedError.noArea();
      const rows = await this.questions.inArea(regionPrefix, limit);
      return {
        onDuty: null,
        openClaims: null,
        maxOpenClaims,
        items: rows.map((row) => onlineQuestionViewOf(row, now)),
      };
    }
    if (principal.organisation === null) throw AccessDeniedError.noOrganisation();
    const organisationId = principal.organisation.id;
    const manager = this.dataSource.manager;
    const staff = await this.rota.findStaff(manager, principal.subject);
    const mine = staff?.organisationId === organisationId ? staff : null;
    const shifts = mine
      ? await this.rota.shiftsOf(
          manager,
          mine.subject,
          new Date(now.getTime() - DAY_MS),
          new Date(now.getTime() + DAY_MS),
        )
      : [];
    const openClaims = await this.questions.countOpenClaims(manager, principal.subject);
    const onDuty = isOnOnlineDuty(mine, shifts, now);
    if (!mine || !onDuty) return { onDuty, openClaims, maxOpenClaims, items: [] };
    const rows = await this.questions.unclaimed(manager, organisationId, { limit: RANKED_WINDOW });
    const ranked = rankForPerson(rows, mine, now).slice(0, limit);
    return { onDuty, openClaims, maxOpenClaims, items: ranked.map((row) => onlineQuestionViewOf(row, now)) };
  }

  /** The questions the person holds unanswered, earliest due first. */
  async mine(principal: Principal, now: Date = new Date()): Promise<OnlineQuestionListView> {
    return { items: (await this.questions.claimedBy(principal.subject)).map((row) => onlineQuestionViewOf(row, now)) };
  }
}
