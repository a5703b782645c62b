import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import { leastLoadedFirst } from './domain/rota.js';
import { defaultRotaOrganisation, mayReadRota } from './domain/rota-access.js';
import { DutyRotaRepository } from './duty-rota.repository.js';
import { DutyRotaSettings } from './duty-rota-settings.js';
import {
  shiftViewOf,
  staffViewOf,
  type DutyShiftListView,
  type DutyStaffListView,
  type ListShiftsQueryDto,
  type OnDutyQueryDto,
  type OnDutyView,
  type RotaOrganisationQueryDto,
} from './duty-rota.dto.js';
import { readRefused, rotaOrganisationOr } from './rota-errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Two months of shifts at most in one answer: a rota is read by the week or the month. */
const MAX_PERIOD_DAYS = 62;

/** Reads of a platform's rota: its people, its shifts in a period, who is on duty at an instant. */
@Injectable()
export class ReadRotaHandler {
  constructor(
    private readonly rota: DutyRotaRepository,
    @Inject(DutyRotaSettings) private readonly settings: DutyRotaSettings,
  ) {}

  async staff(query: RotaOrganisationQueryDto, principal: Principal): Promise<DutyStaffListView> {
    const organisationId = this.readable(query.organisationId, principal);
    return { items: (await this.rota.listStaff(organisationId)).map(staffViewOf) };
  }

  async shifts(query: ListShiftsQueryDto, principal: Principal): Promise<DutyShiftListView> {
    const organisationId = this.readable(query.organisationId, principal);
    const from = query.from ? new Date(query.from) : new Date();
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DAY_MS);
    if (to <= from) throw new CodedError('DUTY_ROTA.EMPTY_PERIOD', 'invalid', '`to` must be after `from`', 'to');
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
      throw new CodedError(
        'DUTY_ROTA.PERIOD_TOO_LONG',
        'invalid',
        `ask for at most ${MAX_PERIOD_DAYS} days at a time`,
        'to',
      );
    }
    const rows = await this.rota.listShifts({
      organisationId,
      from,
      to,
      ...(query.platform ? { platform: query.platform } : {}),
      ...(query.person ? { personSubject: query.person } : {}),
    });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      items: rows.map(({ shift, personName }) => shiftViewOf(shift, personName)),
    };
  }

  async onDuty(query: OnDutyQueryDto, principal: Principal): Promise<OnDutyView> {
    const organisationId = this.readable(query.organisationId, principal);
    const at = query.at ? new Date(query.at) : new Date();
    const rows = await this.rota.onDuty(organisationId, at, query.platform);
    const people = rows.map(({ staff, shift, claimedTicketIds }) => ({
      ...staffViewOf(staff),
      shift: {
        id: shift.id,
        platform: shift.platform,
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
      },
      openClaims: claimedTicketIds.length,
      claimedTicketIds,
    }));
    return { at: at.toISOString(), organisationId, items: leastLoadedFirst(people) };
  }

  private readable(organisationId: string | undefined, principal: Principal): string {
    const platforms = this.settings.provincialPlatforms;
    const id = rotaOrganisationOr(organisationId ?? defaultRotaOrganisation(principal, platforms), principal);
    if (!mayReadRota(principal, id, platforms)) throw readRefused();
    return id;
  }
}
