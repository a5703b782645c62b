import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { scoreChecklist } from './domain/checklist.js';
import { InspectionError } from './domain/inspection-error.js';
import type { ReviewSampleDto, SampleSummaryView, SampleView } from './inspection.dto.js';
import { InspectionRepository } from './inspection.repository.js';
import { checkInScope } from './read-samples.handler.js';
import { sampleSummaryViewOf, sampleViewOf } from './sample-views.js';

/**
 * Reviews a sample on the checklist and returns the findings to the agent; the agent
 * acknowledges them. Each in one transaction; the review's key (one per sample) keeps a second
 * reviewer out.
 */
@Injectable()
export class ReviewSampleHandler {
  constructor(private readonly inspections: InspectionRepository) {}

  async review(sampleId: string, dto: ReviewSampleDto, principal: Principal): Promise<SampleView> {
    const outcome = scoreChecklist({ ...dto.scores });
    if (!outcome.ok) {
      const [first] = outcome.problems;
      throw new InspectionError(
        'INSPECTION.SCORE_INVALID',
        'invalid',
        outcome.problems.map((p) => p.message).join('; '),
        first?.field ?? 'scores',
      );
    }
    const { scored } = outcome;
    await this.inspections.transaction(async (manager) => {
      const sample = await this.inspections.findSample(sampleId, manager);
      if (!sample) throw InspectionError.sampleNotFound(sampleId);
      checkInScope(principal, sample);
      // Nobody grades their own answer, whatever their roles.
      if (sample.agentId === principal.subject) {
        throw new InspectionError(
          'INSPECTION.OWN_SAMPLE',
          'forbidden',
          'this sample inspects your own answer: another supervisor or lead reviews it',
        );
      }
      const recorded = await this.inspections.addReview(manager, {
        sampleId,
        scores: scored.scores,
        total: scored.total,
        grade: scored.grade,
        legalAccuracyFailed: scored.legalAccuracyFailed,
        findings: dto.findings,
        reviewerId: principal.subject,
        reviewerName: principal.name,
        reviewedAt: new Date(),
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
      if (!recorded) {
        throw new InspectionError(
          'INSPECTION.ALREADY_REVIEWED',
          'conflict',
          `inspection sample ${sampleId} has been reviewed already`,
        );
      }
    });
    const sample = await this.inspections.findSample(sampleId);
    const ticket = sample && (await this.inspections.sampledTicket(sample.ticketId));
    if (!sample || !ticket) throw InspectionError.sampleNotFound(sampleId);
    return sampleViewOf(sample, ticket);
  }

  /** The inspected agent acknowledges the findings; acknowledging again changes nothing. */
  async acknowledge(sampleId: string, principal: Principal): Promise<SampleSummaryView> {
    return this.inspections.transaction(async (manager) => {
      const sample = await this.inspections.findSample(sampleId, manager);
      if (!sample) throw InspectionError.sampleNotFound(sampleId);
      if (sample.agentId !== principal.subject) {
        throw new InspectionError(
          'INSPECTION.NOT_YOUR_FINDING',
          'forbidden',
          'only the inspected agent acknowledges the findings',
        );
      }
      if (!sample.review) {
        throw new InspectionError(
          'INSPECTION.NOT_REVIEWED',
          'conflict',
          `inspection sample ${sampleId} has not been reviewed yet`,
        );
      }
      if (sample.review.acknowledgedAt !== null) return sampleSummaryViewOf(sample);
      const at = new Date();
      await this.inspections.acknowledge(manager, sampleId, principal.subject, at);
      return sampleSummaryViewOf({
        ...sample,
        review: { ...sample.review, acknowledgedAt: at, acknowledgedBy: principal.subject },
      });
    });
  }
}
