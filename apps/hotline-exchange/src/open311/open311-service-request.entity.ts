import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { RequestType } from '@legal-hotline/contracts';
import { PartnerCaseEntity } from '../partner-cases/partner-case.entity.js';

/**
 * The service a case was posted under through Open311, which the partner's case view does not
 * keep: GET requests answers it as `service_code` and `service_name`. Nothing personal is kept.
 */
@Entity({ name: 'open311_service_requests' })
export class Open311ServiceRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => PartnerCaseEntity, { nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'open311_service_requests_case_fk' })
  partnerCase?: Relation<PartnerCaseEntity>;

  /** The request type the case was forwarded as. */
  @Column({ type: 'varchar', length: 40 })
  serviceCode!: RequestType;
}
