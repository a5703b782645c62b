/**
 * Screens that must show a change within seconds of the event (an inbox, a ticket's timeline,
 * the alert list) poll at this interval while visible; TanStack Query pauses in background tabs.
 */
export const LIVE_INTERVAL_MS = 3_000;

export const live = { refetchInterval: LIVE_INTERVAL_MS, refetchIntervalInBackground: false } as const;
