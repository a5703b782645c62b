// Shared by the re-routing, escalation and restart suites: ticket and decision events as the
// other services would publish them, the seeded directory, and a database drop that copes with
// autovacuum on a freshly seeded directory.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  createEvent,
  topicOf,
  type AssignmentRequestedV1,
  type EventEnvelope,
  type PlatformEvent,
  type RejectionReason,
  type TicketOpenedV1,
} from '@legal-hotline/contracts';
import { loadRegionCatalog } from '@legal-hotline/regions';
import {
  asUser,
  databaseUrl,
  eventually,
  http,
  tokenFor,
  type DemoUser,
  type JsonResponse,
  type KafkaProbe,
  type TestDatabase,
  type TestService,
} from '@legal-hotline/testing';
import { buildDirectorySeed } from '../src/directory/domain/directory-seed.js';
import { SeedDirectoryHandler } from '../src/directory/seed-directory.handler.js';
import type { RoutingConfig } from '../src/routing.service-definition.js';

export type Requested = EventEnvelope<'assignment.requested.v1', AssignmentRequestedV1>;
export type EventOf<T extends PlatformEvent['type']> = Extract<PlatformEvent, { type: T }>;

const goldenTicket = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../libs/contracts/src/golden/ticket.opened.v1.json'), 'utf8'),
) as EventEnvelope<'ticket.opened.v1', TicketOpenedV1>;

/** The golden Nanhai wage claim (green channel, matter in 440605011) with fresh ids, changed as given. */
export function ticketOpened(changes: Partial<TicketOpenedV1> = {}): EventEnvelope<'ticket.opened.v1', TicketOpenedV1> {
  const ticketId = randomUUID();
  return createEvent({
    id: randomUUID(),
    type: 'ticket.opened.v1',
    source: 'intake',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: { ...goldenTicket.data, ticketId, ...changes },
  });
}

/** The body's rejection of a requested assignment, as legal-aid or mediation would publish it. */
export function rejectionOf(requested: Requested, reason: RejectionReason, note: string | null = null): EventOf<'assignment.rejected.v1'> {
  return createEvent({
    id: randomUUID(),
    type: 'assignment.rejected.v1',
    source: requested.data.agency.agencyType === 'legal-aid-centre' ? 'legal-aid' : 'mediation',
    subject: requested.data.assignmentId,
    occurredAt: new Date(),
    correlationId: requested.correlationId,
    causationId: requested.id,
    data: {
      assignmentId: requested.data.assignmentId,
      ticketId: requested.data.ticketId,
      agencyId: requested.data.agency.agencyId,
      decidedBy: 'officer-li',
      reason,
      note,
      rejectedAt: new Date().toISOString(),
    },
  });
}

export function acceptanceOf(requested: Requested): EventOf<'assignment.accepted.v1'> {
  return createEvent({
    id: randomUUID(),
    type: 'assignment.accepted.v1',
    source: 'legal-aid',
    subject: requested.data.assignmentId,
    occurredAt: new Date(),
    correlationId: requested.correlationId,
    causationId: requested.id,
    data: {
      assignmentId: requested.data.assignmentId,
      ticketId: requested.data.ticketId,
      agencyId: requested.data.agency.agencyId,
      decidedBy: 'officer-li',
      note: null,
      acceptedAt: new Date().toISOString(),
    },
  });
}

const OWNER = { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };

export function ticketClosed(ticketId: string): EventOf<'ticket.closed.v1'> {
  return createEvent({
    id: randomUUID(),
    type: 'ticket.closed.v1',
    source: 'intake',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: { ticketId, closedBy: OWNER, closedAt: new Date().toISOString() },
  });
}

export function ticketMerged(ticketId: string, intoTicketId: string): EventOf<'ticket.merged.v1'> {
  return createEvent({
    id: randomUUID(),
    type: 'ticket.merged.v1',
    source: 'intake',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: { ticketId, intoTicketId, mergedBy: OWNER, reason: '同一来电人重复来电', mergedAt: new Date().toISOString() },
  });
}

/** Helpers bound to one probe. */
export function probeHelpers(probe: KafkaProbe) {
  const all = <T extends PlatformEvent['type']>(type: T, ticketId: string): EventOf<T>[] =>
    probe
      .events()
      .filter((event): event is EventOf<T> => event.type === type && (event.data as { ticketId?: string }).ticketId === ticketId);
  return {
    publish: (event: PlatformEvent) => probe.publishEvent(topicOf(event.type), event),
    /** Every event of this type for the ticket seen so far, in order. */
    all,
    /** Waits for the `nth` (1-based) event of this type for the ticket. */
    nth: <T extends PlatformEvent['type']>(type: T, ticketId: string, nth = 1, timeoutMs = 30_000): Promise<EventOf<T>> =>
      eventually(() => {
        const found = all(type, ticketId)[nth - 1];
        if (!found) throw new Error(`no ${type} #${nth} for ticket ${ticketId} yet`);
        return found;
      }, timeoutMs),
  };
}

/** A request as a demo user signed in with the real provider, or anonymous (`null`). */
export async function as<T = any>(user: DemoUser | null, method: string, url: string, body?: unknown): Promise<JsonResponse<T>> {
  return http<T>(method, url, body, user === null ? {} : await asUser(user));
}

/** The display name and subject a demo user's access token carries. */
export async function claimsOf(user: DemoUser): Promise<{ name: string; sub: string }> {
  const payload = (await tokenFor(user)).split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { name: string; sub: string };
}

/** Seeds the Guangdong and Guizhou directory into the service's database. */
export async function seedDirectory(svc: TestService<RoutingConfig>): Promise<void> {
  const catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  await svc.app.get(SeedDirectoryHandler).execute(buildDirectorySeed(catalog, ['44', '52']));
}

/**
 * The helper's drop uses DROP DATABASE ... WITH (FORCE), which PostgreSQL 15 refuses while an
 * autovacuum worker is on the database, and a freshly seeded directory soon gets one. A plain
 * DROP DATABASE stops the worker and waits for it.
 */
export async function dropDatabase(database: TestDatabase): Promise<void> {
  try {
    await database.drop();
  } catch {
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${database.name}`);
    } finally {
      await admin.end();
    }
  }
}
