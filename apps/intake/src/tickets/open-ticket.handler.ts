import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MatterLocation } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RegionCodeChecker, type CheckedRegionCode, type GivenRegionCode } from '../regions/region-code-checker.js';
import { fingerprintOf } from './domain/caller-fingerprint.js';
import { possibleDuplicatesOf } from './domain/duplicates.js';
import { checkOpening, openTicket, type OpenTicketCommand } from './domain/open-ticket.js';
import type { OpenTicketDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { possibleDuplicateViewOf, type OpenedTicketView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

/**
 * Opens a ticket for a request received on a 12348 platform: ticket, first timeline entries,
 * `ticket.opened.v1` (and, for a dangerous matter, the transfer to 110 and the supervisor's
 * alert) in one transaction. Answers with the same caller's possible duplicates.
 */
@Injectable()
export class OpenTicketHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly regionCodes: RegionCodeChecker,
    private readonly settings: TicketsSettings,
  ) {}

  async open(dto: OpenTicketDto, correlation: CorrelationContext): Promise<OpenedTicketView> {
    const requested = commandOf(dto);
    // Every check runs before the transaction: bad input must not even use up a ticket number.
    checkOpening(requested);
    const command = withCheckedRegionCodes(requested, await this.regionCodes.check(regionCodesOf(requested)));

    const fingerprint = fingerprintOf(command.caller, this.settings.callerHashKey);

    const { ticket, possibleDuplicates } = await this.dataSource.transaction(async (manager) => {
      const sequenceNumber = await this.tickets.nextSequenceNumber(manager);
      const opened = openTicket(
        command,
        { ticketId: randomUUID(), eventId: randomUUID(), sequenceNumber, correlationId: correlation.correlationId, causationId: null, newId: randomUUID },
        new Date(),
        fingerprint,
      );
      const sameCaller = await this.tickets.sameCaller(fingerprint, manager);
      await this.tickets.insert(manager, opened.ticket, opened.entry, ...opened.escalation.entries);
      await appendToOutbox(manager, [opened.event, ...opened.escalation.events]);
      return { ticket: opened.ticket, possibleDuplicates: possibleDuplicatesOf(opened.ticket, sameCaller) };
    });
    return {
      id: ticket.id,
      ticketNumber: ticket.ticketNumber,
      status: ticket.status,
      possibleDuplicates: possibleDuplicates.map(possibleDuplicateViewOf),
    };
  }
}

function commandOf(dto: OpenTicketDto): OpenTicketCommand {
  const organ = dto.matterLocation?.handlingOrgan;
  const arosenIn = dto.matterLocation?.arosenInRegionCode;
  return {
    channel: dto.channel,
    firstContact: { platform: dto.firstContact.platform, organisation: dto.firstContact.organisation, agent: dto.firstContact.agent ?? null },
    caller: {
      name: dto.caller.name,
      phone: dto.caller.phone,
      idNumber: dto.caller.idNumber ?? null,
      language: dto.caller.language,
      accessibilityNeeds: dto.caller.accessibilityNeeds ?? [],
    },
    requestType: dto.requestType,
    legalCategory: dto.legalCategory,
    regionCode: dto.regionCode,
    matterLocation: {
      ...(arosenIn === undefined ? {} : { arosenInRegionCode: arosenIn }),
      ...(organ ? { handlingOrgan: { type: organ.type, name: organ.name, regionCode: organ.regionCode } } : {}),
    },
    summary: dto.summary,
    flags: { ...dto.flags },
    regionCodeReplacements: [],
  };
}

const REGION_FIELD = 'regionCode';
const AROSEN_IN_FIELD = 'matterLocation.arosenInRegionCode';
const ORGAN_SEAT_FIELD = 'matterLocation.handlingOrgan.regionCode';

function regionCodesOf(command: OpenTicketCommand): GivenRegionCode[] {
  const { arosenInRegionCode, handlingOrgan } = command.matterLocation;
  return [
    { field: REGION_FIELD, code: command.regionCode },
    ...(arosenInRegionCode === undefined ? [] : [{ field: AROSEN_IN_FIELD, code: arosenInRegionCode }]),
    ...(handlingOrgan ? [{ field: ORGAN_SEAT_FIELD, code: handlingOrgan.regionCode }] : []),
  ];
}

/** Records current codes: a retired code is replaced by its successor, and the replacement noted. */
function withCheckedRegionCodes(command: OpenTicketCommand, checked: readonly CheckedRegionCode[]): OpenTicketCommand {
  const codeOf = (field: string, given: string): string => checked.find((c) => c.field === field)?.code ?? given;
  const { arosenInRegionCode, handlingOrgan } = command.matterLocation;
  const matterLocation: MatterLocation = {
    ...(arosenInRegionCode === undefined ? {} : { arosenInRegionCode: codeOf(AROSEN_IN_FIELD, arosenInRegionCode) }),
    ...(handlingOrgan ? { handlingOrgan: { ...handlingOrgan, regionCode: codeOf(ORGAN_SEAT_FIELD, handlingOrgan.regionCode) } } : {}),
  };
  return {
    ...command,
    regionCode: codeOf(REGION_FIELD, command.regionCode),
    matterLocation,
    regionCodeReplacements: checked.filter((c) => c.code !== c.given).map((c) => ({ field: c.field, given: c.given, recordedAs: c.code })),
  };
}
