import { Injectable } from '@nestjs/common';
import type { CorrelationContext } from '@legal-hotline/observability';
import { requestHashOf } from './domain/idempotency.js';
import { platformOfRegion } from './domain/provincial-platforms.js';
import { TicketError } from './domain/ticket-error.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import type { AskQuestionDto } from './ticket.dto.js';
import type { QuestionReceiptView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

/** The language of the answer when the asker names none. */
const DEFAULT_LANGUAGE = 'zh-CN';

/**
 * A member of the public asks a legal question online (网络咨询: web, app or WeChat). It is a
 * consultation kept at the desk: the first contact, who answers it, is the 12348 network platform
 * of the province the region lies in (the provincial platform, first two digits of the code),
 * and it waits in that platform's online queue. The asker gets a reference and a one-time code,
 * and reads the status and, once given, the answer at the caller lookup.
 */
@Injectable()
export class AskQuestionHandler {
  constructor(
    private readonly openTicket: OpenTicketHandler,
    private readonly settings: TicketsSettings,
  ) {}

  async ask(dto: AskQuestionDto, idempotencyKey: string | null, correlation: CorrelationContext): Promise<QuestionReceiptView> {
    const platform = platformOfRegion(this.settings.provincialPlatforms, dto.regionCode);
    if (!platform) {
      throw new TicketError('TICKET.NO_RESPONSIBLE_PLATFORM', 'unprocessable', `region ${dto.regionCode} lies in no province with a 12348 platform`, 'regionCode');
    }
    // Keys of anonymous askers share one scope per platform; a retry must repeat the whole body.
    const idempotency = idempotencyKey === null ? null : { scope: `public-question:${platform.id}`, key: idempotencyKey, requestHash: requestHashOf(dto) };
    const opened = await this.openTicket.openRequest(
      {
        channel: dto.channel,
        firstContact: { organisationId: platform.id, organisation: platform.name, agent: null, agentId: null },
        caller: { name: dto.callerName, phone: dto.callerPhone, idNumber: null, language: dto.language ?? DEFAULT_LANGUAGE, accessibilityNeeds: [] },
        requestType: 'consultation',
        legalCategory: dto.legalCategory,
        regionCode: dto.regionCode,
        matterLocation: {},
        summary: dto.question,
        flags: {},
        regionCodeReplacements: [],
        handling: { mode: 'desk' },
      },
      dto.specialLine ?? null,
      idempotency,
      correlation,
    );
    return { ticketNumber: opened.ticketNumber, reference: opened.reference, code: opened.lookupCode };
  }
}
