import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecretCipher } from './domain/secret-cipher.js';

/** Tables holding sealed secrets, with the context each was sealed under. */
const SEALED = [
  { table: 'partner_api_keys', id: 'key_id', context: 'partner-key' },
  { table: 'partner_delivery_secrets', id: 'secret_id', context: 'delivery-secret' },
] as const;

/**
 * Refuses to start when EXCHANGE_SECRETS_KEY does not open the secrets already stored (it was
 * changed or mistyped): otherwise every partner request and delivery would fail one by one.
 * Runs after the migrations.
 */
@Injectable()
export class SecretsKeyCheck implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SecretCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { table, id, context } of SEALED) {
      const [row] = await this.dataSource.query<{ id: string; sealed: Buffer }[]>(
        `SELECT ${id} AS id, sealed_secret AS sealed FROM ${table} WHERE sealed_secret IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
      );
      if (!row) continue;
      try {
        this.cipher.open(row.sealed, `${context}:${row.id}`);
      } catch (error) {
        throw new Error(`EXCHANGE_SECRETS_KEY does not open the secrets stored in ${table}: use the key they were sealed with`, { cause: error });
      }
    }
  }
}
