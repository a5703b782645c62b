import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DutyPlatform } from './domain/rota.js';
import { DutyShiftEntity } from './duty-shift.entity.js';
import { DutyStaffEntity } from './duty-staff.entity.js';

export interface ShiftFilter {
  organisationId: string;
  /** Shifts ending after. */
  from: Date;
  /** Shifts starting before. */
  to: Date;
  platform?: DutyPlatform;
  personSubject?: string;
}

/** A person on duty at an instant, with the shift that covers it and the online questions they hold. */
export interface OnDutyRow {
  staff: DutyStaffEntity;
  shift: DutyShiftEntity;
  claimedTicketIds: string[];
}

/** All reads and writes of the duty rota. */
@Injectable()
export class DutyRotaRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's rota record, locked for the rest of the transaction when `lock` (their shifts and claims change one at a time). */
  findStaff(manager: EntityManager, subject: string, lock = false): Promise<DutyStaffEntity | null> {
    const query = manager.createQueryBuilder(DutyStaffEntity, 's').where('s.subject = :subject', { subject });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async saveStaff(manager: EntityManager, staff: DutyStaffEntity): Promise<void> {
    await manager.save(DutyStaffEntity, staff);
  }

  listStaff(organisationId: string): Promise<DutyStaffEntity[]> {
    return this.dataSource.manager.find(DutyStaffEntity, {
      where: { organisationId },
      order: { name: 'ASC', subject: 'ASC' },
    });
  }

  /** The person's shifts that touch [from, to). */
  shiftsOf(manager: EntityManager, subject: string, from: Date, to: Date): Promise<DutyShiftEntity[]> {
    return manager
      .createQueryBuilder(DutyShiftEntity, 'sh')
      .where('sh.personSubject = :subject AND sh.endsAt > :from AND sh.startsAt < :to', { subject, from, to })
      .orderBy('sh.startsAt', 'ASC')
      .getMany();
  }

  async insertShift(manager: EntityManager, shift: DutyShiftEntity): Promise<void> {
    await manager.insert(DutyShiftEntity, shift);
  }

  findShift(id: string): Promise<DutyShiftEntity | null> {
    return this.dataSource.manager.findOneBy(DutyShiftEntity, { id });
  }

  async deleteShift(id: string): Promise<void> {
    await this.dataSource.manager.delete(DutyShiftEntity, { id });
  }

  /** The shifts of one rota that touch [from, to), with their people's names, earliest first. */
  async listShifts(filter: ShiftFilter): Promise<{ shift: DutyShiftEntity; personName: string }[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(DutyShiftEntity, 'sh')
      .innerJoinAndMapOne('sh.person', DutyStaffEntity, 's', 's.subject = sh.personSubject')
      .where('sh.organisationId = :organisationId AND sh.endsAt > :from AND sh.startsAt < :to', filter);
    if (filter.platform) query.andWhere('sh.platform = :platform', { platform: filter.platform });
    if (filter.personSubject) query.andWhere('sh.personSubject = :person', { person: filter.personSubject });
    const shifts = await query.orderBy('sh.startsAt', 'ASC').addOrderBy('s.name', 'ASC').limit(5000).getMany();
    return shifts.map((shift) => ({ shift, personName: shift.person?.name ?? shift.personSubject }));
  }

  /**
   * Who of one rota is on a shift covering `at` (active people only), with the online questions
   * each holds claimed and unanswered (their ticket still at the desk).
   */
  async onDuty(organisationId: string, at: Date, platform?: DutyPlatform): Promise<OnDutyRow[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(DutyShiftEntity, 'sh')
      .innerJoinAndMapOne('sh.person', DutyStaffEntity, 's', 's.subject = sh.personSubject')
      .where('sh.organisationId = :organisationId AND sh.startsAt <= :at AND sh.endsAt > :at AND s.active', {
        organisationId,
        at,
      });
    if (platform) query.andWhere('sh.platform = :platform', { platform });
    const shifts = await query.getMany();
    if (shifts.length === 0) return [];
    const claims: { claimed_by: string; ticket_id: string }[] = await this.dataSource.query(
      `SELECT q.claimed_by, q.ticket_id FROM online_questions q JOIN tickets t ON t.id = q.ticket_id
        WHERE q.claimed_by = ANY($1::varchar[]) AND q.answered_at IS NULL AND t.status = 'at-desk'
        ORDER BY q.claimed_at`,
      [shifts.map((s) => s.personSubject)],
    );
    return shifts.map((shift) => ({
      staff: shift.person!,
      shift,
      claimedTicketIds: claims.filter((c) => c.claimed_by === shift.personSubject).map((c) => c.ticket_id),
    }));
  }
}
