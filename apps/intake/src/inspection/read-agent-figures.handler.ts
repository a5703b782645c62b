import { Injectable } from '@nestjs/common';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { agentFiguresOf, noFiguresFor } from './domain/agent-figures.js';
import { InspectionError } from './domain/inspection-error.js';
import { inspectionPeriodOf, type InspectionPeriod } from './domain/inspection-period.js';
import { figuresSelectionOf, ownFiguresSelectionOf } from './domain/inspection-scope.js';
import { AgentFiguresRepository } from './agent-figures.repository.js';
import type { AgentFiguresQueryDto, AgentFiguresView, MyFiguresQueryDto, MyFiguresView } from './inspection.dto.js';

/**
 * The per-agent figures of a month (律师评价): supervisors every agent of their area, owner leads
 * every agent of their organisation, an agent its own row.
 */
@Injectable()
export class ReadAgentFiguresHandler {
  constructor(private readonly figures: AgentFiguresRepository) {}

  async perAgent(query: AgentFiguresQueryDto, principal: Principal): Promise<AgentFiguresView> {
    const period = periodOf(query.period);
    const outcome = figuresSelectionOf(principal, query.organisationId);
    if (!outcome.ok) throw AccessDeniedError.otherBody(`the figures of organisation ${query.organisationId}`);
    const rows = await this.figures.perAgent(outcome.selection, period.period, period.startsAt, period.endsBefore);
    return { period: period.period, agents: rows.map(agentFiguresOf) };
  }

  async mine(query: MyFiguresQueryDto, principal: Principal): Promise<MyFiguresView> {
    const period = periodOf(query.period);
    const [row] = await this.figures.perAgent(
      ownFiguresSelectionOf(principal),
      period.period,
      period.startsAt,
      period.endsBefore,
    );
    return { period: period.period, ...agentFiguresOf(row ?? noFiguresFor(principal.subject, principal.name)) };
  }
}

function periodOf(text: string): InspectionPeriod {
  const period = inspectionPeriodOf(text);
  if (!period) throw InspectionError.periodInvalid();
  return period;
}
