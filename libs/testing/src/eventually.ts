/**
 * Retries an assertion until it passes or the time is up; the last failure is rethrown.
 * For effects that travel through Kafka, where "when" is not deterministic but "whether" is.
 */
export async function eventually<T>(assertion: () => Promise<T> | T, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** Waits a fixed time to show that something does NOT happen (a duplicate, a second event). */
export function settle(ms = 1500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
