import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { TicketEntity } from '../tickets/ticket.entity.js';
import { OnlineQuestionEntity } from './online-question.entity.js';

/** A question with what the queue shows of its ticket. */
export type QueueRow = OnlineQuestionEntity & {
  ticket: Pick<
    TicketEntity,
    'id' | 'ticketNumber' | 'channel' | 'summary' | 'status' | 'responsibleOrganisationId' | 'correlationId'
  >;
};

/** Questions still waiting for an answer: their ticket is at the desk and nobody answered them yet. */
const OPEN = `t.status = 'at-desk' AND q.answeredAt IS NULL`;

/** All reads and writes of the online question queue. */
@Injectable()
export class OnlineQuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a question once: a redelivered opening changes nothing. */
  async insert(manager: EntityManager, question: OnlineQuestionEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(OnlineQuestionEntity).values(question).orIgnore().execute();
  }

  /** The question with its ticket; locked for the rest of the transaction when `lock`. */
  find(manager: EntityManager, ticketId: string, lock = false): Promise<QueueRow | null> {
    const query = this.withTicket(manager).where('q.ticketId = :ticketId', { ticketId });
    if (lock) query.setLock('pessimistic_write', undefined, ['q']);
    return query.getOne() as Promise<QueueRow | null>;
  }

  /**
   * Unclaimed open questions of one platform, most urgent and earliest due first. With `skipLocked`
   * the rows are locked, and rows another transaction holds (a claim in progress) are skipped.
   */
  unclaimed(
    manager: EntityManager,
    organisationId: string,
    options: { limit: number; skipLocked?: boolean },
  ): Promise<QueueRow[]> {
    const query = this.open(this.withTicket(manager))
      .andWhere('t.responsibleOrganisationId = :organisationId AND q.claimedBy IS NULL', { organisationId })
      .orderBy(PRIORITY_ORDER, 'ASC')
      .addOrderBy('q.dueAt', 'ASC')
      .limit(options.limit);
    if (options.skipLocked) query.setLock('pessimistic_write', undefined, ['q']).setOnLocked('skip_locked');
    return query.getMany() as Promise<QueueRow[]>;
  }

  /** Open questions whose ticket lies in a supervisor's area, claimed or not, most urgent and earliest due first. */
  inArea(regionPrefix: string, limit: number): Promise<QueueRow[]> {
    return this.open(this.withTicket(this.dataSource.manager))
      .andWhere('t.regionCode LIKE :prefix', { prefix: `${regionPrefix}%` })
      .orderBy(PRIORITY_ORDER, 'ASC')
      .addOrderBy('q.dueAt', 'ASC')
      .limit(limit)
      .getMany() as Promise<QueueRow[]>;
  }

  /** The open questions one person holds, earliest due first. */
  claimedBy(subject: string): Promise<QueueRow[]> {
    return this.open(this.withTicket(this.dataSource.manager))
      .andWhere('q.claimedBy = :subject', { subject })
      .orderBy('q.dueAt', 'ASC')
      .getMany() as Promise<QueueRow[]>;
  }

  async countOpenClaims(manager: EntityManager, subject: string): Promise<number> {
    return this.open(this.withTicket(manager)).andWhere('q.claimedBy = :subject', { subject }).getCount();
  }

  async setClaim(
    manager: EntityManager,
    ticketId: string,
    claim: { subject: string; name: string; at: Date } | null,
  ): Promise<void> {
    await manager.update(
      OnlineQuestionEntity,
      { ticketId },
      claim
        ? { claimedBy: claim.subject, claimedByName: claim.name, claimedAt: claim.at }
        : { claimedBy: null, claimedByName: null, claimedAt: null },
    );
  }

  async markAnswered(ticketId: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(OnlineQuestionEntity, { ticketId }, { answeredAt: at });
  }

  /**
   * The open question longest past its due time whose supervisor was not alerted yet, locked;
   * one being claimed or answered right now is left for the next round.
   */
  nextOverdue(manager: EntityManager, now: Date): Promise<QueueRow | null> {
    return this.open(this.withTicket(manager))
      .andWhere('q.overdueAlertedAt IS NULL AND q.dueAt <= :now', { now })
      .orderBy('q.dueAt', 'ASC')
      .limit(1)
      .setLock('pessimistic_write', undefined, ['q'])
      .setOnLocked('skip_locked')
      .getOne() as Promise<QueueRow | null>;
  }

  async markOverdueAlerted(manager: EntityManager, ticketId: string, at: Date): Promise<void> {
    await manager.update(OnlineQuestionEntity, { ticketId }, { overdueAlertedAt: at });
  }

  private withTicket(manager: EntityManager): SelectQueryBuilder<OnlineQuestionEntity> {
    return manager
      .createQueryBuilder(OnlineQuestionEntity, 'q')
      .innerJoin('q.ticket', 't')
      .addSelect([
        't.id',
        't.ticketNumber',
        't.channel',
        't.summary',
        't.status',
        't.responsibleOrganisationId',
        't.correlationId',
      ]);
  }

  private open(query: SelectQueryBuilder<OnlineQuestionEntity>): SelectQueryBuilder<OnlineQuestionEntity> {
    return query.where(OPEN);
  }
}

/** urgent, then green channel, then the rest. */
const PRIORITY_ORDER = `CASE q.priority WHEN 'urgent' THEN 0 WHEN 'green-channel' THEN 1 ELSE 2 END`;
