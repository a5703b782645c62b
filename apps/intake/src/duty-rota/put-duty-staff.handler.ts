import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import { platformById } from '../tickets/domain/provincial-platforms.js';
import { canonicalLanguages } from './domain/rota.js';
import { defaultRotaOrganisation, mayEditRota } from './domain/rota-access.js';
import { DutyRotaRepository } from './duty-rota.repository.js';
import { DutyRotaSettings } from './duty-rota-settings.js';
import { staffViewOf, type DutyStaffView, type PutDutyStaffDto } from './duty-rota.dto.js';
import { DutyStaffEntity } from './duty-staff.entity.js';
import { editRefused, rotaOrganisationOr, rotaProblemError } from './rota-errors.js';

/** Puts a person on a platform's rota, or changes their skills: platforms, languages, legal categories, active. */
@Injectable()
export class PutDutyStaffHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rota: DutyRotaRepository,
    @Inject(DutyRotaSettings) private readonly settings: DutyRotaSettings,
  ) {}

  put(subject: string, dto: PutDutyStaffDto, principal: Principal): Promise<DutyStaffView> {
    const languages = canonicalLanguages(dto.languages);
    if (!languages.ok) throw rotaProblemError(languages.problem);
    const platforms = this.settings.provincialPlatforms;
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.rota.findStaff(manager, subject, true);
      const organisationId = rotaOrganisationOr(
        dto.organisationId ?? existing?.organisationId ?? defaultRotaOrganisation(principal, platforms),
        principal,
      );
      if (!mayEditRota(principal, organisationId, platforms)) throw editRefused();
      // Moving a person to another platform's rota takes the right to edit both.
      if (
        existing &&
        existing.organisationId !== organisationId &&
        !mayEditRota(principal, existing.organisationId, platforms)
      )
        throw editRefused();
      const organisation =
        platformById(platforms, organisationId)?.name ??
        (principal.organisation?.id === organisationId
          ? principal.organisation.name
          : (existing?.organisation ?? organisationId));
      const staff = Object.assign(new DutyStaffEntity(), {
        subject,
        name: dto.name.trim(),
        organisationId,
        organisation,
        platforms: [...dto.platforms],
        languages: languages.languages,
        legalCategories: [...dto.legalCategories],
        active: dto.active ?? true,
        updatedBy: principal.subject,
        updatedAt: new Date(),
      });
      await this.rota.saveStaff(manager, staff);
      return staffViewOf(staff);
    });
  }
}
