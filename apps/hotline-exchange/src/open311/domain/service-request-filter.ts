import {
  coarseStatusOf,
  TICKET_STATUSES,
  type CoarseStatus,
  type RequestType,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { Open311Error } from './open311-error.js';

/** GET requests' query once validated: lists split at commas, times still as sent. */
export interface ServiceRequestQuery {
  service_request_id?: string[];
  service_code?: RequestType[];
  status?: CoarseStatus[];
  start_date?: string;
  end_date?: string;
  updated_after?: string;
  updated_before?: string;
}

/** The specification's default and largest span of `requested_datetime` searched at once. */
export const SEARCH_SPAN_MS = 90 * 24 * 60 * 60 * 1000;
/** The specification's recommended most requests in one answer. */
export const SEARCH_LIMIT = 1_000;
/** Ids one request may name. */
export const MAX_IDS = 100;

export type ServiceRequestFilter =
  | { kind: 'ids'; ticketIds: string[] }
  | {
      kind: 'search';
      serviceCodes: RequestType[] | null;
      statuses: TicketStatus[] | null;
      /** `requested_datetime` at or after. */
      requestedFrom: Date | null;
      /** `requested_datetime` at or before. */
      requestedTo: Date | null;
      /** `updated_datetime` at or after. */
      updatedFrom: Date | null;
      /** `updated_datetime` before. */
      updatedBefore: Date | null;
      /**
       * Oldest change first when polling with updated_after, so that a partner continues from the
       * last one it got; otherwise the newest first.
       */
      order: 'oldest-change-first' | 'newest-change-first';
      limit: number;
    };

/**
 * The specification's search rules: `service_request_id` overrides every other argument; the
 * `requested_datetime` range (start_date, end_date, both inclusive) may not span more than 90
 * days, and one bound alone reaches 90 days from it; with no time argument at all the last 90
 * days are searched. `updated_after` (at or after) and `updated_before` (before) are this
 * platform's extension for polling.
 */
export function serviceRequestFilterOf(query: ServiceRequestQuery, now: Date): ServiceRequestFilter {
  if (query.service_request_id !== undefined) {
    return { kind: 'ids', ticketIds: [...new Set(query.service_request_id.map((id) => id.toLowerCase()))] };
  }
  const start = query.start_date === undefined ? null : new Date(query.start_date);
  const end = query.end_date === undefined ? null : new Date(query.end_date);
  const updatedFrom = query.updated_after === undefined ? null : new Date(query.updated_after);
  const updatedBefore = query.updated_before === undefined ? null : new Date(query.updated_before);
  if (start && end && end.getTime() < start.getTime()) {
    throw new Open311Error('OPEN311.DATE_RANGE_INVALID', 400, 'must not be before start_date', 'end_date');
  }
  if (start && end && end.getTime() - start.getTime() > SEARCH_SPAN_MS) {
    throw new Open311Error(
      'OPEN311.DATE_RANGE_TOO_LONG',
      400,
      'must be within 90 days of start_date: search longer periods in parts',
      'end_date',
    );
  }
  if (updatedFrom && updatedBefore && updatedBefore.getTime() < updatedFrom.getTime()) {
    throw new Open311Error('OPEN311.DATE_RANGE_INVALID', 400, 'must not be before updated_after', 'updated_before');
  }
  const anyTime = start ?? end ?? updatedFrom ?? updatedBefore;
  const requestedFrom =
    start ??
    (end ? new Date(end.getTime() - SEARCH_SPAN_MS) : anyTime ? null : new Date(now.getTime() - SEARCH_SPAN_MS));
  const requestedTo = end ?? (start ? new Date(start.getTime() + SEARCH_SPAN_MS) : null);
  return {
    kind: 'search',
    serviceCodes: query.service_code ? [...new Set(query.service_code)] : null,
    statuses: query.status ? ticketStatusesOf(query.status) : null,
    requestedFrom,
    requestedTo,
    updatedFrom,
    updatedBefore,
    order: updatedFrom ? 'oldest-change-first' : 'newest-change-first',
    limit: SEARCH_LIMIT,
  };
}

/** The platform's statuses that Open311 reports as each of `coarse`. */
export function ticketStatusesOf(coarse: readonly CoarseStatus[]): TicketStatus[] {
  return TICKET_STATUSES.filter((status) => coarse.includes(coarseStatusOf(status)));
}
