import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, Not, type EntityManager, type FindOptionsWhere, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { Channel, FirstContactPlatform, HandlingMode, LegalCategory, PlatformEvent, RequestType, TicketStatus } from '@legal-hotline/contracts';
import type { DuplicateCandidate } from './domain/duplicates.js';
import type { CallerFingerprint, CallerLookupKey, DeskResolution, Hop, PartnerTransfer, Ticket, TimelineEntry } from './domain/ticket.js';
import type { TicketScope } from './domain/ticket-access.js';
import type { TicketNumberSearch } from './domain/ticket-number.js';
import { FollowUpCallEntity } from './follow-up-call.entity.js';
import { TicketEntity, type StoredHop, type StoredTransfer } from './ticket.entity.js';
import { TimelineEntryEntity } from './timeline-entry.entity.js';

export interface TicketFilter {
  status?: TicketStatus;
  requestType?: RequestType;
  legalCategory?: LegalCategory;
  /** Leading digits of the region code: "44" (Guangdong), "4406" (Foshan), ... */
  regionCodePrefix?: string;
  firstContactPlatform?: FirstContactPlatform;
  channel?: Channel;
  /** Inclusive lower bound of the opening time. */
  openedFrom?: Date;
  /** Exclusive upper bound of the opening time. */
  openedTo?: Date;
  /** Tickets the organisation with this id watches (referrals). */
  watcher?: string;
  /** One ticket by its number, or every ticket whose number starts with the typed part. */
  ticketNumber?: TicketNumberSearch;
  /** Tickets of the caller with this phone, by the keyed hash of the normalised number. */
  callerPhoneHash?: string;
  /** Kept at the desk or sent to routing. */
  handling?: HandlingMode;
  /** Drawn (or not) for the follow-up call after a desk resolution. */
  followUpSampled?: boolean;
  /** With (or without) a follow-up call recorded since the latest answer. */
  followUpRecorded?: boolean;
}

/** Whose tickets the owner's view lists: a responsible organisation by id, optionally only those one agent received (by token subject). */
export interface OwnerFilter {
  organisationId: string;
  agentId?: string;
}

interface Page {
  offset: number;
  limit: number;
}

const CLOSED_STATUSES: TicketStatus[] = ['closed', 'merged'];

/** All reads and writes of tickets and their timelines. */
@Injectable()
export class TicketRepository {
  constructor(private readonly dataSource: DataSource) {}

  async nextSequenceNumber(manager: EntityManager): Promise<number> {
    const rows: { value: string }[] = await manager.query(`SELECT nextval('ticket_number_seq') AS value`);
    return Number(rows[0]?.value);
  }

  async exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.exists(TicketEntity, { where: { id } });
  }

  async find(manager: EntityManager, id: string): Promise<Ticket | null> {
    const row = await manager.findOne(TicketEntity, { where: { id } });
    return row ? toTicket(row) : null;
  }

  /** Loads a ticket and locks its row until the transaction ends, so its changes serialize. */
  async lock(manager: EntityManager, id: string): Promise<Ticket | null> {
    const row = await manager.findOne(TicketEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toTicket(row) : null;
  }

  /**
   * Locks several tickets (a merge changes two), always in id order so that two transactions
   * locking the same pair cannot deadlock. Unknown ids are missing from the answer.
   */
  async lockAll(manager: EntityManager, ids: readonly string[]): Promise<Map<string, Ticket>> {
    const rows = await manager.find(TicketEntity, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return new Map(rows.map((row) => [row.id, toTicket(row)]));
  }

  async insert(manager: EntityManager, ticket: Ticket, ...entries: TimelineEntry[]): Promise<void> {
    await manager.insert(TicketEntity, toRow(ticket, ticket.openedAt));
    await this.addEntries(manager, ticket.id, entries);
  }

  /** Saves a changed ticket with the timeline entries that explain the change. */
  async update(manager: EntityManager, ticket: Ticket, ...entries: TimelineEntry[]): Promise<void> {
    const { id, ...changes } = toRow(ticket, new Date());
    await manager.update(TicketEntity, { id }, changes);
    await this.addEntries(manager, ticket.id, entries);
  }

  /** Keeps each follow-up call among `events` for the figures, in the transaction that records it. */
  async keepFollowUpCalls(manager: EntityManager, events: readonly PlatformEvent[]): Promise<void> {
    const calls = events.flatMap((event) =>
      event.type === 'ticket.follow-up-recorded.v1'
        ? [{ eventId: event.id, ticketId: event.data.ticketId, result: event.data.result, satisfaction: event.data.satisfaction, recordedAt: new Date(event.data.recordedAt) }]
        : [],
    );
    if (calls.length > 0) await manager.insert(FollowUpCallEntity, calls);
  }

  private async addEntries(manager: EntityManager, ticketId: string, entries: readonly TimelineEntry[]): Promise<void> {
    if (entries.length > 0) await manager.insert(TimelineEntryEntity, entries.map((entry) => toEntryRow(ticketId, entry)));
  }

  /** Tickets of the same caller (same phone or ID number hash), whatever their category, region or owner: the domain decides. */
  async sameCaller(fingerprint: CallerFingerprint, manager: EntityManager = this.dataSource.manager): Promise<DuplicateCandidate[]> {
    const where: FindOptionsWhere<TicketEntity>[] = [{ callerPhoneHash: fingerprint.phoneHash }];
    if (fingerprint.idNumberHash) where.push({ callerIdNumberHash: fingerprint.idNumberHash });
    const rows = await manager.find(TicketEntity, {
      select: {
        id: true,
        ticketNumber: true,
        status: true,
        openedAt: true,
        legalCategory: true,
        regionCode: true,
        callerPhoneHash: true,
        callerIdNumberHash: true,
        responsibleOrganisationId: true,
        watchers: true,
      },
      where,
    });
    return rows.map((row) => ({
      id: row.id,
      ticketNumber: row.ticketNumber,
      status: row.status,
      openedAt: row.openedAt,
      legalCategory: row.legalCategory,
      regionCode: row.regionCode,
      callerFingerprint: fingerprintOf(row),
      ownerOrganisationId: row.responsibleOrganisationId,
      watcherOrganisationIds: row.watchers.map((w) => w.organisationId),
    }));
  }

  /**
   * The ticket's status, lookup key and desk answer, found by the reference the caller was told;
   * tickets without one are never found.
   */
  async findForLookup(
    manager: EntityManager,
    reference: string,
  ): Promise<{ id: string; status: TicketStatus; key: CallerLookupKey; deskResolution: DeskResolution | null } | null> {
    const row = await manager.findOne(TicketEntity, {
      select: { id: true, status: true, publicReference: true, lookupCodeHash: true, deskResolution: true },
      where: { publicReference: reference },
    });
    if (!row?.publicReference || !row.lookupCodeHash) return null;
    return {
      id: row.id,
      status: row.status,
      key: { reference: row.publicReference, codeHash: row.lookupCodeHash },
      deskResolution: row.deskResolution && { ...row.deskResolution, resolvedAt: new Date(row.deskResolution.resolvedAt) },
    };
  }

  /** Replaces the hash of the caller's lookup code (a re-issued code). */
  async replaceLookupCodeHash(manager: EntityManager, ticketId: string, key: CallerLookupKey): Promise<void> {
    await manager.update(TicketEntity, { id: ticketId, publicReference: key.reference }, { lookupCodeHash: key.codeHash });
  }

  /**
   * The owner's view: tickets the organisation is responsible for (and, if an agent is given,
   * that agent received) that are not closed or merged, longest-waiting (oldest) first.
   */
  async ownedOpen(owner: OwnerFilter, page: Page): Promise<{ tickets: Ticket[]; total: number }> {
    const [rows, total] = await this.dataSource.manager.findAndCount(TicketEntity, {
      where: {
        responsibleOrganisationId: owner.organisationId,
        ...(owner.agentId === undefined ? {} : { firstContactAgentId: owner.agentId }),
        status: Not(In(CLOSED_STATUSES)),
      },
      order: { openedAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { tickets: rows.map(toTicket), total };
  }

  async findWithTimeline(id: string): Promise<{ ticket: Ticket; timeline: TimelineEntry[]; updatedAt: Date } | null> {
    const row = await this.dataSource.manager.findOne(TicketEntity, { where: { id } });
    if (!row) return null;
    const entries = await this.dataSource.manager.find(TimelineEntryEntity, { where: { ticketId: id }, order: { at: 'ASC', id: 'ASC' } });
    return { ticket: toTicket(row), timeline: entries.map(toEntry), updatedAt: row.updatedAt };
  }

  /** One page of the tickets within `scope` that match the filters, newest first, and how many match in all. */
  async list(filter: TicketFilter, scope: TicketScope, page: Page): Promise<{ tickets: Ticket[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(TicketEntity, 't');
    if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
    if (filter.requestType) query.andWhere('t.requestType = :requestType', { requestType: filter.requestType });
    if (filter.legalCategory) query.andWhere('t.legalCategory = :legalCategory', { legalCategory: filter.legalCategory });
    if (filter.regionCodePrefix) query.andWhere('t.regionCode LIKE :regionFilter', { regionFilter: `${filter.regionCodePrefix}%` });
    if (filter.firstContactPlatform) query.andWhere('t.firstContactPlatform = :platform', { platform: filter.firstContactPlatform });
    if (filter.channel) query.andWhere('t.channel = :channel', { channel: filter.channel });
    if (filter.openedFrom) query.andWhere('t.openedAt >= :openedFrom', { openedFrom: filter.openedFrom });
    if (filter.openedTo) query.andWhere('t.openedAt < :openedTo', { openedTo: filter.openedTo });
    // Containment, so the GIN index on watchers serves the filter.
    if (filter.watcher !== undefined) query.andWhere('t.watchers @> :watcherFilter::jsonb', { watcherFilter: JSON.stringify([{ organisationId: filter.watcher }]) });
    // The typed part is digits and hyphens only (checked at the edge), so it holds no LIKE wildcard.
    if (filter.ticketNumber?.kind === 'exact') query.andWhere('t.ticketNumber = :ticketNumber', { ticketNumber: filter.ticketNumber.ticketNumber });
    if (filter.ticketNumber?.kind === 'prefix') query.andWhere('t.ticketNumber LIKE :ticketNumberPrefix', { ticketNumberPrefix: `${filter.ticketNumber.prefix}%` });
    if (filter.callerPhoneHash !== undefined) query.andWhere('t.callerPhoneHash = :callerPhoneHash', { callerPhoneHash: filter.callerPhoneHash });
    if (filter.handling !== undefined) query.andWhere('t.handling = :handling', { handling: filter.handling });
    if (filter.followUpSampled !== undefined) query.andWhere('t.followUpSampled = :followUpSampled', { followUpSampled: filter.followUpSampled });
    if (filter.followUpRecorded !== undefined) query.andWhere(filter.followUpRecorded ? 't.followUp IS NOT NULL' : 't.followUp IS NULL');
    query.andWhere(new Brackets((where) => inScopeWhere(where, scope)));

    const [rows, total] = await query.orderBy('t.openedAt', 'DESC').addOrderBy('t.id', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    return { tickets: rows.map(toTicket), total };
  }
}

/**
 * The scope as SQL, part by part with OR; an empty scope matches nothing. Mirrors `inScope` in
 * the domain; the jsonb conditions are containments, so the GIN indexes serve them.
 */
function inScopeWhere(where: WhereExpressionBuilder, scope: TicketScope): void {
  const { ownedBy, watchedBy, handedTo, regionPrefix } = scope;
  where.where('false');
  if (ownedBy !== null) where.orWhere('t.responsibleOrganisationId = :scopeOwner', { scopeOwner: ownedBy });
  if (watchedBy !== null) where.orWhere('t.watchers @> :scopeWatching::jsonb', { scopeWatching: JSON.stringify([{ organisationId: watchedBy }]) });
  if (handedTo !== null) where.orWhere('t.hops @> :scopeHandedTo::jsonb', { scopeHandedTo: JSON.stringify([{ agencyId: handedTo }]) });
  if (regionPrefix !== null) where.orWhere('t.regionCode LIKE :scopeRegion', { scopeRegion: `${regionPrefix}%` });
}

/** The scope as a condition on the tickets alias `t` of another query (alerts, the access trail). */
export function withinScope<T extends object>(query: SelectQueryBuilder<T>, scope: TicketScope): SelectQueryBuilder<T> {
  return query.andWhere(new Brackets((where) => inScopeWhere(where, scope)));
}

function toRow(ticket: Ticket, updatedAt: Date): TicketEntity {
  const current = ticket.currentAssignment;
  return {
    id: ticket.id,
    ticketNumber: ticket.ticketNumber,
    status: ticket.status,
    channel: ticket.channel,
    requestType: ticket.requestType,
    legalCategory: ticket.legalCategory,
    regionCode: ticket.regionCode,
    matterLocation: ticket.matterLocation,
    summary: ticket.summary,
    flags: ticket.flags,
    callerName: ticket.caller.name,
    callerPhone: ticket.caller.phone,
    callerIdNumber: ticket.caller.idNumber,
    callerLanguage: ticket.caller.language,
    callerAccessibilityNeeds: [...ticket.caller.accessibilityNeeds],
    firstContactPlatform: ticket.firstContact.platform,
    firstContactOrganisationId: ticket.firstContact.organisationId,
    firstContactOrganisation: ticket.firstContact.organisation,
    firstContactAgent: ticket.firstContact.agent,
    firstContactAgentId: ticket.firstContact.agentId,
    firstContactReceivedAt: ticket.firstContact.receivedAt,
    responsibleOrganisationId: ticket.responsible.organisationId,
    responsibleOrganisation: ticket.responsible.organisation,
    responsibleBasis: ticket.responsible.basis,
    partnerReference: ticket.partnerReference,
    currentAssignmentId: current?.assignmentId ?? null,
    currentHandlerAgencyId: current?.agencyId ?? null,
    currentHandlerAgencyType: current?.agencyType ?? null,
    currentHandlerName: current?.name ?? null,
    currentHandlerSince: current?.since ?? null,
    pastAssignmentIds: [...ticket.pastAssignmentIds],
    hops: ticket.hops.map(storedHop),
    priority: ticket.priority,
    meansTestExemption: ticket.meansTestExemption,
    specialChannel: ticket.specialChannel,
    callerPhoneHash: ticket.callerFingerprint?.phoneHash ?? null,
    callerIdNumberHash: ticket.callerFingerprint?.idNumberHash ?? null,
    publicReference: ticket.callerLookup?.reference ?? null,
    lookupCodeHash: ticket.callerLookup?.codeHash ?? null,
    watchers: ticket.watchers.map((w) => ({ ...w, addedAt: w.addedAt.toISOString() })),
    transfers: ticket.transfers.map(storedTransfer),
    answer: ticket.answer && { ...ticket.answer, answeredAt: ticket.answer.answeredAt.toISOString() },
    followUp: ticket.followUp && { ...ticket.followUp, recordedAt: ticket.followUp.recordedAt.toISOString() },
    handlingResult: ticket.handlingResult && { ...ticket.handlingResult, completedAt: ticket.handlingResult.completedAt.toISOString() },
    mergeRecord: ticket.merge && { ...ticket.merge, mergedAt: ticket.merge.mergedAt.toISOString() },
    underSupervision: ticket.underSupervision,
    handling: ticket.handling,
    deskResolution: ticket.deskResolution && { ...ticket.deskResolution, resolvedAt: ticket.deskResolution.resolvedAt.toISOString() },
    resolvedAtFirstContactAt: ticket.deskResolution?.resolvedAt ?? null,
    resolvedById: ticket.deskResolution?.resolvedBy.agentId ?? null,
    dispatch: ticket.dispatch && { ...ticket.dispatch, requestedAt: ticket.dispatch.requestedAt.toISOString() },
    specialLineCode: ticket.specialLine,
    followUpSampled: ticket.followUpSampled,
    openedAt: ticket.openedAt,
    correlationId: ticket.correlationId,
    updatedAt,
  };
}

function toTicket(row: TicketEntity): Ticket {
  return {
    id: row.id,
    ticketNumber: row.ticketNumber,
    status: row.status,
    channel: row.channel,
    requestType: row.requestType,
    legalCategory: row.legalCategory,
    regionCode: row.regionCode,
    matterLocation: row.matterLocation,
    summary: row.summary,
    flags: row.flags,
    caller: {
      name: row.callerName,
      phone: row.callerPhone,
      idNumber: row.callerIdNumber,
      language: row.callerLanguage,
      accessibilityNeeds: row.callerAccessibilityNeeds,
    },
    firstContact: {
      platform: row.firstContactPlatform,
      organisationId: row.firstContactOrganisationId,
      organisation: row.firstContactOrganisation,
      agent: row.firstContactAgent,
      agentId: row.firstContactAgentId,
      receivedAt: row.firstContactReceivedAt,
    },
    responsible: { organisationId: row.responsibleOrganisationId, organisation: row.responsibleOrganisation, basis: row.responsibleBasis },
    partnerReference: row.partnerReference,
    currentAssignment:
      row.currentAssignmentId && row.currentHandlerAgencyId && row.currentHandlerAgencyType && row.currentHandlerName && row.currentHandlerSince
        ? {
            assignmentId: row.currentAssignmentId,
            agencyId: row.currentHandlerAgencyId,
            agencyType: row.currentHandlerAgencyType,
            name: row.currentHandlerName,
            since: row.currentHandlerSince,
          }
        : null,
    pastAssignmentIds: row.pastAssignmentIds,
    hops: row.hops.map(hopOf),
    openedAt: row.openedAt,
    correlationId: row.correlationId,
    priority: row.priority,
    meansTestExemption: row.meansTestExemption,
    specialChannel: row.specialChannel,
    callerFingerprint: fingerprintOf(row),
    callerLookup: row.publicReference && row.lookupCodeHash ? { reference: row.publicReference, codeHash: row.lookupCodeHash } : null,
    watchers: row.watchers.map((w) => ({ ...w, addedAt: new Date(w.addedAt) })),
    transfers: row.transfers.map(transferOf),
    answer: row.answer && { ...row.answer, answeredAt: new Date(row.answer.answeredAt) },
    followUp: row.followUp && { ...row.followUp, recordedAt: new Date(row.followUp.recordedAt) },
    handlingResult: row.handlingResult && { ...row.handlingResult, completedAt: new Date(row.handlingResult.completedAt) },
    merge: row.mergeRecord && { ...row.mergeRecord, mergedAt: new Date(row.mergeRecord.mergedAt) },
    underSupervision: row.underSupervision,
    handling: row.handling,
    deskResolution: row.deskResolution && { ...row.deskResolution, resolvedAt: new Date(row.deskResolution.resolvedAt) },
    dispatch: row.dispatch && { ...row.dispatch, requestedAt: new Date(row.dispatch.requestedAt) },
    specialLine: row.specialLineCode,
    followUpSampled: row.followUpSampled,
  };
}

function fingerprintOf(row: Pick<TicketEntity, 'callerPhoneHash' | 'callerIdNumberHash'>): CallerFingerprint | null {
  return row.callerPhoneHash ? { phoneHash: row.callerPhoneHash, idNumberHash: row.callerIdNumberHash } : null;
}

function storedHop(hop: Hop): StoredHop {
  return {
    ...hop,
    arrivedAt: hop.arrivedAt.toISOString(),
    leftAt: isoOrNull(hop.leftAt),
    startedAt: isoOrNull(hop.startedAt),
    completedAt: isoOrNull(hop.completedAt),
  };
}

function hopOf(stored: StoredHop): Hop {
  return {
    ...stored,
    arrivedAt: new Date(stored.arrivedAt),
    leftAt: dateOrNull(stored.leftAt),
    startedAt: dateOrNull(stored.startedAt),
    completedAt: dateOrNull(stored.completedAt),
  };
}

function storedTransfer(transfer: PartnerTransfer): StoredTransfer {
  const { overdue, result } = transfer;
  return {
    ...transfer,
    requestedAt: transfer.requestedAt.toISOString(),
    acceptedAt: isoOrNull(transfer.acceptedAt),
    overdue: overdue && { ...overdue, dueAt: overdue.dueAt.toISOString() },
    result: result && { ...result, completedAt: result.completedAt.toISOString() },
  };
}

function transferOf(stored: StoredTransfer): PartnerTransfer {
  const { overdue, result } = stored;
  return {
    ...stored,
    requestedAt: new Date(stored.requestedAt),
    acceptedAt: dateOrNull(stored.acceptedAt),
    overdue: overdue && { ...overdue, dueAt: new Date(overdue.dueAt) },
    result: result && { ...result, completedAt: new Date(result.completedAt) },
  };
}

function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function dateOrNull(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}

function toEntryRow(ticketId: string, entry: TimelineEntry): Omit<TimelineEntryEntity, 'id' | 'recordedAt' | 'ticket'> {
  return {
    ticketId,
    eventId: entry.eventId,
    at: entry.at,
    source: entry.source,
    actor: entry.actor,
    actorOrganisationId: entry.actorOrganisationId,
    actorId: entry.actorId,
    kind: entry.kind,
    statusAfter: entry.statusAfter,
    reason: entry.reason,
    note: entry.note,
  };
}

function toEntry(row: TimelineEntryEntity): TimelineEntry {
  return {
    eventId: row.eventId,
    at: row.at,
    source: row.source,
    actor: row.actor,
    actorOrganisationId: row.actorOrganisationId,
    actorId: row.actorId,
    kind: row.kind,
    statusAfter: row.statusAfter,
    reason: row.reason,
    note: row.note,
  };
}
