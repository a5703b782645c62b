import type { DeliverySettings } from '../partner-transfers/delivery-settings.js';

/**
 * How case notifications are pushed: the transfers' poll interval, timeout, back-off and alert
 * repeat (DELIVERY_*), with lanes of their own (CASE_NOTIFICATION_CONCURRENCY), so a partner
 * slow to take notifications does not hold up transfers, which may be about a caller at risk.
 */
export type CaseNotificationSettings = DeliverySettings;

export const CASE_NOTIFICATION_SETTINGS = Symbol('CASE_NOTIFICATION_SETTINGS');
