import type { FailureThrottle } from './domain/failure-throttle.js';

/** How partner requests are authenticated; from HotlineExchangeConfig (PARTNER_*). */
export interface PartnerAuthSettings {
  /** How far webhook-timestamp may be from the exchange's clock, either way, in seconds. */
  toleranceSeconds: number;
  throttle: FailureThrottle;
}

export const PARTNER_AUTH_SETTINGS = Symbol('PARTNER_AUTH_SETTINGS');
