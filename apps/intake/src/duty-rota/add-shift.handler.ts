import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import { checkNewShift } from './domain/rota.js';
import { mayEditRota } from './domain/rota-access.js';
import { DutyRotaRepository } from './duty-rota.repository.js';
import { DutyRotaSettings } from './duty-rota-settings.js';
import { shiftViewOf, type AddShiftDto, type DutyShiftView } from './duty-rota.dto.js';
import { DutyShiftEntity } from './duty-shift.entity.js';
import { editRefused, rotaProblemError } from './rota-errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts a shift on the rota. The person's rota record is locked while their shifts are checked
 * and the new one written, so two editors cannot book overlapping shifts for one person (the
 * exclusion constraint, where the database has it, holds the same rule).
 */
@Injectable()
export class AddShiftHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rota: DutyRotaRepository,
    @Inject(DutyRotaSettings) private readonly settings: DutyRotaSettings,
  ) {}

  async add(dto: AddShiftDto, principal: Principal): Promise<DutyShiftView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const person = await this.rota.findStaff(manager, dto.personSubject, true);
        if (!person) {
          throw new CodedError(
            'DUTY_ROTA.PERSON_NOT_ON_ROTA',
            'invalid',
            'the person is not on any rota: put them on it first (PUT /duty-rota/staff/{subject})',
            'personSubject',
          );
        }
        if (!mayEditRota(principal, person.organisationId, this.settings.provincialPlatforms)) throw editRefused();
        const existing = await this.rota.shiftsOf(
          manager,
          person.subject,
          new Date(startsAt.getTime() - DAY_MS),
          new Date(endsAt.getTime() + DAY_MS),
        );
        const shift = { personSubject: person.subject, platform: dto.platform, startsAt, endsAt };
        const problem = checkNewShift(shift, person, existing);
        if (problem) throw rotaProblemError(problem);
        const row = Object.assign(new DutyShiftEntity(), {
          ...shift,
          id: randomUUID(),
          organisationId: person.organisationId,
          createdBy: principal.subject,
          note: dto.note?.trim() || null,
          createdAt: new Date(),
        });
        await this.rota.insertShift(manager, row);
        return shiftViewOf(row, person.name);
      });
    } catch (error) {
      // 23P01: the exclusion constraint saw an overlap the check did not (it cannot, under the lock; kept for safety).
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01') {
        throw new CodedError(
          'DUTY_ROTA.SHIFT_OVERLAPS',
          'conflict',
          'the shift overlaps another shift of the same person',
          'startsAt',
        );
      }
      throw error;
    }
  }
}
