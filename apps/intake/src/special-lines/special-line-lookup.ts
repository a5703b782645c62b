import type { EntityManager } from 'typeorm';
import type { TicketPriority } from '../tickets/domain/ticket.js';

/** What a ticket opened on a special line (专线) takes from it. */
export interface SpecialLineProfile {
  code: string;
  name: string;
  /** Tickets opened on the line get at least this priority. */
  priority: TicketPriority;
  /** Working hours on the business calendar within which an online question on the line is answered; null: the platform's default. */
  onlineAnswerHours: number | null;
}

/** The special line with this code if it is open at `at` (opened, not closed, within its period); null otherwise. */
export async function openSpecialLine(manager: EntityManager, code: string, at: Date): Promise<SpecialLineProfile | null> {
  const rows: { code: string; name: string; priority: TicketPriority; online_answer_hours: number | null }[] = await manager.query(
    `SELECT code, name, priority, online_answer_hours FROM special_lines
      WHERE code = $1 AND status = 'open' AND starts_at <= $2 AND (ends_at IS NULL OR ends_at > $2)`,
    [code, at],
  );
  const row = rows[0];
  return row ? { code: row.code, name: row.name, priority: row.priority, onlineAnswerHours: row.online_answer_hours } : null;
}
