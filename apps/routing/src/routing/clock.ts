/** Injection token of the clock routing decides by. */
export const CLOCK = Symbol('CLOCK');

/** The current instant. Duty hours make routing depend on it, so tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
