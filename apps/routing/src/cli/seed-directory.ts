// Seeds the agency directory: `node dist/cli/seed-directory.js` with DATABASE_URL (and optionally
// ROUTING_SEED_PROVINCES, default 44,52). Safe to run again and while the service runs.
import 'reflect-metadata';
import { describeSeedReport, seedDirectoryFromEnvironment } from '../directory/run-seed-directory.js';

try {
  const report = await seedDirectoryFromEnvironment();
  process.stdout.write(`${describeSeedReport(report)}\n`);
  process.exit(0);
} catch (error) {
  process.stderr.write(`seed-directory failed: ${(error as Error).message}\n`);
  process.exit(1);
}
