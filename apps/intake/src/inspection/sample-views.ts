import type { SampledTicketView, SampleSummaryView, SampleView } from './inspection.dto.js';
import type { SampledTicketRow, SampleRow } from './inspection.repository.js';

/** A sample as the API shows it; the reviewer's and acknowledging agent's ids stay inside. */
export function sampleSummaryViewOf(row: SampleRow): SampleSummaryView {
  const { review } = row;
  return {
    id: row.id,
    drawId: row.drawId,
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    requestType: row.requestType,
    legalCategory: row.legalCategory,
    regionCode: row.regionCode,
    question: row.question,
    agentId: row.agentId,
    agentName: row.agentName,
    organisationId: row.organisationId,
    period: row.period,
    reason: row.reason,
    drawnAt: row.drawnAt.toISOString(),
    state: review ? 'reviewed' : 'pending',
    review: review && {
      scores: review.scores,
      total: review.total,
      grade: review.grade,
      legalAccuracyFailed: review.legalAccuracyFailed,
      findings: review.findings,
      reviewerName: review.reviewerName,
      reviewedAt: review.reviewedAt.toISOString(),
      acknowledgedAt: review.acknowledgedAt?.toISOString() ?? null,
    },
  };
}

export function sampleViewOf(row: SampleRow, ticket: SampledTicketRow): SampleView {
  return { ...sampleSummaryViewOf(row), ticket: sampledTicketViewOf(ticket) };
}

function sampledTicketViewOf(ticket: SampledTicketRow): SampledTicketView {
  const desk = ticket.deskResolution;
  return {
    channel: ticket.channel,
    status: ticket.status,
    openedAt: ticket.openedAt.toISOString(),
    deskAnswer: desk && {
      answer: desk.answer,
      citedArticles: desk.citedArticles,
      knowledgeEntryIds: desk.knowledgeEntryIds,
      caseEducationGiven: desk.caseEducationGiven,
      resolvedAt: desk.resolvedAt,
      resolvedBy: desk.resolvedBy.agent ?? desk.resolvedBy.organisation,
    },
    answer: ticket.answer && {
      answer: ticket.answer.answer,
      answeredAt: ticket.answer.answeredAt,
      answeredBy: ticket.answer.answeredBy.agent ?? ticket.answer.answeredBy.organisation,
    },
    followUps: ticket.followUps.map((call) => ({
      result: call.result,
      satisfaction: call.satisfaction,
      recordedAt: call.recordedAt.toISOString(),
    })),
    followUpNote: ticket.followUpNote,
  };
}
