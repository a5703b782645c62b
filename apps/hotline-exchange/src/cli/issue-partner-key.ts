// Usage: DATABASE_URL=postgresql://... EXCHANGE_SECRETS_KEY=... node dist/cli/issue-partner-key.js <partnerCode>
// Issues a signing key to a partner hotline (12345, 110, 12355, 12368) and prints its id and
// secret as JSON, the one time the secret is shown. A partner holds at most two active keys.
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { IssuePartnerKeyHandler } from '../partners/issue-partner-key.handler.js';
import { exchangeSecretCipher, openHotlineExchangeDatabase } from './hotline-exchange-data-source.js';

const [partnerCode, ...extra] = process.argv.slice(2);
if (!partnerCode || extra.length > 0 || !(PARTNER_HOTLINES as readonly string[]).includes(partnerCode)) {
  process.stderr.write(`usage: issue-partner-key <partnerCode: ${PARTNER_HOTLINES.join(' | ')}>\n`);
  process.exit(2);
}
try {
  const cipher = exchangeSecretCipher(process.env);
  const dataSource = await openHotlineExchangeDatabase(process.env, { runMigrations: false });
  try {
    const issued = await new IssuePartnerKeyHandler(dataSource, cipher).execute({ partnerCode: partnerCode as PartnerHotline, issuedBy: null });
    process.stdout.write(`${JSON.stringify(issued, null, 2)}\n`);
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  process.stderr.write(`issue-partner-key failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
