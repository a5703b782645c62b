import type { ProvincialPlatforms } from './domain/provincial-platforms.js';

/** Settings of the tickets capability, from the service configuration. */
export class TicketsSettings {
  constructor(
    /**
     * Key of the caller fingerprints and of the lookup code hashes (HMAC-SHA256); changing it
     * makes earlier tickets unmatchable as duplicates and their lookup codes invalid.
     */
    readonly callerHashKey: string,
    /** The 12348 platform of every province, which answers the cases partners forward (PROVINCIAL_PLATFORMS). */
    readonly provincialPlatforms: ProvincialPlatforms,
    /** Share (0 to 1) of the tickets resolved at the desk drawn for the follow-up call (DESK_FOLLOW_UP_SAMPLE_SHARE). */
    readonly deskFollowUpSampleShare: number,
  ) {}
}
