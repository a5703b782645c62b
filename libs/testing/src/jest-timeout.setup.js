// Integration and system tests wait on real brokers and processes: give hooks and tests time.
// (A per-project testTimeout is not applied when Jest runs several projects.)
import { jest } from '@jest/globals';

jest.setTimeout(Number(process.env.TEST_TIMEOUT_MS ?? 180_000));
