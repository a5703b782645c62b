/** Settings of the tickets capability, from the service configuration. */
export class TicketsSettings {
  constructor(
    /** Key of the caller fingerprints (HMAC-SHA256); changing it makes earlier tickets unmatchable as duplicates. */
    readonly callerHashKey: string,
  ) {}
}
