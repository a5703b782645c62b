import { coarseStatusOf, type CoarseStatus, type RequestType, type TicketStatus } from '@legal-hotline/contracts';
import { REQUEST_TYPE_NAMES, serviceNoticeOf } from './open311-services.js';

/** What the exchange knows of a forwarded case: the partner's view and, when posted through Open311, its service. */
export interface TrackedCase {
  ticketId: string;
  ticketNumber: string | null;
  partnerReference: string;
  status: TicketStatus;
  /** The body that holds the case now; null while it is with the 12348 platform itself. */
  handlerName: string | null;
  receivedAt: Date;
  updatedAt: Date;
  /** Null for a case forwarded through the partner API rather than Open311: it named no service. */
  serviceCode: RequestType | null;
  /** Oldest first. */
  updates: { at: Date; status: TicketStatus; note: string }[];
}

export interface Open311Update {
  /** ISO-8601 with +08:00. */
  at: string;
  status: TicketStatus;
  note: string;
}

/**
 * A service request as GET requests answers it. The exchange keeps neither the case text nor the
 * caller's address or position (they go to the 12348 platform with the case, and personal
 * information is kept where it is needed only): `description`, `address`, `lat` and `long` are
 * null, and the partner holds what it sent.
 */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: CoarseStatus;
  status_notes: string | null;
  service_name: string | null;
  service_code: RequestType | null;
  description: null;
  agency_responsible: string;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: null;
  address: null;
  zipcode: null;
  lat: null;
  long: null;
  media_url: null;
  extended_attributes: {
    /** The platform's extended status. */
    status: TicketStatus;
    ticket_number: string | null;
    partner_reference: string;
    updates: Open311Update[];
  };
}

/** Who holds a case that no receiving body holds: the platform that answers the caller. */
export const PLATFORM_NAME = '12348公共法律服务平台';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant as Open311 partners read times: ISO-8601 in China Standard Time, "2026-11-23T10:15:01.000+08:00". */
export function chinaStandardTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().replace(/Z$/, '+08:00');
}

export function serviceRequestOf(tracked: TrackedCase): Open311ServiceRequest {
  const latest = tracked.updates.at(-1);
  return {
    service_request_id: tracked.ticketId,
    // Open311's two statuses: closed once the platform closed the case or merged it into another.
    status: coarseStatusOf(tracked.status),
    status_notes: latest?.note ?? null,
    service_name: tracked.serviceCode && REQUEST_TYPE_NAMES[tracked.serviceCode],
    service_code: tracked.serviceCode,
    description: null,
    agency_responsible: tracked.handlerName ?? PLATFORM_NAME,
    service_notice: tracked.serviceCode && serviceNoticeOf(tracked.serviceCode),
    requested_datetime: chinaStandardTime(tracked.receivedAt),
    updated_datetime: chinaStandardTime(tracked.updatedAt),
    expected_datetime: null,
    address: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
    extended_attributes: {
      status: tracked.status,
      ticket_number: tracked.ticketNumber,
      partner_reference: tracked.partnerReference,
      updates: tracked.updates.map((update) => ({
        at: chinaStandardTime(update.at),
        status: update.status,
        note: update.note,
      })),
    },
  };
}
