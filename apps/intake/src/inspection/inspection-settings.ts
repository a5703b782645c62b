/** Settings of quality inspection, from the service configuration. */
export class InspectionSettings {
  constructor(
    /** Share (0 to 1] of each agent's answered tickets drawn at random per month (INSPECTION_SAMPLE_SHARE). */
    readonly sampleShare: number,
  ) {}
}
