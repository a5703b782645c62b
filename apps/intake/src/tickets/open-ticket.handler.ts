import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { actorOf, type Principal } from '@legal-hotline/auth';
import type { MatterLocation } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { CodedError } from '@legal-hotline/service-runtime';
import { RegionCodeChecker, type CheckedRegionCode, type GivenRegionCode } from '../regions/region-code-checker.js';
import type { VerifiedActor } from './domain/actors.js';
import { fingerprintOf } from './domain/caller-fingerprint.js';
import { issueCallerLookup, reissueLookupCode, type LookupRandomness } from './domain/caller-lookup.js';
import { possibleDuplicatesOf } from './domain/duplicates.js';
import { requestHashOf, retryOutcome } from './domain/idempotency.js';
import { handlingAtOpening, specialLineRefused, unpublishedKnowledgeRefused, type HandlingRequest } from './domain/desk.js';
import { openTicket, type OpenTicketCommand, type SpecialLineAtOpening } from './domain/open-ticket.js';
import { unpublishedKnowledgeEntryIds } from '../knowledge/knowledge-citations.js';
import { openSpecialLine } from '../special-lines/special-line-lookup.js';
import type { OpeningHandlingDto, OpenTicketDto } from './ticket.dto.js';
import { TicketOpeningRequestRepository, type OpeningRequest, type StoredOpeningAnswer } from './ticket-opening-request.repository.js';
import { TicketRepository } from './ticket.repository.js';
import { possibleDuplicateViewOf, type OpenedTicketView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

/** An Idempotency-Key, the scope it is unique in (an organisation), and the hash of the request it came with. */
export interface OpeningIdempotency {
  scope: string;
  key: string;
  requestHash: string;
}

/** Cryptographic randomness for lookup references and codes. */
export const CRYPTO_RANDOMNESS: LookupRandomness = { bytes: (count) => randomBytes(count), int: (max) => randomInt(max) };

// 50 random bits make a clash of references all but impossible; should one happen, the opening
// is tried again with a new reference rather than failing.
const OPENING_ATTEMPTS = 3;

/**
 * Opens a ticket for a request an agent received on a 12348 platform: ticket, first timeline
 * entries, `ticket.opened.v1` (and, for a dangerous matter, the transfer to 110 and the
 * supervisor's alert) in one transaction. The first contact is the agent's organisation, from
 * the access token. Answers with the caller's lookup reference and one-time code, and with the
 * possible duplicates the agent's organisation may see.
 *
 * With an Idempotency-Key, the key is claimed in the same transaction: a retry with the same
 * body gets the first ticket (with a new code, since the first is not kept), one with another
 * body is refused, and concurrent retries wait for each other on the key.
 */
@Injectable()
export class OpenTicketHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly openingRequests: TicketOpeningRequestRepository,
    private readonly regionCodes: RegionCodeChecker,
    private readonly settings: TicketsSettings,
  ) {}

  async open(dto: OpenTicketDto, principal: Principal, idempotencyKey: string | null, correlation: CorrelationContext): Promise<OpenedTicketView> {
    const actor = actorOf(principal);
    const idempotency = idempotencyKey === null ? null : { scope: actor.organisationId, key: idempotencyKey, requestHash: requestHashOf(dto) };
    return this.openRequest(commandOf(dto, actor), dto.specialLine ?? null, idempotency, correlation);
  }

  /**
   * Opens the ticket for a request received on a 12348 platform, by an agent or asked online.
   * Idempotency-Keys are scoped by `idempotency.scope` (the agent's organisation).
   */
  async openRequest(
    requested: Omit<OpenTicketCommand, 'specialLine'>,
    specialLineCode: string | null,
    idempotency: OpeningIdempotency | null,
    correlation: CorrelationContext,
  ): Promise<OpenedTicketView> {
    if (idempotency) {
      const earlier = await this.openingRequests.find(idempotency.scope, idempotency.key);
      if (earlier) return this.replay(earlier, idempotency.requestHash);
    }

    // Every check runs before the transaction: bad input must not even use up a ticket number.
    handlingAtOpening(requested.requestType, requested.flags, requested.handling);
    const specialLine = await this.checkedSpecialLine(specialLineCode);
    if (requested.handling?.mode === 'resolve') {
      const unpublished = await unpublishedKnowledgeEntryIds(this.dataSource.manager, requested.handling.answer.knowledgeEntryIds);
      if (unpublished.length > 0) throw unpublishedKnowledgeRefused(unpublished, 'handling.knowledgeEntryIds');
    }
    const command = withCheckedRegionCodes({ ...requested, specialLine }, await this.regionCodes.check(regionCodesOf(requested)));
    const fingerprint = fingerprintOf(command.caller, this.settings.callerHashKey);
    const desk = { followUpSampleShare: this.settings.deskFollowUpSampleShare };
    const owner = command.firstContact.organisationId;

    for (let attempt = 1; ; attempt++) {
      const lookup = issueCallerLookup(CRYPTO_RANDOMNESS, this.settings.callerHashKey);
      const ticketId = randomUUID();
      try {
        const answer = await this.dataSource.transaction(async (manager): Promise<StoredOpeningAnswer | null> => {
          if (idempotency && !(await this.openingRequests.claim(manager, idempotency.scope, idempotency.key, { requestHash: idempotency.requestHash, ticketId }))) {
            return null;
          }
          const sequenceNumber = await this.tickets.nextSequenceNumber(manager);
          const opened = openTicket(
            command,
            { ticketId, eventId: randomUUID(), sequenceNumber, correlationId: correlation.correlationId, causationId: null, newId: randomUUID },
            new Date(),
            fingerprint,
            lookup.key,
            desk,
          );
          const sameCaller = await this.tickets.sameCaller(fingerprint, manager);
          const resolution = opened.resolution ?? { entries: [], events: [] };
          await this.tickets.insert(manager, opened.ticket, opened.entry, ...opened.escalation.entries, ...resolution.entries);
          await appendToOutbox(manager, [opened.event, ...opened.escalation.events, ...resolution.events]);
          const stored: StoredOpeningAnswer = {
            id: opened.ticket.id,
            ticketNumber: opened.ticket.ticketNumber,
            status: opened.ticket.status,
            reference: lookup.key.reference,
            possibleDuplicates: possibleDuplicatesOf(opened.ticket, sameCaller, owner).map(possibleDuplicateViewOf),
          };
          if (idempotency) await this.openingRequests.saveAnswer(manager, idempotency.scope, idempotency.key, stored);
          return stored;
        });
        if (answer) return { ...answer, lookupCode: lookup.code };
        // Another request claimed the key first and has committed: answer as a retry.
        const earlier = idempotency && (await this.openingRequests.find(idempotency.scope, idempotency.key));
        if (!earlier || !idempotency) throw new Error('an Idempotency-Key was claimed but its request cannot be read');
        return this.replay(earlier, idempotency.requestHash);
      } catch (error) {
        if (attempt < OPENING_ATTEMPTS && isReferenceClash(error)) continue;
        throw error;
      }
    }
  }

  /** The special line named, if it is open now; 422 naming `specialLine` otherwise. */
  private async checkedSpecialLine(code: string | null): Promise<SpecialLineAtOpening | null> {
    if (code === null) return null;
    const line = await openSpecialLine(this.dataSource.manager, code, new Date());
    if (!line) throw specialLineRefused(code);
    return { code: line.code, name: line.name, priority: line.priority };
  }

  private async replay(earlier: OpeningRequest, requestHash: string): Promise<OpenedTicketView> {
    if (retryOutcome(earlier, requestHash) === 'key-reused') {
      throw new CodedError(
        'IDEMPOTENCY.KEY_REUSED',
        'unprocessable',
        'this Idempotency-Key was used for another request by your organisation; use a new key for a new ticket',
        'Idempotency-Key',
      );
    }
    const answer = earlier.answer;
    if (!answer) throw new CodedError('IDEMPOTENCY.IN_PROGRESS', 'conflict', 'the first request with this Idempotency-Key is still being processed; retry shortly', 'Idempotency-Key');
    const reissued = reissueLookupCode(answer.reference, CRYPTO_RANDOMNESS, this.settings.callerHashKey);
    await this.tickets.replaceLookupCodeHash(this.dataSource.manager, earlier.ticketId, reissued.key);
    return { ...answer, lookupCode: reissued.code };
  }
}

function isReferenceClash(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: unknown } | undefined)?.constraint === 'tickets_public_reference_key';
}

function commandOf(dto: OpenTicketDto, actor: VerifiedActor): Omit<OpenTicketCommand, 'specialLine'> {
  const organ = dto.matterLocation?.handlingOrgan;
  const arosenIn = dto.matterLocation?.arosenInRegionCode;
  return {
    channel: dto.channel,
    firstContact: { organisationId: actor.organisationId, organisation: actor.organisation, agent: actor.agent, agentId: actor.agentId },
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
    handling: dto.handling ? handlingRequestOf(dto.handling) : null,
  };
}

function handlingRequestOf(dto: OpeningHandlingDto): HandlingRequest {
  switch (dto.mode) {
    case 'resolve':
      return {
        mode: 'resolve',
        answer: {
          // Both are required with `resolve`: the DTO refuses the request without them.
          answer: dto.answer ?? '',
          knowledgeEntryIds: dto.knowledgeEntryIds ?? [],
          citedArticles: dto.citedArticles ?? [],
          caseEducationGiven: dto.caseEducationGiven ?? false,
        },
      };
    case 'desk':
      return { mode: 'desk' };
    case 'dispatch':
      return { mode: 'dispatch', reason: dto.reason ?? null };
  }
}

const REGION_FIELD = 'regionCode';
const AROSEN_IN_FIELD = 'matterLocation.arosenInRegionCode';
const ORGAN_SEAT_FIELD = 'matterLocation.handlingOrgan.regionCode';

function regionCodesOf(command: Pick<OpenTicketCommand, 'regionCode' | 'matterLocation'>): GivenRegionCode[] {
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
