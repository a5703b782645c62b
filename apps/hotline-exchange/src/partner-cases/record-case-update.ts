import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { caseNotificationOf } from './domain/case-notification.js';
import type { PartnerCaseUpdate, PartnerCaseView } from './domain/partner-case-view.js';
import { PartnerCaseUpdateEntity, rowOfCaseNotification } from './partner-case-update.entity.js';

export interface CaseUpdateToRecord {
  ticketId: string;
  partner: PartnerHotline;
  view: Pick<PartnerCaseView, 'ticketNumber' | 'currentHandler'>;
  update: PartnerCaseUpdate;
  correlationId: string;
  causeEventId: string | null;
}

/**
 * Appends a change to the case's history as its next notification, inside the caller's
 * transaction. The caller holds the case row (it has just inserted it, or locked it FOR UPDATE),
 * so no other transaction numbers a change of the case at the same time, and the delivery worker,
 * which takes the same lock to release the next change, cannot miss this one.
 */
export async function recordCaseUpdate(manager: EntityManager, change: CaseUpdateToRecord, now: Date, newId: () => string = randomUUID): Promise<void> {
  const [history] = await manager.query<{ last_sequence: number; earlier_delivered: boolean }[]>(
    `SELECT coalesce(max(sequence), 0)::int AS last_sequence, coalesce(bool_and(delivery_state = 'delivered'), true) AS earlier_delivered
       FROM partner_case_updates WHERE ticket_id = $1`,
    [change.ticketId],
  );
  // Last before the insert: the partner's feed counter stays locked until this transaction ends.
  const feedPosition = await takeFeedPosition(manager, change.partner);
  const notification = caseNotificationOf({
    ...change,
    lastSequence: history!.last_sequence,
    earlierDelivered: history!.earlier_delivered,
    feedPosition,
    messageId: newId(),
    now,
  });
  await manager.insert(PartnerCaseUpdateEntity, rowOfCaseNotification(notification));
}

/**
 * The partner's next feed position. The row stays locked until the transaction ends, so two
 * changes of one partner take their positions one after the other, in commit order; a rolled
 * back change gives its position back and leaves no gap.
 */
async function takeFeedPosition(manager: EntityManager, partner: PartnerHotline): Promise<string> {
  const [taken] = await manager.query<{ last_position: string }[]>(
    `INSERT INTO partner_case_feeds (partner_code, last_position) VALUES ($1, 1)
     ON CONFLICT (partner_code) DO UPDATE SET last_position = partner_case_feeds.last_position + 1
     RETURNING last_position`,
    [partner],
  );
  return taken!.last_position;
}
