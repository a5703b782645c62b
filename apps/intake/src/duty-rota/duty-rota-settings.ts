import type { ProvincialPlatforms } from '../tickets/domain/provincial-platforms.js';

/** Settings of the duty rota, from the service configuration. */
export class DutyRotaSettings {
  constructor(
    /** The 12348 platform of every province: whose rota a province's supervisors read and edit (PROVINCIAL_PLATFORMS). */
    readonly provincialPlatforms: ProvincialPlatforms,
  ) {}
}
