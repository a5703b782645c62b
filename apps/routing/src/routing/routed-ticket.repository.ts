import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TicketToRoute } from './domain/route-ticket.js';
import { RoutedTicketEntity, type RoutedTicketState } from './routed-ticket.entity.js';

/** Routing's copy of each ticket, inside the caller's transaction. */
@Injectable()
export class RoutedTicketRepository {
  async insert(manager: EntityManager, ticket: TicketToRoute, correlationId: string, receivedAt: Date): Promise<void> {
    await manager.insert(RoutedTicketEntity, {
      ticketId: ticket.ticketId,
      ticketNumber: ticket.ticketNumber,
      channel: ticket.channel,
      requestType: ticket.requestType,
      legalCategory: ticket.legalCategory,
      regionCode: ticket.regionCode,
      matterLocation: ticket.matterLocation,
      caller: ticket.caller,
      flags: ticket.flags,
      summary: ticket.summary,
      correlationId,
      state: 'open',
      receivedAt,
      stateChangedAt: null,
    });
  }

  findForUpdate(manager: EntityManager, ticketId: string): Promise<RoutedTicketEntity | null> {
    return manager.findOne(RoutedTicketEntity, { where: { ticketId }, lock: { mode: 'pessimistic_write' } });
  }

  find(manager: EntityManager, ticketId: string): Promise<RoutedTicketEntity | null> {
    return manager.findOne(RoutedTicketEntity, { where: { ticketId } });
  }

  async setState(manager: EntityManager, ticketId: string, state: RoutedTicketState, at: Date): Promise<void> {
    await manager.update(RoutedTicketEntity, { ticketId }, { state, stateChangedAt: at });
  }
}

export function ticketToRouteOf(row: RoutedTicketEntity): TicketToRoute {
  return {
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    channel: row.channel,
    requestType: row.requestType,
    legalCategory: row.legalCategory,
    regionCode: row.regionCode,
    matterLocation: row.matterLocation,
    summary: row.summary,
    caller: row.caller,
    flags: row.flags,
  };
}
