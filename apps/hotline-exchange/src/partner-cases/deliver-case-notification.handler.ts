import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { activeDeliverySecrets } from '../partner-transfers/delivery-secrets.queries.js';
import { PartnerEndpointClient } from '../partner-transfers/partner-endpoint.client.js';
import { PartnerEndpointEntity } from '../partner-transfers/partner-endpoint.entity.js';
import { recordDestinationState } from '../partner-transfers/destination-state.js';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { webhookHeaders } from '../signing/domain/webhook-headers.js';
import { CASE_NOTIFICATION_SETTINGS, type CaseNotificationSettings } from './case-notification-settings.js';
import {
  caseStatusChangedOf,
  notificationOutcomeOf,
  recordNotificationAttempt,
  type CaseNotification,
  type NotificationAttemptRecorded,
  type NotificationOutcome,
} from './domain/case-notification.js';
import {
  caseNotificationOfRow,
  notificationDeliveryColumns,
  PartnerCaseUpdateEntity,
} from './partner-case-update.entity.js';
import { PartnerCaseEntity } from './partner-case.entity.js';

/** The service is stopping while an attempt is under way: the attempt is abandoned and not counted. */
class AttemptInterrupted extends Error {
  override readonly name = 'AttemptInterrupted';
}

/**
 * Pushes one case notification, in one transaction: claim the due notification that waited
 * longest (the rule of `attemptable`: its partner has an endpoint, and every earlier change of the
 * case is delivered; `FOR UPDATE SKIP LOCKED`, so no other worker or instance makes the same
 * attempt), POST it signed to the partner's endpoint, record the outcome, the partner's delivery
 * state and any alert (outbox), and on delivery make the case's next change due.
 *
 * The row stays locked while the partner answers (at most the timeout). A crash or a stop in that
 * time rolls the claim back and the notification is attempted again: delivery is at least once,
 * and the partner recognises a repeat by its webhook-id (the message id).
 */
@Injectable()
export class DeliverCaseNotificationHandler {
  private readonly logger = new Logger('CaseNotificationDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: PartnerEndpointClient,
    private readonly cipher: SecretCipher,
    @Inject(CASE_NOTIFICATION_SETTINGS) private readonly settings: CaseNotificationSettings,
  ) {}

  /** Returns false when no notification could be attempted (or the service is stopping). */
  async deliverNext(interruption: AbortSignal, random: () => number = Math.random): Promise<boolean> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await claimAttemptableNotification(manager, new Date());
        if (!row) return false;
        const notification = caseNotificationOfRow(row);
        const outcome = await this.attempt(manager, notification, interruption);
        const now = new Date();
        const recorded = recordNotificationAttempt(notification, {
          outcome,
          now,
          policy: this.settings.policy,
          random,
          caseLastAlertAt: await lastAlertOfCase(manager, row.ticketId),
          newId: randomUUID,
        });
        await manager.update(
          PartnerCaseUpdateEntity,
          { id: row.id },
          notificationDeliveryColumns(recorded.notification.delivery),
        );
        if (recorded.notification.delivery.state === 'delivered') await releaseNextChange(manager, notification, now);
        if (recorded.destination) {
          const outcome =
            recorded.destination === 'succeeded'
              ? { succeeded: true as const }
              : { succeeded: false as const, error: recorded.notification.delivery.lastError };
          await recordDestinationState(manager, notification.partner, outcome, now);
        }
        await appendToOutbox(manager, recorded.events);
        this.log(recorded);
        return true;
      });
    } catch (error) {
      if (error instanceof AttemptInterrupted) return false;
      throw error;
    }
  }

  private async attempt(
    manager: EntityManager,
    notification: CaseNotification,
    interruption: AbortSignal,
  ): Promise<NotificationOutcome> {
    const endpoint = await manager.findOneBy(PartnerEndpointEntity, { partnerCode: notification.partner });
    if (!endpoint) return { kind: 'no-endpoint' };
    const secrets = await activeDeliverySecrets(manager, this.cipher, notification.partner);
    if (secrets.length === 0) return { kind: 'no-signing-secret' };
    const { partnerReference } = await manager.findOneOrFail(PartnerCaseEntity, {
      select: { partnerReference: true },
      where: { ticketId: notification.ticketId },
    });
    const body = JSON.stringify(caseStatusChangedOf(notification, partnerReference));
    const answer = await this.client.post({
      url: endpoint.url,
      body,
      headers: webhookHeaders({ messageId: notification.messageId, body, attemptedAt: new Date(), secrets }),
      timeoutMs: this.settings.timeoutMs,
      interruption,
    });
    switch (answer.kind) {
      case 'answered':
        return notificationOutcomeOf(answer.status);
      case 'unreachable':
        return { kind: 'unreachable', error: answer.error };
      case 'interrupted':
        throw new AttemptInterrupted(`notification ${notification.messageId} interrupted by shutdown`);
    }
  }

  private log({ notification }: NotificationAttemptRecorded): void {
    const { delivery } = notification;
    const fields = {
      messageId: notification.messageId,
      ticketId: notification.ticketId,
      partner: notification.partner,
      sequence: notification.sequence,
      attempts: delivery.attempts,
    };
    if (delivery.state === 'delivered') {
      this.logger.log({ msg: 'case notification delivered', ...fields });
    } else {
      this.logger.warn({
        msg: 'case notification not delivered',
        ...fields,
        error: delivery.lastError,
        nextAttemptAt: delivery.nextAttemptAt?.toISOString(),
      });
    }
  }
}

/**
 * The notification due longest among those `attemptable` allows. Only the first undelivered change
 * of a case is ever due (the others wait with no due time), and partners without an endpoint are
 * left out by the index, so the scan stays short however long a partner polls instead; the NOT
 * EXISTS keeps the order even so.
 */
async function claimAttemptableNotification(
  manager: EntityManager,
  now: Date,
): Promise<PartnerCaseUpdateEntity | null> {
  return manager
    .createQueryBuilder(PartnerCaseUpdateEntity, 'notification')
    .where('notification.partnerCode IN (SELECT endpoint.partner_code FROM partner_endpoints endpoint)')
    .andWhere('notification.nextAttemptAt <= :now', { now })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM partner_case_updates earlier
                    WHERE earlier.ticket_id = notification.ticket_id AND earlier.sequence < notification.sequence
                      AND earlier.delivery_state <> 'delivered')`,
    )
    .orderBy('notification.nextAttemptAt', 'ASC')
    .addOrderBy('notification.id', 'ASC')
    .limit(1)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getOne();
}

/** Alerts repeat per case: the latest one raised about any of its notifications. */
async function lastAlertOfCase(manager: EntityManager, ticketId: string): Promise<Date | null> {
  const [row] = await manager.query<{ last_alert_at: Date | null }[]>(
    'SELECT max(last_alert_at) AS last_alert_at FROM partner_case_updates WHERE ticket_id = $1',
    [ticketId],
  );
  return row?.last_alert_at ?? null;
}

/**
 * Makes the case's next change due now that this one is delivered. The case row is locked first:
 * a change being recorded at this moment holds it, so it is either visible here once its
 * transaction commits, or it is recorded after this commit and finds its predecessor delivered.
 */
async function releaseNextChange(manager: EntityManager, delivered: CaseNotification, now: Date): Promise<void> {
  await manager.query('SELECT 1 FROM partner_cases WHERE ticket_id = $1 FOR UPDATE', [delivered.ticketId]);
  await manager.query(
    `UPDATE partner_case_updates SET next_attempt_at = $3
      WHERE ticket_id = $1 AND sequence = $2 AND delivery_state <> 'delivered' AND next_attempt_at IS NULL`,
    [delivered.ticketId, delivered.sequence + 1, now],
  );
}
