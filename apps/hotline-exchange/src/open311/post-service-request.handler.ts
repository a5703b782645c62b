import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { ForwardPartnerCaseHandler } from '../partner-cases/forward-partner-case.handler.js';
import {
  forwardedCaseOf,
  idempotencyKeyOf,
  receiptOf,
  type Open311Receipt,
  type PostedServiceRequest,
} from './domain/posted-service-request.js';

export interface PostServiceRequest {
  partner: AuthenticatedPartner;
  posted: PostedServiceRequest;
  correlationId: string;
}

export interface PostServiceRequestResult {
  receipt: Open311Receipt;
  /** True when the receipt is the first one of the same case posted before. */
  replayed: boolean;
}

/**
 * Forwards an Open311 service request with the partner API's own command, so both reach the
 * platform alike (consent, region check, one case per reference, partner-case.received.v1),
 * then records the service it was posted under.
 */
@Injectable()
export class PostServiceRequestHandler implements OnModuleInit {
  private forward!: ForwardPartnerCaseHandler;

  constructor(
    private readonly modules: ModuleRef,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // The partner-cases module keeps its handler to itself; this adapter takes that instance
    // rather than building a second one with a second copy of the division catalogue.
    this.forward = this.modules.get(ForwardPartnerCaseHandler, { strict: false });
  }

  async execute(command: PostServiceRequest, now: Date = new Date()): Promise<PostServiceRequestResult> {
    const forwarded = forwardedCaseOf(command.posted);
    const result = await this.forward.execute(
      {
        partner: command.partner,
        idempotencyKey: idempotencyKeyOf(forwarded),
        forwarded,
        correlationId: command.correlationId,
      },
      now,
    );
    // After the case's own transaction, which this adapter cannot join. Should it fail in between,
    // the case shows no service until the partner posts it again: the repeat records it.
    await this.dataSource.query(
      `INSERT INTO open311_service_requests (ticket_id, service_code) VALUES ($1, $2) ON CONFLICT (ticket_id) DO NOTHING`,
      [result.body.ticketId, command.posted.service_code],
    );
    return { receipt: receiptOf(result.body, command.posted.service_code), replayed: result.replayed };
  }
}
