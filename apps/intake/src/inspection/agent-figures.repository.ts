import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FiguresSelection } from './domain/inspection-scope.js';
import type { AgentFigureCounts } from './domain/agent-figures.js';
import { scopeSql } from './inspection.repository.js';

/**
 * The per-agent monthly figures in one SQL statement: every fact of the month (a contact, a
 * resolution at first contact, a transfer, a follow-up call, a reviewed sample) becomes one row
 * with its agent, and the rows are counted per agent with FILTER. No ticket is loaded. Each part
 * is bounded by its own time column (opened_at, resolved_at_first_contact_at via
 * `tickets_resolved_by_idx`, the timeline's and follow-up calls' times) and the scope.
 */
@Injectable()
export class AgentFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async perAgent(selection: FiguresSelection, period: string, start: Date, end: Date): Promise<AgentFigureCounts[]> {
    const params: unknown[] = [start, end, period];
    const conditions = [scopeSql(selection.scope, params)];
    if (selection.organisationId !== null) {
      params.push(selection.organisationId);
      conditions.push(`t.responsible_organisation_id = $${params.length}`);
    }
    const inScope = conditions.join(' AND ');
    let onlyAgent = '';
    if (selection.agentId !== null) {
      params.push(selection.agentId);
      onlyAgent = `WHERE agent_id = $${params.length}`;
    }
    return this.dataSource.query(
      `WITH facts (agent_id, agent_name, at, kind, total, unqualified) AS (
         SELECT t.first_contact_agent_id, t.first_contact_agent, t.opened_at,
                CASE WHEN t.handling = 'dispatch' AND t.dispatch IS NULL THEN 'contact-dispatched' ELSE 'contact' END,
                NULL::int, NULL::boolean
           FROM tickets t
          WHERE t.opened_at >= $1 AND t.opened_at < $2 AND t.first_contact_agent_id IS NOT NULL AND ${inScope}
         UNION ALL
         SELECT t.resolved_by_id, t.desk_resolution->'resolvedBy'->>'agent', t.resolved_at_first_contact_at, 'resolved', NULL, NULL
           FROM tickets t
          WHERE t.resolved_at_first_contact_at >= $1 AND t.resolved_at_first_contact_at < $2 AND t.resolved_by_id IS NOT NULL AND ${inScope}
         UNION ALL
         SELECT t.dispatch->'requestedBy'->>'agentId', t.dispatch->'requestedBy'->>'agent', (t.dispatch->>'requestedAt')::timestamptz,
                'work-order', NULL, NULL
           FROM tickets t
          WHERE t.dispatch IS NOT NULL AND t.dispatch->'requestedBy'->>'agentId' IS NOT NULL
            AND (t.dispatch->>'requestedAt')::timestamptz >= $1 AND (t.dispatch->>'requestedAt')::timestamptz < $2 AND ${inScope}
         UNION ALL
         -- A partner transfer keeps who asked for it only in its timeline entry.
         SELECT e.actor_id, e.actor, e.at, 'partner-transfer', NULL, NULL
           FROM ticket_timeline_entries e JOIN tickets t ON t.id = e.ticket_id
          WHERE e.kind = 'partner-transfer.requested.v1' AND e.at >= $1 AND e.at < $2 AND e.actor_id IS NOT NULL AND ${inScope}
         UNION ALL
         -- A follow-up call counts for the agent who received the ticket and, once more, for another who resolved it.
         SELECT a.agent_id, a.agent_name, f.recorded_at, 'follow-up:' || f.satisfaction, NULL, NULL
           FROM follow_up_calls f JOIN tickets t ON t.id = f.ticket_id
          CROSS JOIN LATERAL (
                SELECT DISTINCT ON (v.agent_id) v.agent_id, v.agent_name
                  FROM (VALUES (t.first_contact_agent_id, t.first_contact_agent),
                               (t.resolved_by_id, t.desk_resolution->'resolvedBy'->>'agent')) AS v (agent_id, agent_name)
                 WHERE v.agent_id IS NOT NULL) a
          WHERE f.recorded_at >= $1 AND f.recorded_at < $2 AND ${inScope}
         UNION ALL
         SELECT s.agent_id, s.agent_name, r.reviewed_at, 'review', r.total, r.grade = 'unqualified'
           FROM inspection_samples s JOIN inspection_reviews r ON r.sample_id = s.id JOIN tickets t ON t.id = s.ticket_id
          WHERE s.period = $3 AND ${inScope}
       )
       SELECT agent_id AS "agentId",
              (array_agg(agent_name ORDER BY at DESC) FILTER (WHERE agent_name IS NOT NULL))[1] AS "agentName",
              (count(*) FILTER (WHERE kind IN ('contact', 'contact-dispatched')))::int AS contacts,
              (count(*) FILTER (WHERE kind = 'resolved'))::int AS "resolvedAtFirstContact",
              (count(*) FILTER (WHERE kind = 'contact-dispatched'))::int AS "dispatchedAtOpening",
              (count(*) FILTER (WHERE kind = 'work-order'))::int AS "turnedIntoWorkOrders",
              (count(*) FILTER (WHERE kind = 'partner-transfer'))::int AS "partnerTransfers",
              (count(*) FILTER (WHERE kind = 'follow-up:satisfied'))::int AS satisfied,
              (count(*) FILTER (WHERE kind = 'follow-up:basically-satisfied'))::int AS "basicallySatisfied",
              (count(*) FILTER (WHERE kind = 'follow-up:dissatisfied'))::int AS dissatisfied,
              (count(*) FILTER (WHERE kind = 'review'))::int AS reviewed,
              (avg(total) FILTER (WHERE kind = 'review'))::float8 AS "meanScore",
              (count(*) FILTER (WHERE kind = 'review' AND unqualified))::int AS unqualified
         FROM facts ${onlyAgent}
        GROUP BY agent_id
        ORDER BY agent_id`,
      params,
    );
  }
}
