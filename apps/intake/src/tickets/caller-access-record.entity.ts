import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CallerAccessPurpose, CallerField } from './domain/caller-access-record.js';

/** One access to a caller's data (PIPL access trail): a read in full or a search by phone; written in the transaction of the access. */
@Entity({ name: 'pii_access_trail' })
@Index('pii_access_trail_ticket_idx', ['ticketId', 'accessedAt'])
@Index('pii_access_trail_accessed_at_idx', ['accessedAt', 'id'])
export class CallerAccessRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** Token subject of the person who read. */
  @Column({ type: 'varchar', length: 200 })
  accessorSubject!: string;

  @Column({ type: 'varchar', length: 200 })
  accessorName!: string;

  @Column({ type: 'varchar', length: 200 })
  accessorOrganisationId!: string;

  @Column({ type: 'varchar', length: 200 })
  accessorOrganisationName!: string;

  /** Which fields were shown in full; for a search, the field searched by. */
  @Column({ type: 'text', array: true })
  fields!: CallerField[];

  @Column({ type: 'varchar', length: 40 })
  purpose!: CallerAccessPurpose;

  @Column({ type: 'timestamptz' })
  accessedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;
}
