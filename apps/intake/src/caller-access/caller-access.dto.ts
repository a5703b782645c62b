import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { IsInstant } from '@legal-hotline/validation';
import { CALLER_ACCESS_PURPOSES, type CallerAccessPurpose, type CallerAccessRecord, type CallerField } from '../tickets/domain/caller-access-record.js';
import { CALLER_DETAIL_PURPOSES, type CallerDetailPurpose } from './domain/need-to-know.js';

const CALLER_FIELDS = ['name', 'phone', 'idNumber'] as const satisfies readonly CallerField[];

export class CallerDetailsQueryDto {
  /** Why the caller's details are read; recorded in the access trail. */
  @ApiProperty({ enum: CALLER_DETAIL_PURPOSES, example: 'call-back' })
  @IsIn(CALLER_DETAIL_PURPOSES)
  purpose!: CallerDetailPurpose;
}

/** The caller in full, for those who must reach and serve them. Every answer is in the access trail. */
export class CallerDetailsView {
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '陈大明' })
  name!: string;

  @ApiProperty({ example: '13812345678' })
  phone!: string;

  /** Null when the caller gave none. */
  @ApiProperty({ type: String, nullable: true, example: '440605199001011236' })
  idNumber!: string | null;

  @ApiProperty({ enum: CALLER_DETAIL_PURPOSES })
  purpose!: CallerDetailPurpose;

  /** The access trail record of this read. */
  @ApiProperty({ format: 'uuid' })
  accessRecordId!: string;
}

/** Filters and page of the access trail; filters combine with AND. */
export class AccessTrailQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  ticketId?: string;

  /** Read at or after this instant (ISO-8601 with offset). */
  @ApiPropertyOptional({ example: '2026-11-23T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  since?: string;
}

class AccessorView {
  /** Token subject of the person. */
  @ApiProperty()
  subject!: string;

  @ApiProperty({ example: '陈静' })
  name!: string;

  @ApiProperty({ example: 'legal-aid-centre:440605' })
  organisationId!: string;

  @ApiProperty({ example: '南海区法律援助中心' })
  organisation!: string;
}

export class AccessTrailRecordView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ type: AccessorView })
  accessedBy!: AccessorView;

  /** The fields shown in full; for a search (`purpose` search), the field searched by. */
  @ApiProperty({ enum: CALLER_FIELDS, isArray: true })
  fields!: CallerField[];

  /** Why: a read in full gives its purpose; `search` is a search of tickets by the caller's phone (one record per ticket found). */
  @ApiProperty({ enum: CALLER_ACCESS_PURPOSES })
  purpose!: CallerAccessPurpose;

  /** When (UTC). */
  @ApiProperty({ format: 'date-time' })
  accessedAt!: string;
}

export class AccessTrailPageView extends PageOf(AccessTrailRecordView) {}

export function accessTrailRecordViewOf(record: CallerAccessRecord): AccessTrailRecordView {
  return {
    id: record.id,
    ticketId: record.ticketId,
    accessedBy: {
      subject: record.accessorSubject,
      name: record.accessorName,
      organisationId: record.accessorOrganisationId,
      organisation: record.accessorOrganisationName,
    },
    fields: record.fields,
    purpose: record.purpose,
    accessedAt: record.accessedAt.toISOString(),
  };
}
