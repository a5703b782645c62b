import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { hasBegun, inspectionPeriodOf } from './domain/inspection-period.js';
import { InspectionError } from './domain/inspection-error.js';
import { drawScopeOf, type DrawScope, type InspectionScope } from './domain/inspection-scope.js';
import { chooseSamples, type SampleReason } from './domain/sampling.js';
import type { DrawSamplesDto, DrawView } from './inspection.dto.js';
import type { DrawCounts, InspectionDrawEntity } from './inspection-draw.entity.js';
import { InspectionRepository } from './inspection.repository.js';
import { InspectionSettings } from './inspection-settings.js';

/**
 * Draws a month's samples over a supervisor's area or an owner lead's organisation (服务质检), in
 * one transaction. The first draw of the scope and month takes every complaint, every dissatisfied
 * follow-up and the random share per agent; drawing again returns the same draw with the
 * complaints and dissatisfied follow-ups that came in since, and leaves the random part as drawn.
 */
@Injectable()
export class DrawSamplesHandler {
  constructor(
    private readonly inspections: InspectionRepository,
    private readonly settings: InspectionSettings,
  ) {}

  async draw(dto: DrawSamplesDto, principal: Principal): Promise<DrawView> {
    const period = inspectionPeriodOf(dto.period);
    if (!period) throw InspectionError.periodInvalid();
    const now = new Date();
    if (!hasBegun(period, now)) {
      throw new InspectionError(
        'INSPECTION.PERIOD_NOT_BEGUN',
        'invalid',
        `${dto.period} has not begun: there is nothing to sample yet`,
        'period',
      );
    }
    const outcome = drawScopeOf(principal, dto.organisationId);
    if (!outcome.ok) {
      throw outcome.refusal === 'other-organisation'
        ? AccessDeniedError.otherBody(`organisation ${dto.organisationId}`)
        : new InspectionError(
            'INSPECTION.NO_DRAW_SCOPE',
            'forbidden',
            'only a supervisor with an area, or an owner lead for its organisation, draws samples',
          );
    }
    const { scope } = outcome;

    return this.inspections.transaction(async (manager) => {
      const created = await this.inspections.createDraw(manager, {
        id: randomUUID(),
        scope: scope.key,
        period: period.period,
        share: dto.share ?? this.settings.sampleShare,
        drawnBy: principal.subject,
        drawnByName: principal.name,
        drawnAt: now,
        lastDrawnAt: now,
        counts: { answered: 0, random: 0, complaint: 0, dissatisfiedFollowUp: 0, byAgent: [] },
      });
      const draw = await this.inspections.lockDraw(manager, scope.key, period.period);
      if (!draw) throw new Error(`the draw of ${scope.key} for ${period.period} vanished within its transaction`);
      if (!created && dto.share !== undefined && dto.share !== draw.share) {
        throw new InspectionError(
          'INSPECTION.SHARE_DIFFERS',
          'conflict',
          `${period.period} was drawn for this scope at a share of ${draw.share}; drawing again keeps it (leave share out)`,
          'share',
        );
      }

      const ticketScope = inspectionScopeOfDraw(scope);
      // One after the other: a transaction's connection runs one query at a time.
      const answered = await this.inspections.answeredIn(manager, ticketScope, period.startsAt, period.endsBefore);
      const dissatisfied = await this.inspections.dissatisfiedIn(
        manager,
        ticketScope,
        period.startsAt,
        period.endsBefore,
      );
      const candidates = new Map([...answered, ...dissatisfied].map((ticket) => [ticket.ticketId, ticket]));
      const alreadySampled = await this.inspections.sampledAlready(manager, period.period, [...candidates.keys()]);
      const chosen = chooseSamples({
        answered,
        dissatisfied,
        alreadySampled,
        share: created ? draw.share : null,
        seed: draw.id,
      });
      const added = await this.inspections.addSamples(
        manager,
        chosen.map(({ ticketId, agentId, reason }) => {
          const candidate = candidates.get(ticketId);
          return {
            id: randomUUID(),
            drawId: draw.id,
            ticketId,
            agentId,
            agentName: candidate?.agentName ?? null,
            organisationId: candidate?.organisationId ?? '',
            period: period.period,
            reason,
            drawnAt: now,
            drawnBy: principal.subject,
          };
        }),
      );

      const answeredPerAgent = new Map<string, { count: number; name: string | null }>();
      for (const ticket of answered) {
        const seen = answeredPerAgent.get(ticket.agentId);
        answeredPerAgent.set(ticket.agentId, { count: (seen?.count ?? 0) + 1, name: seen?.name ?? ticket.agentName });
      }
      const counts = drawCountsOf(answeredPerAgent, await this.inspections.drawnPerAgent(manager, draw.id));
      await this.inspections.updateDrawCounts(manager, draw.id, counts, now);
      return drawViewOf({ ...draw, counts, lastDrawnAt: now }, scope, created, added);
    });
  }
}

function inspectionScopeOfDraw(scope: DrawScope): InspectionScope {
  return scope.kind === 'area'
    ? { regionPrefix: scope.regionPrefix, organisationId: null }
    : { regionPrefix: null, organisationId: scope.organisationId };
}

const COUNT_OF_REASON: Record<SampleReason, 'random' | 'complaint' | 'dissatisfiedFollowUp'> = {
  random: 'random',
  complaint: 'complaint',
  'dissatisfied-follow-up': 'dissatisfiedFollowUp',
};

function drawCountsOf(
  answered: ReadonlyMap<string, { count: number; name: string | null }>,
  drawn: readonly { agentId: string; agentName: string | null; reason: SampleReason; count: number }[],
): DrawCounts {
  const agents = new Map<string, DrawCounts['byAgent'][number]>();
  const agentRow = (agentId: string, agentName: string | null) => {
    let row = agents.get(agentId);
    if (!row) {
      row = { agentId, agentName, answered: 0, random: 0, complaint: 0, dissatisfiedFollowUp: 0 };
      agents.set(agentId, row);
    }
    row.agentName ??= agentName;
    return row;
  };
  for (const [agentId, { count, name }] of answered) agentRow(agentId, name).answered = count;
  for (const { agentId, agentName, reason, count } of drawn)
    agentRow(agentId, agentName)[COUNT_OF_REASON[reason]] += count;
  const byAgent = [...agents.values()].sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  const sum = (key: 'answered' | 'random' | 'complaint' | 'dissatisfiedFollowUp') =>
    byAgent.reduce((total, row) => total + row[key], 0);
  return {
    answered: sum('answered'),
    random: sum('random'),
    complaint: sum('complaint'),
    dissatisfiedFollowUp: sum('dissatisfiedFollowUp'),
    byAgent,
  };
}

function drawViewOf(draw: InspectionDrawEntity, scope: DrawScope, firstDrawn: boolean, added: number): DrawView {
  return {
    id: draw.id,
    scope: {
      kind: scope.kind,
      regionPrefix: scope.kind === 'area' ? scope.regionPrefix : null,
      organisationId: scope.kind === 'organisation' ? scope.organisationId : null,
    },
    period: draw.period,
    share: draw.share,
    drawnBy: draw.drawnByName,
    drawnAt: draw.drawnAt.toISOString(),
    lastDrawnAt: draw.lastDrawnAt.toISOString(),
    firstDrawn,
    added,
    counts: draw.counts,
  };
}
