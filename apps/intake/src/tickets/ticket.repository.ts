import { Injectable } from '@nestjs/common';
import { And, DataSource, LessThan, Like, MoreThanOrEqual, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Channel, FirstContactPlatform, LegalCategory, RequestType, TicketStatus } from '@legal-hotline/contracts';
import type { Ticket, TimelineEntry } from './domain/ticket.js';
import { TicketEntity } from './ticket.entity.js';
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
}

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

  /** Loads a ticket and locks its row until the transaction ends, so its changes serialize. */
  async lock(manager: EntityManager, id: string): Promise<Ticket | null> {
    const row = await manager.findOne(TicketEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toTicket(row) : null;
  }

  async insert(manager: EntityManager, ticket: Ticket, entry: TimelineEntry): Promise<void> {
    await manager.insert(TicketEntity, toRow(ticket, entry.at));
    await manager.insert(TimelineEntryEntity, toEntryRow(ticket.id, entry));
  }

  /** Saves a changed ticket with the timeline entry that explains the change. */
  async update(manager: EntityManager, ticket: Ticket, entry: TimelineEntry): Promise<void> {
    const { id, ...changes } = toRow(ticket, new Date());
    await manager.update(TicketEntity, { id }, changes);
    await manager.insert(TimelineEntryEntity, toEntryRow(ticket.id, entry));
  }

  async findWithTimeline(id: string): Promise<{ ticket: Ticket; timeline: TimelineEntry[] } | null> {
    const row = await this.dataSource.manager.findOne(TicketEntity, { where: { id } });
    if (!row) return null;
    const entries = await this.dataSource.manager.find(TimelineEntryEntity, { where: { ticketId: id }, order: { at: 'ASC', id: 'ASC' } });
    return { ticket: toTicket(row), timeline: entries.map(toEntry) };
  }

  /** One page of tickets, newest first, and how many match in all. */
  async list(filter: TicketFilter, page: { offset: number; limit: number }): Promise<{ tickets: Ticket[]; total: number }> {
    const where: FindOptionsWhere<TicketEntity> = {};
    if (filter.status) where.status = filter.status;
    if (filter.requestType) where.requestType = filter.requestType;
    if (filter.legalCategory) where.legalCategory = filter.legalCategory;
    if (filter.regionCodePrefix) where.regionCode = Like(`${filter.regionCodePrefix}%`);
    if (filter.firstContactPlatform) where.firstContactPlatform = filter.firstContactPlatform;
    if (filter.channel) where.channel = filter.channel;
    const { openedFrom, openedTo } = filter;
    if (openedFrom && openedTo) where.openedAt = And(MoreThanOrEqual(openedFrom), LessThan(openedTo));
    else if (openedFrom) where.openedAt = MoreThanOrEqual(openedFrom);
    else if (openedTo) where.openedAt = LessThan(openedTo);

    const [rows, total] = await this.dataSource.manager.findAndCount(TicketEntity, {
      where,
      order: { openedAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { tickets: rows.map(toTicket), total };
  }
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
    firstContactOrganisation: ticket.firstContact.organisation,
    firstContactAgent: ticket.firstContact.agent,
    firstContactReceivedAt: ticket.firstContact.receivedAt,
    partnerReference: ticket.partnerReference,
    currentAssignmentId: current?.assignmentId ?? null,
    currentHandlerAgencyId: current?.agencyId ?? null,
    currentHandlerAgencyType: current?.agencyType ?? null,
    currentHandlerName: current?.name ?? null,
    currentHandlerSince: current?.since ?? null,
    pastAssignmentIds: [...ticket.pastAssignmentIds],
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
      organisation: row.firstContactOrganisation,
      agent: row.firstContactAgent,
      receivedAt: row.firstContactReceivedAt,
    },
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
    openedAt: row.openedAt,
    correlationId: row.correlationId,
  };
}

function toEntryRow(ticketId: string, entry: TimelineEntry): Omit<TimelineEntryEntity, 'id' | 'recordedAt' | 'ticket'> {
  return {
    ticketId,
    eventId: entry.eventId,
    at: entry.at,
    source: entry.source,
    actor: entry.actor,
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
    kind: row.kind,
    statusAfter: row.statusAfter,
    reason: row.reason,
    note: row.note,
  };
}
