import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { buildMessage, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateBy } from 'class-validator';
import {
  PARTNER_OUTCOMES,
  PARTNER_REJECTION_REASONS,
  type PartnerOutcome,
  type PartnerRejectionReason,
} from '@legal-hotline/contracts';
import { IsInstant, IsVisibleText } from '@legal-hotline/validation';
import { DELIVERY_STATES, TRANSFER_REASONS, type DeliveryState, type TransferReason } from './domain/transfer-delivery.js';
import { RECEIPT_STATES, type ReceiptState } from './domain/transfer-receipt.js';
import type { PartnerTransferView } from './partner-transfer.queries.js';

/**
 * Text of `min` to `max` characters as the event contracts count them (UTF-16 code units), so
 * text that the event could not carry is refused here with 400 naming the field.
 */
function TextLength(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'textLength',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.length >= min && value.length <= max,
      defaultMessage: buildMessage((each) => `${each}$property must be ${min} to ${max} characters long`),
    },
  });
}

export class TransferIdParams {
  /** The transfer id: the `messageId` of the delivery, also its webhook-id and Idempotency-Key. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  transferId!: string;
}

export const PARTNER_TRANSFERS_DEFAULT_LIMIT = 100;
export const PARTNER_TRANSFERS_MAX_LIMIT = 500;

export class PartnerTransfersQuery {
  /** Only transfers in this receipt state, e.g. `awaiting-acceptance`: the ones still to answer. */
  @ApiPropertyOptional({ enum: RECEIPT_STATES, example: 'awaiting-acceptance' })
  @IsOptional()
  @IsIn(RECEIPT_STATES)
  receipt?: ReceiptState;

  @ApiPropertyOptional({ default: PARTNER_TRANSFERS_DEFAULT_LIMIT, minimum: 1, maximum: PARTNER_TRANSFERS_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PARTNER_TRANSFERS_MAX_LIMIT)
  limit: number = PARTNER_TRANSFERS_DEFAULT_LIMIT;
}

export class AcceptTransferDto {
  /** Your own id for the case; replaces the one your answer to the delivery carried. */
  @ApiPropertyOptional({ example: '110-QX-0001', minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @TextLength(1, 100)
  @IsVisibleText()
  partnerReference?: string;

  /** The desk or agent that takes the case on, as you name it. */
  @ApiPropertyOptional({ example: '黔西市公安局110指挥中心', minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @TextLength(1, 100)
  @IsVisibleText()
  acceptedBy?: string;

  @ApiPropertyOptional({ example: '已派警', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @TextLength(0, 2000)
  note?: string;
}

export class RejectTransferDto {
  /**
   * `not-our-matter`, `outside-our-area`, `insufficient-information` (the transfer lacks what you
   * need), `duplicate` (you already have the case) or `caller-unreachable`.
   */
  @ApiProperty({ enum: PARTNER_REJECTION_REASONS, example: 'outside-our-area' })
  @IsIn(PARTNER_REJECTION_REASONS)
  reason!: PartnerRejectionReason;

  @ApiPropertyOptional({ example: '事发地不在本市辖区', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @TextLength(0, 2000)
  note?: string;
}

export class ReportProgressDto {
  /** What has been done so far, for the 12348 agent who answers the caller. */
  @ApiProperty({ example: '民警已到场，双方情绪稳定', minLength: 1, maxLength: 2000 })
  @IsString()
  @TextLength(1, 2000)
  @IsVisibleText()
  note!: string;
}

export class ReportResultDto {
  @ApiProperty({ enum: PARTNER_OUTCOMES, example: 'handled' })
  @IsIn(PARTNER_OUTCOMES)
  outcome!: PartnerOutcome;

  @ApiProperty({ example: '民警现场调解，劝离来电人，未发生扣车行为', minLength: 1, maxLength: 2000 })
  @IsString()
  @TextLength(1, 2000)
  @IsVisibleText()
  actionTaken!: string;

  /** What you told the caller; the 12348 platform answers the caller from it. */
  @ApiProperty({ example: '已告知来电人通过劳动仲裁或法律援助追讨欠薪', minLength: 1, maxLength: 2000 })
  @IsString()
  @TextLength(1, 2000)
  @IsVisibleText()
  replyToCaller!: string;

  /** When you finished, ISO-8601 with offset; not in the future, not before the transfer was requested. */
  @ApiProperty({ example: '2026-11-24T15:30:00+08:00' })
  @IsInstant()
  completedAt!: string;
}

export class TransferDeliveryStateDto {
  /** `pending`: not attempted yet; `failing`: attempts failed so far, retried; `delivered`: your endpoint answered 2xx. */
  @ApiProperty({ enum: DELIVERY_STATES })
  state!: DeliveryState;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  deliveredAt!: string | null;
}

export class TransferRejectionDto {
  @ApiProperty({ enum: PARTNER_REJECTION_REASONS })
  reason!: PartnerRejectionReason;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  /** UTC ISO-8601. */
  @ApiProperty()
  rejectedAt!: string;
}

export class TransferResultDto {
  @ApiProperty({ enum: PARTNER_OUTCOMES })
  outcome!: PartnerOutcome;

  @ApiProperty()
  actionTaken!: string;

  @ApiProperty()
  replyToCaller!: string;

  /** As you reported it, in UTC ISO-8601. */
  @ApiProperty()
  completedAt!: string;

  /** When the exchange recorded the result, UTC ISO-8601. */
  @ApiProperty()
  reportedAt!: string;
}

export class TransferProgressDto {
  @ApiProperty()
  note!: string;

  /** UTC ISO-8601. */
  @ApiProperty()
  reportedAt!: string;
}

export class PartnerTransferDto implements PartnerTransferView {
  @ApiProperty({ format: 'uuid' })
  transferId!: string;

  /** The shared ticket id, kept across every hop. */
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  /** Your id for the transfer: from your acceptance, else from your answer to the delivery. */
  @ApiProperty({ type: String, nullable: true, example: '110-QX-0001' })
  partnerReference!: string | null;

  /** `danger`: urgent and dangerous matter; `not-ours`: not a legal service matter. */
  @ApiProperty({ enum: TRANSFER_REASONS })
  reason!: TransferReason;

  @ApiProperty()
  urgent!: boolean;

  /** When the 12348 platform requested the transfer (the acceptance clock starts then), UTC ISO-8601. */
  @ApiProperty()
  requestedAt!: string;

  /** The technical receipt: the delivery to your endpoint. */
  @ApiProperty({ type: () => TransferDeliveryStateDto })
  delivery!: TransferDeliveryStateDto;

  /**
   * The business receipt: `awaiting-acceptance` until you accept or reject; `overdue` when the
   * deadline passed first (you may still accept, late, or reject); `accepted`, then `completed`
   * with your result; `rejected` (final).
   */
  @ApiProperty({ enum: RECEIPT_STATES })
  receipt!: ReceiptState;

  /** Accept or reject by then, UTC ISO-8601 (on the business calendar: urgent or not, per partner). */
  @ApiProperty({ type: String, nullable: true })
  acceptanceDueAt!: string | null;

  /** When the deadline was recorded as passed without your answer, UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  overdueAt!: string | null;

  /** UTC ISO-8601. */
  @ApiProperty({ type: String, nullable: true })
  acceptedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  acceptedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  acceptanceNote!: string | null;

  /** Accepted after the deadline; null while not accepted. */
  @ApiProperty({ type: Boolean, nullable: true })
  acceptedLate!: boolean | null;

  @ApiProperty({ type: () => TransferRejectionDto, nullable: true })
  rejection!: TransferRejectionDto | null;

  @ApiProperty({ type: () => TransferResultDto, nullable: true })
  result!: TransferResultDto | null;

  /** Your progress notes, oldest first. */
  @ApiProperty({ type: () => [TransferProgressDto] })
  progress!: TransferProgressDto[];
}

export class PartnerTransferListDto {
  /** Oldest request first. */
  @ApiProperty({ type: () => [PartnerTransferDto] })
  items!: PartnerTransferDto[];
}
