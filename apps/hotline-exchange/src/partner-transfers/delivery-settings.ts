import type { DeliveryPolicy } from './domain/delivery-schedule.js';

/** How the delivery worker runs; from HotlineExchangeConfig (DELIVERY_*). */
export interface DeliverySettings {
  pollMs: number;
  timeoutMs: number;
  concurrency: number;
  policy: DeliveryPolicy;
}

export const DELIVERY_SETTINGS = Symbol('DELIVERY_SETTINGS');
