import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import type { PartnerStatus } from './domain/partner-key.js';

/** A partner hotline that may forward cases (12345, 110, 12355, 12368). */
@Entity({ name: 'partners' })
@Check('partners_code_check', `code IN ('12345', '110', '12355', '12368')`)
@Check('partners_status_check', `status IN ('active', 'suspended')`)
export class PartnerEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: PartnerHotline;

  /** Display name, e.g. "佛山市公安局110指挥中心"; travels in `partner-case.received.v1`. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: PartnerStatus;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
