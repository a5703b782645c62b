import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { PARTNER_STATUSES, type PartnerStatus } from '../partners/domain/partner-key.js';
import { ActorDto, PartnerCodeParams } from '../partners/partner-keys.dto.js';
import type { AddedDeliverySecret } from './add-delivery-secret.handler.js';
import type { DeliverySecretSummary } from './delivery-secrets.queries.js';
import { ENDPOINT_URL_MAX_LENGTH } from './domain/partner-endpoint.js';
import { DELIVERY_STATES, TRANSFER_REASONS, type DeliveryState, type TransferReason } from './domain/transfer-delivery.js';
import { RECEIPT_STATES, type ReceiptState } from './domain/transfer-receipt.js';
import type { PartnerDeliverySummary, PartnerWithEndpoint, TransferDeliveryItem } from './delivery-state.queries.js';
import type { RegisteredPartnerEndpoint } from './register-partner-endpoint.handler.js';
import type { RevokedDeliverySecret } from './revoke-delivery-secret.handler.js';

export class DeliverySecretParams extends PartnerCodeParams {
  @ApiProperty({ example: 'c2VjcmV0LWlk', pattern: '^[A-Za-z0-9_-]{12}$' })
  @Matches(/^[A-Za-z0-9_-]{12}$/, { message: '$property must be a secret id of 12 url-safe characters' })
  secretId!: string;
}

export class RegisterEndpointDto {
  /**
   * Where transfers are POSTed: an absolute http or https URL, without credentials or fragment.
   * Redirects are not followed. Use https outside a closed network: the body holds the caller's contact.
   */
  @ApiProperty({ example: 'https://110.example.gov.cn/api/12348/transfers', maxLength: ENDPOINT_URL_MAX_LENGTH })
  @IsString()
  @Length(1, ENDPOINT_URL_MAX_LENGTH)
  url!: string;
}

export class GeneratedSecretDto {
  @ApiProperty({ example: 'c2VjcmV0LWlk' })
  secretId!: string;

  /** The `whsec_` secret the partner verifies deliveries with (Standard Webhooks). Shown this once. */
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0=' })
  secret!: string;
}

export class RegisteredEndpointDto implements RegisteredPartnerEndpoint {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  @ApiProperty()
  url!: string;

  /** First registration, UTC ISO-8601. */
  @ApiProperty({ example: '2026-11-24T02:00:00.000Z' })
  registeredAt!: string;

  /** This change, UTC ISO-8601. */
  @ApiProperty({ example: '2026-11-24T02:00:00.000Z' })
  updatedAt!: string;

  /** Present only when the partner had no active delivery secret and one was generated: shown this one time. */
  @ApiPropertyOptional({ type: () => GeneratedSecretDto })
  signingSecret?: GeneratedSecretDto;
}

export class AddDeliverySecretDto {
  /** The partner's own secret, `whsec_` and the standard base64 of 24 to 64 random bytes. Leave out to have one generated. */
  @ApiPropertyOptional({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0=' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  secret?: string;
}

export class AddedDeliverySecretDto implements AddedDeliverySecret {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  @ApiProperty({ example: 'c2VjcmV0LWlk' })
  secretId!: string;

  /** Only when generated: the one time it is shown. */
  @ApiPropertyOptional({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0=' })
  secret?: string;

  /** UTC ISO-8601. */
  @ApiProperty()
  createdAt!: string;
}

export class DeliverySecretDto implements DeliverySecretSummary {
  @ApiProperty()
  secretId!: string;

  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  @ApiProperty({ enum: ['active', 'revoked'] })
  status!: 'active' | 'revoked';

  /** UTC ISO-8601. */
  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ type: () => ActorDto, nullable: true })
  createdBy!: ActorDto | null;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ type: () => ActorDto, nullable: true })
  revokedBy!: ActorDto | null;
}

export class DeliverySecretListDto {
  /** Active ones first, newest first. */
  @ApiProperty({ type: () => [DeliverySecretDto] })
  items!: DeliverySecretDto[];
}

export class RevokedDeliverySecretDto implements RevokedDeliverySecret {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  partnerCode!: PartnerHotline;

  @ApiProperty()
  secretId!: string;

  /** UTC ISO-8601; for a secret revoked before, when that was. */
  @ApiProperty()
  revokedAt!: string;

  @ApiProperty()
  newlyRevoked!: boolean;
}

export class EndpointDto {
  @ApiProperty()
  url!: string;

  /** UTC ISO-8601. */
  @ApiProperty()
  registeredAt!: string;

  /** UTC ISO-8601. */
  @ApiProperty()
  updatedAt!: string;
}

export class DeliverySummaryDto implements PartnerDeliverySummary {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  partner!: PartnerHotline;

  @ApiProperty({ example: '110报警服务台' })
  partnerName!: string;

  /** Transfers not attempted yet (of those the reader sees: a supervisor's area). */
  @ApiProperty({ description: "Transfers not attempted yet (a supervisor: of the area's tickets)" })
  pending!: number;

  /** Transfers whose attempts failed so far; retried with back-off. */
  @ApiProperty({ description: "Transfers whose attempts failed so far, retried with back-off (a supervisor: of the area's tickets)" })
  failing!: number;

  @ApiProperty({ description: "Transfers delivered (a supervisor: of the area's tickets)" })
  delivered!: number;

  /** Last successful attempt, UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true, description: "The partner endpoint's last successful attempt (any transfer), UTC ISO-8601" })
  lastSuccessAt!: string | null;

  /** Last failed attempt, UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true, description: "The partner endpoint's last failed attempt (any transfer), UTC ISO-8601" })
  lastFailureAt!: string | null;

  /** Error of the last failed attempt. */
  @ApiProperty({ type: String, nullable: true, description: 'Error of that last failed attempt' })
  lastError!: string | null;

  /** Failed attempts since the last successful one, over all the partner's transfers; 0 when delivery works. */
  @ApiProperty({ description: "Failed attempts since the last successful one, over all the partner's transfers; 0 when delivery works" })
  consecutiveFailures!: number;
}

export class PartnerAdminDto implements PartnerWithEndpoint {
  @ApiProperty({ enum: PARTNER_HOTLINES })
  code!: PartnerHotline;

  @ApiProperty({ example: '110报警服务台' })
  name!: string;

  @ApiProperty({ enum: PARTNER_STATUSES })
  status!: PartnerStatus;

  /** The registered delivery endpoint, null when none; the signing secret is never shown. */
  @ApiProperty({ type: () => EndpointDto, nullable: true })
  endpoint!: EndpointDto | null;

  @ApiProperty({ type: () => DeliverySummaryDto })
  delivery!: DeliverySummaryDto;
}

export class PartnerAdminListDto {
  @ApiProperty({ type: () => [PartnerAdminDto] })
  items!: PartnerAdminDto[];
}

export const DELIVERIES_DEFAULT_LIMIT = 100;
export const DELIVERIES_MAX_LIMIT = 500;

export class DeliveriesQuery {
  @ApiPropertyOptional({ enum: PARTNER_HOTLINES })
  @IsOptional()
  @IsIn(PARTNER_HOTLINES)
  partner?: PartnerHotline;

  @ApiPropertyOptional({ enum: DELIVERY_STATES })
  @IsOptional()
  @IsIn(DELIVERY_STATES)
  state?: DeliveryState;

  @ApiPropertyOptional({ default: DELIVERIES_DEFAULT_LIMIT, minimum: 1, maximum: DELIVERIES_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(DELIVERIES_MAX_LIMIT)
  limit: number = DELIVERIES_DEFAULT_LIMIT;
}

export class TransferDeliveryDto implements TransferDeliveryItem {
  @ApiProperty({ format: 'uuid' })
  transferId!: string;

  /** The shared ticket id. */
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: PARTNER_HOTLINES })
  partner!: PartnerHotline;

  @ApiProperty({ enum: TRANSFER_REASONS })
  reason!: TransferReason;

  @ApiProperty()
  urgent!: boolean;

  @ApiProperty({ enum: DELIVERY_STATES })
  state!: DeliveryState;

  /** Attempts made, the successful one included. */
  @ApiProperty()
  attempts!: number;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  lastAttemptAt!: string | null;

  /** When the next attempt is due, UTC ISO-8601; null once delivered. */
  @ApiProperty({ type: String, nullable: true })
  nextAttemptAt!: string | null;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  deliveredAt!: string | null;

  /** The partner's id for the transfer, when its answer carried one. */
  @ApiProperty({ type: String, nullable: true })
  partnerReference!: string | null;

  /** When the transfer was requested, UTC ISO-8601. */
  @ApiProperty()
  requestedAt!: string;

  /**
   * The partner's business receipt: awaiting-acceptance, accepted, rejected, overdue (its
   * acceptance deadline passed unanswered) or completed (result reported).
   */
  @ApiProperty({ enum: RECEIPT_STATES })
  receipt!: ReceiptState;

  /** When the partner must have accepted or rejected, UTC ISO-8601; null for transfers from before acceptance deadlines. */
  @ApiProperty({ type: String, nullable: true })
  acceptanceDueAt!: string | null;
}

export class DeliveriesDto {
  /** The area the transfers and counts are limited to (a supervisor's); null: every transfer. */
  @ApiProperty({
    type: String,
    nullable: true,
    example: '440600',
    description: "The area the transfers and counts are limited to (a supervisor's: tickets whose region lies in it); null: every transfer",
  })
  regionCode!: string | null;

  /** Summary of the partner filtered on, or of every partner. */
  @ApiProperty({ type: () => [DeliverySummaryDto] })
  partners!: DeliverySummaryDto[];

  /** Newest request first. */
  @ApiProperty({ type: () => [TransferDeliveryDto] })
  items!: TransferDeliveryDto[];
}
