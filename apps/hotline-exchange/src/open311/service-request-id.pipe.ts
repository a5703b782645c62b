import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Open311Error } from './domain/open311-error.js';

/** A service_request_id in a path: the shared ticket id the exchange answered, a UUID. */
@Injectable()
export class ServiceRequestId implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!isUUID(id))
      throw new Open311Error(
        'OPEN311.ID_INVALID',
        400,
        'must be a service_request_id this exchange returned (a UUID)',
        'service_request_id',
      );
    return id.toLowerCase();
  }
}
