import { Injectable } from '@nestjs/common';
import { actorOf, type Principal } from '@legal-hotline/auth';
import type { Actor } from '@legal-hotline/contracts';
import { RegionCodeChecker } from '../regions/region-code-checker.js';
import {
  changedSpecialLine,
  closedSpecialLine,
  openedSpecialLine,
  type SpecialLine,
  type SpecialLineProfileInput,
} from './domain/special-line.js';
import { assertMayManage } from './domain/special-line-access.js';
import { SpecialLineError } from './domain/special-line-error.js';
import type {
  ChangeSpecialLineDto,
  OpenSpecialLineDto,
  SpecialLineProfileDto,
  SpecialLineView,
} from './special-line.dto.js';
import { SpecialLineRepository } from './special-line.repository.js';
import { SpecialLineViews } from './special-line-views.js';

/**
 * A supervisor opens, changes and closes special lines (专线) of its area. Each command is one
 * transaction: load (locked), decide, save. Lines are intake's own reference data: tickets carry
 * the code, so no event announces them.
 */
@Injectable()
export class SpecialLineCommandsHandler {
  constructor(
    private readonly lines: SpecialLineRepository,
    private readonly regions: RegionCodeChecker,
    private readonly views: SpecialLineViews,
  ) {}

  async open(dto: OpenSpecialLineDto, principal: Principal): Promise<SpecialLineView> {
    const regionCode = await this.regionOf(dto, principal);
    assertMayManage(principal, regionCode, 'regionCode');
    const now = new Date();
    const line = openedSpecialLine({ code: dto.code, regionCode, ...profileOf(dto) }, actorOf(principal), now);
    await this.lines.transaction((manager) => this.lines.insert(manager, line));
    return this.views.of(line, now);
  }

  change(code: string, dto: ChangeSpecialLineDto, principal: Principal): Promise<SpecialLineView> {
    return this.run(code, principal, (line, actor, now) => changedSpecialLine(line, profileOf(dto), actor, now));
  }

  close(code: string, principal: Principal): Promise<SpecialLineView> {
    return this.run(code, principal, (line, actor, now) => closedSpecialLine(line, actor, now));
  }

  private async run(
    code: string,
    principal: Principal,
    decide: (line: SpecialLine, actor: Actor, now: Date) => SpecialLine,
  ): Promise<SpecialLineView> {
    const actor = actorOf(principal);
    const now = new Date();
    const saved = await this.lines.transaction(async (manager) => {
      const line = await this.lines.find(manager, code, { forUpdate: true });
      if (!line) throw SpecialLineError.notFound(code);
      assertMayManage(principal, line.regionCode);
      const next = decide(line, actor, now);
      await this.lines.save(manager, next);
      return next;
    });
    return this.views.of(saved, now);
  }

  /** The region the line serves: as given (a known division), null for the whole platform, or the supervisor's area. */
  private async regionOf(dto: OpenSpecialLineDto, principal: Principal): Promise<string | null> {
    const given = dto.regionCode === undefined ? principal.area : dto.regionCode;
    if (given === null) return null;
    const [checked] = await this.regions.check([{ field: 'regionCode', code: given }]);
    return checked!.code;
  }
}

function profileOf(dto: SpecialLineProfileDto): SpecialLineProfileInput {
  return {
    name: dto.name,
    description: dto.description ?? '',
    legalCategories: dto.legalCategories,
    startsAt: new Date(dto.startsAt),
    endsAt: dto.endsAt == null ? null : new Date(dto.endsAt),
    priority: dto.priority,
    onlineAnswerHours: dto.onlineAnswerHours ?? null,
  };
}
