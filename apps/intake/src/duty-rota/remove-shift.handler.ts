import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import { mayEditRota } from './domain/rota-access.js';
import { DutyRotaRepository } from './duty-rota.repository.js';
import { DutyRotaSettings } from './duty-rota-settings.js';
import { editRefused } from './rota-errors.js';

/** Takes a shift off the rota. Claims the person holds stay theirs: a lead releases them if need be. */
@Injectable()
export class RemoveShiftHandler {
  constructor(
    private readonly rota: DutyRotaRepository,
    @Inject(DutyRotaSettings) private readonly settings: DutyRotaSettings,
  ) {}

  async remove(id: string, principal: Principal): Promise<void> {
    const shift = await this.rota.findShift(id);
    if (!shift) throw new CodedError('DUTY_ROTA.SHIFT_NOT_FOUND', 'not-found', `shift ${id} does not exist`);
    if (!mayEditRota(principal, shift.organisationId, this.settings.provincialPlatforms)) throw editRefused();
    await this.rota.deleteShift(id);
  }
}
