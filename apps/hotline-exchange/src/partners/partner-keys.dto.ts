import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { PARTNER_HOTLINES, type Actor, type PartnerHotline } from '@legal-hotline/contracts';
import type { IssuedPartnerKey } from './issue-partner-key.handler.js';
import type { PartnerKeySummary } from './partner-keys.queries.js';
import type { RevokedPartnerKey } from './revoke-partner-key.handler.js';

export class PartnerCodeParams {
  @ApiProperty({ enum: PARTNER_HOTLINES, example: '110' })
  @IsIn(PARTNER_HOTLINES)
  code!: PartnerHotline;
}

export class PartnerKeyParams extends PartnerCodeParams {
  @ApiProperty({ example: 'Qm9yZGVyLTEx', pattern: '^[A-Za-z0-9_-]{12}$' })
  @Matches(/^[A-Za-z0-9_-]{12}$/, { message: '$property must be a key id of 12 url-safe characters' })
  keyId!: string;
}

export class IssuedPartnerKeyDto implements IssuedPartnerKey {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  /** Sent by the partner as `X-Partner-Key-Id`. */
  @ApiProperty({ example: 'Qm9yZGVyLTEx' })
  keyId!: string;

  /** The Standard Webhooks secret the partner signs with. Shown in this answer only: store it now. */
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0=' })
  secret!: string;

  /** UTC ISO-8601. */
  @ApiProperty({ example: '2026-11-24T02:00:00.000Z' })
  createdAt!: string;
}

export class ActorDto implements Actor {
  @ApiProperty({ example: '广东省司法厅' })
  organisation!: string;

  @ApiProperty({ example: 'justice-gd' })
  organisationId?: string;

  @ApiProperty({ type: String, nullable: true, example: '陈静' })
  agent!: string | null;

  /** The person's subject at the identity provider. */
  @ApiProperty()
  agentId?: string;
}

export class PartnerKeyDto implements PartnerKeySummary {
  @ApiProperty({ example: 'Qm9yZGVyLTEx' })
  keyId!: string;

  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  @ApiProperty({ enum: ['active', 'revoked'] })
  status!: 'active' | 'revoked';

  /** UTC ISO-8601. */
  @ApiProperty()
  createdAt!: string;

  /** Null when issued by a command-line tool. */
  @ApiProperty({ type: () => ActorDto, nullable: true })
  createdBy!: ActorDto | null;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ type: () => ActorDto, nullable: true })
  revokedBy!: ActorDto | null;

  /** The last request it authenticated, UTC ISO-8601: check a replaced key is no longer used before revoking it. */
  @ApiProperty({ type: String, nullable: true })
  lastUsedAt!: string | null;
}

export class PartnerKeyListDto {
  /** Active keys first, newest first. */
  @ApiProperty({ type: () => [PartnerKeyDto] })
  items!: PartnerKeyDto[];
}

export class RevokedPartnerKeyDto implements RevokedPartnerKey {
  @ApiProperty()
  keyId!: string;

  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  /** UTC ISO-8601; for a key revoked before, when that was. */
  @ApiProperty()
  revokedAt!: string;

  /** False when it had been revoked before: nothing changed. */
  @ApiProperty()
  newlyRevoked!: boolean;
}
