import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@legal-hotline/messaging';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { loadConfig } from '@legal-hotline/service-runtime';
import { HOTLINE_EXCHANGE_ENTITIES, HOTLINE_EXCHANGE_MIGRATIONS } from '../hotline-exchange.module.js';
import { HotlineExchangeConfig } from '../hotline-exchange.service-definition.js';
import { SecretCipher } from '../signing/domain/secret-cipher.js';

/**
 * The service's database, as the service itself sees it (same entities and migrations), for
 * command-line tools that run beside or without the service. Reads DATABASE_URL like the service.
 */
export async function openHotlineExchangeDatabase(env: NodeJS.ProcessEnv, options: { runMigrations: boolean }): Promise<DataSource> {
  const config = loadConfig(HotlineExchangeConfig, env);
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url: config.DATABASE_URL,
      applicationName: 'hotline-exchange-cli',
      entities: [...MESSAGING_ENTITIES, ...HOTLINE_EXCHANGE_ENTITIES],
      migrations: [...MESSAGING_MIGRATIONS, ...HOTLINE_EXCHANGE_MIGRATIONS],
      poolSize: 2,
    }),
  );
  await dataSource.initialize();
  try {
    if (options.runMigrations) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** The cipher of the partners' secrets, from EXCHANGE_SECRETS_KEY like the service's. */
export function exchangeSecretCipher(env: NodeJS.ProcessEnv): SecretCipher {
  return SecretCipher.fromHex(loadConfig(HotlineExchangeConfig, env).EXCHANGE_SECRETS_KEY);
}

/** Whether a module is the script Node was started with (and not imported, e.g. by a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
}
