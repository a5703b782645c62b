import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@legal-hotline/auth';
import { NANHAI_CENTRE } from '../../../test/fixtures/tickets.js';
import { callerAccessRecordOf } from './caller-access-record.js';

describe(callerAccessRecordOf.name, () => {
  const staffNanhai: Principal & { organisation: { id: string; name: string } } = {
    subject: 'subject-chen-jing',
    name: '陈静',
    username: null,
    roles: new Set(['office-staff']),
    organisation: { id: NANHAI_CENTRE.agencyId, name: NANHAI_CENTRE.name },
    area: null,
  };

  it('records who read which fields of which ticket, when and why', () => {
    const now = new Date('2026-11-23T03:00:00Z');
    expect(
      callerAccessRecordOf(staffNanhai, 'ticket-1', ['name', 'phone'], 'service-delivery', {
        id: 'record-1',
        now,
        correlationId: 'flow-1',
      }),
    ).toEqual({
      id: 'record-1',
      ticketId: 'ticket-1',
      accessorSubject: 'subject-chen-jing',
      accessorName: '陈静',
      accessorOrganisationId: NANHAI_CENTRE.agencyId,
      accessorOrganisationName: NANHAI_CENTRE.name,
      fields: ['name', 'phone'],
      purpose: 'service-delivery',
      accessedAt: now,
      correlationId: 'flow-1',
    });
  });
});
