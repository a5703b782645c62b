import { Global, Module, type DynamicModule } from '@nestjs/common';
import { SecretCipher } from './domain/secret-cipher.js';
import { SecretsKeyCheck } from './secrets-key.check.js';

/**
 * The cipher that seals partner secrets at rest, from EXCHANGE_SECRETS_KEY, checked at start-up
 * against the secrets stored. Global: partner keys (requests in) and delivery secrets (transfers
 * out) both keep their secrets with it.
 */
@Global()
@Module({})
export class SigningModule {
  static register(options: { secretsKeyHex: string }): DynamicModule {
    return {
      module: SigningModule,
      providers: [{ provide: SecretCipher, useValue: SecretCipher.fromHex(options.secretsKeyHex) }, SecretsKeyCheck],
      exports: [SecretCipher],
    };
  }
}
