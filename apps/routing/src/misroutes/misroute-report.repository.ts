import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MisrouteSighting } from './domain/misroute.js';

/** Misroute counts, inside the caller's transaction. */
@Injectable()
export class MisrouteReportRepository {
  /** Counts one sighting: inserts the row or increments it, keeping the first sighting and the latest note. */
  async record(manager: EntityManager, sighting: MisrouteSighting): Promise<void> {
    await manager.query(
      `INSERT INTO misroute_reports
         (legal_category, region_code, agency_id, reason, count, first_seen_at, last_seen_at, last_note, last_ticket_id)
       VALUES ($1, $2, $3, $4, 1, $5, $5, $6, $7)
       ON CONFLICT (legal_category, region_code, agency_id, reason) DO UPDATE SET
         count = misroute_reports.count + 1,
         first_seen_at = LEAST(misroute_reports.first_seen_at, EXCLUDED.first_seen_at),
         last_seen_at = GREATEST(misroute_reports.last_seen_at, EXCLUDED.last_seen_at),
         last_note = CASE WHEN EXCLUDED.last_seen_at >= misroute_reports.last_seen_at
                          THEN EXCLUDED.last_note ELSE misroute_reports.last_note END,
         last_ticket_id = CASE WHEN EXCLUDED.last_seen_at >= misroute_reports.last_seen_at
                               THEN EXCLUDED.last_ticket_id ELSE misroute_reports.last_ticket_id END`,
      [
        sighting.legalCategory,
        sighting.regionCode,
        sighting.agencyId,
        sighting.reason,
        sighting.seenAt,
        sighting.note,
        sighting.ticketId,
      ],
    );
  }
}
