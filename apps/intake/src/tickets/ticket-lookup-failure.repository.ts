import { Injectable } from '@nestjs/common';
import { LessThan, MoreThan, type EntityManager } from 'typeorm';
import { TicketLookupFailureEntity } from './ticket-lookup-failure.entity.js';

/** Failed caller lookups per reference, in PostgreSQL so the limit holds across instances and restarts. */
@Injectable()
export class TicketLookupFailureRepository {
  /**
   * Holds a transaction-scoped lock on the reference, so concurrent attempts on it are counted
   * one after another and a burst cannot slip past the limit.
   */
  async lockReference(manager: EntityManager, reference: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`ticket-lookup:${reference}`]);
  }

  async failuresSince(manager: EntityManager, reference: string, since: Date): Promise<Date[]> {
    const rows = await manager.find(TicketLookupFailureEntity, { select: { failedAt: true }, where: { reference, failedAt: MoreThan(since) } });
    return rows.map((row) => row.failedAt);
  }

  /** Records a failure and forgets every failure older than `forgetBefore`, which no longer counts. */
  async record(manager: EntityManager, reference: string, failedAt: Date, forgetBefore: Date): Promise<void> {
    await manager.insert(TicketLookupFailureEntity, { reference, failedAt });
    await manager.delete(TicketLookupFailureEntity, { failedAt: LessThan(forgetBefore) });
  }
}
