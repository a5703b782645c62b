import { Injectable } from '@nestjs/common';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { InspectionError } from './domain/inspection-error.js';
import { inspectionScopeOf, isEmptyInspectionScope, withinInspectionScope } from './domain/inspection-scope.js';
import type {
  FindingPageView,
  FindingsQueryDto,
  ListSamplesQueryDto,
  SamplePageView,
  SampleView,
} from './inspection.dto.js';
import { InspectionRepository, type SampleRow } from './inspection.repository.js';
import { sampleSummaryViewOf, sampleViewOf } from './sample-views.js';

/**
 * Reads samples: supervisors and owner leads the samples of their scope (filtered, never
 * refused, except one sample outside it); agents their own reviewed samples, the findings.
 */
@Injectable()
export class ReadSamplesHandler {
  constructor(private readonly inspections: InspectionRepository) {}

  async list(query: ListSamplesQueryDto, principal: Principal): Promise<SamplePageView> {
    const scope = inspectionScopeOf(principal);
    if (isEmptyInspectionScope(scope)) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    const { samples, total } = await this.inspections.listSamples(
      {
        ...(query.period === undefined ? {} : { period: query.period }),
        ...(query.agentId === undefined ? {} : { agentId: query.agentId }),
        ...(query.state === undefined ? {} : { state: query.state }),
      },
      scope,
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return { items: samples.map(sampleSummaryViewOf), page: query.page, pageSize: query.pageSize, total };
  }

  async get(sampleId: string, principal: Principal): Promise<SampleView> {
    const sample = await this.readable(sampleId, principal);
    const ticket = await this.inspections.sampledTicket(sample.ticketId);
    if (!ticket) throw InspectionError.sampleNotFound(sampleId);
    return sampleViewOf(sample, ticket);
  }

  async findingsOf(query: FindingsQueryDto, principal: Principal): Promise<FindingPageView> {
    const acknowledged = query.state === undefined ? undefined : query.state === 'acknowledged';
    const { samples, total } = await this.inspections.findingsOf(principal.subject, acknowledged, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: samples.map(sampleSummaryViewOf), page: query.page, pageSize: query.pageSize, total };
  }

  /** The sample, if its ticket lies in the principal's scope: 404 unknown, 403 outside. */
  private async readable(sampleId: string, principal: Principal): Promise<SampleRow> {
    const sample = await this.inspections.findSample(sampleId);
    if (!sample) throw InspectionError.sampleNotFound(sampleId);
    checkInScope(principal, sample);
    return sample;
  }
}

/** Refuses a sample whose ticket lies outside the principal's area and organisation. */
export function checkInScope(
  principal: Principal,
  sample: { regionCode: string; responsibleOrganisationId: string; id: string },
): void {
  const scope = inspectionScopeOf(principal);
  if (withinInspectionScope(scope, sample)) return;
  throw scope.organisationId === null && scope.regionPrefix !== null
    ? AccessDeniedError.outsideArea(`inspection sample ${sample.id}`)
    : AccessDeniedError.otherBody(`inspection sample ${sample.id}`);
}
