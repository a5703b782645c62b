import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** EXCHANGE_SECRETS_KEY: 32 bytes written as 64 hexadecimal digits (`openssl rand -hex 32`). */
export const SECRETS_KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

/** A sealed secret could not be opened: the data was altered, belongs to another record, or EXCHANGE_SECRETS_KEY changed. */
export class SecretCipherError extends Error {
  override readonly name = 'SecretCipherError';
}

/**
 * Keeps the partners' signing secrets encrypted at rest (AES-256-GCM). They cannot be hashed like
 * passwords: the exchange recomputes HMACs with them, so it must read them back. Each sealed
 * secret is bound to its record by `context` (authenticated data, e.g. `partner-key:<keyId>`),
 * so a ciphertext copied onto another record does not open. Layout: IV (12 bytes, random per
 * seal) ‖ ciphertext ‖ GCM tag (16 bytes).
 */
export class SecretCipher {
  private constructor(private readonly key: Buffer) {}

  static fromHex(hex: string): SecretCipher {
    if (!SECRETS_KEY_PATTERN.test(hex)) throw new SecretCipherError('the secrets key must be 64 hexadecimal digits (32 bytes)');
    return new SecretCipher(Buffer.from(hex, 'hex'));
  }

  seal(secret: string, context: string, random: (size: number) => Buffer = randomBytes): Buffer {
    const iv = random(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
  }

  open(sealed: Buffer, context: string): string {
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new SecretCipherError(`the sealed secret of ${context} is truncated`);
    const decipher = createDecipheriv(ALGORITHM, this.key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretCipherError(`the sealed secret of ${context} does not open: altered, moved to another record, or EXCHANGE_SECRETS_KEY changed`);
    }
  }
}
