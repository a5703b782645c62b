import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FollowUpResult, LegalCategory, RequestType, Satisfaction } from '@legal-hotline/contracts';
import type { ChecklistScores, Grade } from './domain/checklist.js';
import type { InspectionScope } from './domain/inspection-scope.js';
import type { AnsweredTicket, DissatisfiedTicket, SampleReason } from './domain/sampling.js';
import type { DrawCounts } from './inspection-draw.entity.js';
import { InspectionDrawEntity } from './inspection-draw.entity.js';
import { InspectionReviewEntity } from './inspection-review.entity.js';
import { InspectionSampleEntity } from './inspection-sample.entity.js';

/** A ticket that may be sampled, with who answered it and which organisation is responsible for it. */
export type Candidate<T> = T & { agentName: string | null; organisationId: string };

/** A sample as listed, with its ticket's number and kind and its review (null while pending). */
export interface SampleRow {
  id: string;
  drawId: string;
  ticketId: string;
  ticketNumber: string;
  requestType: RequestType;
  legalCategory: LegalCategory;
  regionCode: string;
  /** The ticket's summary: what the caller asked. */
  question: string;
  agentId: string;
  agentName: string | null;
  organisationId: string;
  period: string;
  reason: SampleReason;
  drawnAt: Date;
  review: ReviewRow | null;
}

export interface ReviewRow {
  scores: ChecklistScores;
  total: number;
  grade: Grade;
  legalAccuracyFailed: boolean;
  findings: string;
  reviewerId: string;
  reviewerName: string;
  reviewedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

/** What the reviewer reads of the ticket: the question, the answers given, and the follow-up calls. */
export interface SampledTicketRow {
  summary: string;
  channel: string;
  status: string;
  openedAt: Date;
  deskResolution: {
    answer: string;
    knowledgeEntryIds: string[];
    citedArticles: string[];
    caseEducationGiven: boolean;
    resolvedAt: string;
    resolvedBy: { agent: string | null; organisation: string };
  } | null;
  answer: { answer: string; answeredAt: string; answeredBy: { agent: string | null; organisation: string } } | null;
  followUpNote: string | null;
  followUps: { result: FollowUpResult; satisfaction: Satisfaction; recordedAt: Date }[];
}

export interface SampleFilter {
  period?: string;
  agentId?: string;
  state?: 'pending' | 'reviewed';
}

/**
 * The scope as SQL on the tickets alias `t`, its values appended to `params`: either part
 * grants, an empty scope matches nothing. The region part is a LIKE prefix, served by
 * `tickets_region_code_prefix_idx`.
 */
export function scopeSql(scope: InspectionScope, params: unknown[]): string {
  const parts = ['false'];
  if (scope.regionPrefix !== null) {
    params.push(`${scope.regionPrefix}%`);
    parts.push(`t.region_code LIKE $${params.length}`);
  }
  if (scope.organisationId !== null) {
    params.push(scope.organisationId);
    parts.push(`t.responsible_organisation_id = $${params.length}`);
  }
  return `(${parts.join(' OR ')})`;
}

const SAMPLE_COLUMNS = `
  s.id, s.draw_id AS "drawId", s.ticket_id AS "ticketId", t.ticket_number AS "ticketNumber", t.request_type AS "requestType",
  t.legal_category AS "legalCategory", t.region_code AS "regionCode", t.summary AS question, s.agent_id AS "agentId", s.agent_name AS "agentName",
  s.organisation_id AS "organisationId", s.period, s.reason, s.drawn_at AS "drawnAt",
  CASE WHEN r.sample_id IS NULL THEN NULL ELSE jsonb_build_object(
    'scores', r.scores, 'total', r.total, 'grade', r.grade, 'legalAccuracyFailed', r.legal_accuracy_failed,
    'findings', r.findings, 'reviewerId', r.reviewer_id, 'reviewerName', r.reviewer_name, 'reviewedAt', r.reviewed_at,
    'acknowledgedAt', r.acknowledged_at, 'acknowledgedBy', r.acknowledged_by) END AS review`;

/** All reads and writes of inspection draws, samples and reviews. */
@Injectable()
export class InspectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The tickets answered in [start, end) within the scope, one row per ticket: resolved at first
   * contact by an agent, or else a consultation or complaint whose caller an agent answered (答复)
   * in the period (the ticket keeps its latest answer).
   */
  async answeredIn(
    manager: EntityManager,
    scope: InspectionScope,
    start: Date,
    end: Date,
  ): Promise<Candidate<AnsweredTicket>[]> {
    const params: unknown[] = [start, end];
    const inScope = scopeSql(scope, params);
    return manager.query(
      `SELECT t.id AS "ticketId", t.resolved_by_id AS "agentId", t.desk_resolution->'resolvedBy'->>'agent' AS "agentName",
              t.responsible_organisation_id AS "organisationId", t.request_type = 'complaint-or-suggestion' AS complaint
         FROM tickets t
        WHERE t.resolved_at_first_contact_at >= $1 AND t.resolved_at_first_contact_at < $2
          AND t.resolved_by_id IS NOT NULL AND ${inScope}
       UNION ALL
       SELECT t.id, t.answer->'answeredBy'->>'agentId', t.answer->'answeredBy'->>'agent',
              t.responsible_organisation_id, t.request_type = 'complaint-or-suggestion'
         FROM tickets t
        WHERE t.resolved_at_first_contact_at IS NULL
          AND t.request_type IN ('consultation', 'complaint-or-suggestion')
          AND (t.answer->>'answeredAt')::timestamptz >= $1 AND (t.answer->>'answeredAt')::timestamptz < $2
          AND t.answer->'answeredBy'->>'agentId' IS NOT NULL AND ${inScope}`,
      params,
    );
  }

  /**
   * The tickets within the scope with a dissatisfied follow-up call recorded in [start, end), and
   * the agent who answered the caller: who resolved it at the desk, else who answered it, else
   * who received it. A ticket nobody on the platform answered or received has no agent to inspect.
   */
  async dissatisfiedIn(
    manager: EntityManager,
    scope: InspectionScope,
    start: Date,
    end: Date,
  ): Promise<Candidate<DissatisfiedTicket>[]> {
    const params: unknown[] = [start, end];
    return manager.query(
      `SELECT DISTINCT ON (t.id) t.id AS "ticketId", a.agent_id AS "agentId", a.agent_name AS "agentName",
              t.responsible_organisation_id AS "organisationId"
         FROM follow_up_calls f
         JOIN tickets t ON t.id = f.ticket_id
        CROSS JOIN LATERAL (
              SELECT v.agent_id, v.agent_name
                FROM (VALUES (1, t.resolved_by_id, t.desk_resolution->'resolvedBy'->>'agent'),
                             (2, t.answer->'answeredBy'->>'agentId', t.answer->'answeredBy'->>'agent'),
                             (3, t.first_contact_agent_id, t.first_contact_agent)) AS v (rank, agent_id, agent_name)
               WHERE v.agent_id IS NOT NULL
               ORDER BY v.rank LIMIT 1) a
        WHERE f.satisfaction = 'dissatisfied' AND f.recorded_at >= $1 AND f.recorded_at < $2 AND ${scopeSql(scope, params)}
        ORDER BY t.id`,
      params,
    );
  }

  /** Which of the tickets are sampled for the month already, by any draw, and why. */
  async sampledAlready(
    manager: EntityManager,
    period: string,
    ticketIds: readonly string[],
  ): Promise<Map<string, SampleReason>> {
    if (ticketIds.length === 0) return new Map();
    const rows: { ticketId: string; reason: SampleReason }[] = await manager.query(
      `SELECT ticket_id AS "ticketId", reason FROM inspection_samples WHERE period = $1 AND ticket_id = ANY($2::uuid[])`,
      [period, ticketIds],
    );
    return new Map(rows.map((row) => [row.ticketId, row.reason]));
  }

  /** Records the draw unless the scope has one for the month; true when this call created it. */
  async createDraw(manager: EntityManager, draw: InspectionDrawEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(InspectionDrawEntity)
      .values(draw)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** The scope's draw for the month, locked until the transaction ends: draws of one scope run one at a time. */
  async lockDraw(manager: EntityManager, scope: string, period: string): Promise<InspectionDrawEntity | null> {
    return manager
      .createQueryBuilder(InspectionDrawEntity, 'd')
      .where('d.scope = :scope AND d.period = :period', { scope, period })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Adds the samples; a ticket another draw sampled for the month meanwhile stays with it. The number added. */
  async addSamples(manager: EntityManager, samples: InspectionSampleEntity[]): Promise<number> {
    if (samples.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(InspectionSampleEntity)
      .values(samples)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** The draw's samples per agent and reason. */
  async drawnPerAgent(
    manager: EntityManager,
    drawId: string,
  ): Promise<{ agentId: string; agentName: string | null; reason: SampleReason; count: number }[]> {
    return manager.query(
      `SELECT agent_id AS "agentId", max(agent_name) AS "agentName", reason, count(*)::int AS count
         FROM inspection_samples WHERE draw_id = $1 GROUP BY agent_id, reason ORDER BY agent_id, reason`,
      [drawId],
    );
  }

  async updateDrawCounts(manager: EntityManager, drawId: string, counts: DrawCounts, lastDrawnAt: Date): Promise<void> {
    await manager.update(InspectionDrawEntity, { id: drawId }, { counts, lastDrawnAt });
  }

  /** One page of the samples of tickets within the scope, by month (latest first), then as drawn. */
  async listSamples(
    filter: SampleFilter,
    scope: InspectionScope,
    page: { offset: number; limit: number },
  ): Promise<{ samples: SampleRow[]; total: number }> {
    const params: unknown[] = [];
    const where = [scopeSql(scope, params)];
    if (filter.period !== undefined) {
      params.push(filter.period);
      where.push(`s.period = $${params.length}`);
    }
    if (filter.agentId !== undefined) {
      params.push(filter.agentId);
      where.push(`s.agent_id = $${params.length}`);
    }
    if (filter.state === 'pending') where.push('r.sample_id IS NULL');
    if (filter.state === 'reviewed') where.push('r.sample_id IS NOT NULL');
    const from = `FROM inspection_samples s JOIN tickets t ON t.id = s.ticket_id LEFT JOIN inspection_reviews r ON r.sample_id = s.id
                  WHERE ${where.join(' AND ')}`;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<RawSample[]>(
        `SELECT ${SAMPLE_COLUMNS} ${from} ORDER BY s.period DESC, s.drawn_at, s.agent_id, s.id
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, page.limit, page.offset],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params),
    ]);
    return { samples: rows.map(sampleRowOf), total: counted[0]?.total ?? 0 };
  }

  /** A sample with its ticket's scope fields, or null. */
  async findSample(
    sampleId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(SampleRow & { responsibleOrganisationId: string }) | null> {
    const rows: (RawSample & { responsibleOrganisationId: string })[] = await manager.query(
      `SELECT ${SAMPLE_COLUMNS}, t.responsible_organisation_id AS "responsibleOrganisationId"
         FROM inspection_samples s JOIN tickets t ON t.id = s.ticket_id LEFT JOIN inspection_reviews r ON r.sample_id = s.id
        WHERE s.id = $1`,
      [sampleId],
    );
    const row = rows[0];
    return row ? { ...sampleRowOf(row), responsibleOrganisationId: row.responsibleOrganisationId } : null;
  }

  /** What the reviewer reads of a sampled ticket. The caller's details are left out: they are not inspected. */
  async sampledTicket(ticketId: string): Promise<SampledTicketRow | null> {
    const rows: Omit<SampledTicketRow, 'followUps'>[] = await this.dataSource.query(
      `SELECT t.summary, t.channel, t.status, t.opened_at AS "openedAt", t.desk_resolution AS "deskResolution", t.answer,
              t.follow_up->>'note' AS "followUpNote"
         FROM tickets t WHERE t.id = $1`,
      [ticketId],
    );
    const row = rows[0];
    if (!row) return null;
    const followUps: SampledTicketRow['followUps'] = await this.dataSource.query(
      `SELECT result, satisfaction, recorded_at AS "recordedAt" FROM follow_up_calls WHERE ticket_id = $1 ORDER BY recorded_at`,
      [ticketId],
    );
    return { ...row, followUps };
  }

  /** Records the review unless the sample has one; true when this call recorded it. */
  async addReview(manager: EntityManager, review: InspectionReviewEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(InspectionReviewEntity)
      .values(review)
      .orIgnore()
      .returning('sample_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async acknowledge(manager: EntityManager, sampleId: string, by: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE inspection_reviews SET acknowledged_at = $3, acknowledged_by = $2 WHERE sample_id = $1 AND acknowledged_at IS NULL`,
      [sampleId, by, at],
    );
  }

  /** One page of the agent's reviewed samples, newest review first. */
  async findingsOf(
    agentId: string,
    acknowledged: boolean | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ samples: SampleRow[]; total: number }> {
    const where = ['s.agent_id = $1'];
    if (acknowledged === true) where.push('r.acknowledged_at IS NOT NULL');
    if (acknowledged === false) where.push('r.acknowledged_at IS NULL');
    const from = `FROM inspection_samples s JOIN tickets t ON t.id = s.ticket_id JOIN inspection_reviews r ON r.sample_id = s.id
                  WHERE ${where.join(' AND ')}`;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<RawSample[]>(
        `SELECT ${SAMPLE_COLUMNS} ${from} ORDER BY r.reviewed_at DESC, s.id LIMIT $2 OFFSET $3`,
        [agentId, page.limit, page.offset],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, [agentId]),
    ]);
    return { samples: rows.map(sampleRowOf), total: counted[0]?.total ?? 0 };
  }
}

type RawSample = Omit<SampleRow, 'review'> & {
  review:
    (Omit<ReviewRow, 'reviewedAt' | 'acknowledgedAt'> & { reviewedAt: string; acknowledgedAt: string | null }) | null;
};

/** jsonb_build_object gives the review's times as text. */
function sampleRowOf(row: RawSample): SampleRow {
  const review = row.review;
  return {
    ...row,
    review: review && {
      ...review,
      reviewedAt: new Date(review.reviewedAt),
      acknowledgedAt: review.acknowledgedAt === null ? null : new Date(review.acknowledgedAt),
    },
  };
}
