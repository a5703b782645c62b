// Usage: DATABASE_URL=postgresql://... EXCHANGE_SECRETS_KEY=... node dist/cli/revoke-partner-key.js <keyId>
// Revokes a partner key at once (the X-Partner-Key-Id of its requests).
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { RevokePartnerKeyHandler } from '../partners/revoke-partner-key.handler.js';
import { openHotlineExchangeDatabase } from './hotline-exchange-data-source.js';

const [keyId, ...extra] = process.argv.slice(2);
if (!keyId || extra.length > 0) {
  process.stderr.write('usage: revoke-partner-key <keyId>\n');
  process.exit(2);
}
try {
  const dataSource = await openHotlineExchangeDatabase(process.env, { runMigrations: false });
  try {
    const revoked = await new RevokePartnerKeyHandler(dataSource).execute({ keyId, revokedBy: null });
    const state = revoked.newlyRevoked ? 'revoked' : 'already revoked';
    process.stdout.write(`${state}: key ${revoked.keyId} of partner ${revoked.partnerCode} at ${revoked.revokedAt}\n`);
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  process.stderr.write(`revoke-partner-key failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
