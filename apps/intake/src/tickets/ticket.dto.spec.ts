import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationDetails } from '@legal-hotline/service-runtime';
import {
  AnswerCallerDto,
  AskQuestionDto,
  CloseTicketDto,
  DeskResolutionDto,
  ListTicketsQueryDto,
  MergeTicketDto,
  OpenTicketDto,
  OwnerTicketsQueryDto,
  RecordFollowUpDto,
  ReferTicketDto,
  TicketLookupDto,
  TransferTicketDto,
  WorkOrderDto,
} from './ticket.dto.js';

function aRequest(overrides: Record<string, unknown> = {}, callerOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'hotline',
    caller: { name: '陈大明', phone: '13812345678', language: 'yue', ...callerOverrides },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    summary: '被拖欠工资13000元，申请法律援助。',
    ...overrides,
  };
}

/** The fields the API would name in a 400 answer, as the platform's validation pipe reports them. */
async function invalidFields(dtoClass: new () => object, body: Record<string, unknown>): Promise<(string | null)[]> {
  // As the platform's validation pipe: no refusal of classes without rules (an empty body DTO).
  const errors = await validate(plainToInstance(dtoClass, body), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  return [...new Set(validationDetails(errors).map((d) => d.field))];
}

describe(OpenTicketDto.name, () => {
  it('accepts a complete hotline request', async () => {
    expect(await invalidFields(OpenTicketDto, aRequest())).toEqual([]);
  });

  it.each(['11010519491231002X', '11010519491231002x', '440605199001011236'])('accepts the resident ID number %s', async (idNumber) => {
    expect(await invalidFields(OpenTicketDto, aRequest({}, { idNumber }))).toEqual([]);
  });

  it('upper-cases the check character of an ID number', () => {
    const dto = plainToInstance(OpenTicketDto, aRequest({}, { idNumber: '11010519491231002x' }));
    expect(dto.caller.idNumber).toBe('11010519491231002X');
  });

  it.each(['440605199001011234', '440605199002301235', '4406051990010112', 4406051990])(
    'names caller.idNumber for %s',
    async (idNumber) => {
      expect(await invalidFields(OpenTicketDto, aRequest({}, { idNumber }))).toEqual(['caller.idNumber']);
    },
  );

  it.each(['075783001234', '13812345678'])('accepts the phone number %s', async (phone) => {
    expect(await invalidFields(OpenTicketDto, aRequest({}, { phone }))).toEqual([]);
  });

  it.each(['138-1234-5678', '12812345678', '83001234', 13812345678])('names caller.phone for %s', async (phone) => {
    expect(await invalidFields(OpenTicketDto, aRequest({}, { phone }))).toEqual(['caller.phone']);
  });

  it('refuses the partner channel: partner cases arrive from the hotline exchange', async () => {
    expect(await invalidFields(OpenTicketDto, aRequest({ channel: 'partner' }))).toEqual(['channel']);
  });

  it.each(['44060', '4406050111', '44060501100a'])('names regionCode for the malformed code %s', async (regionCode) => {
    expect(await invalidFields(OpenTicketDto, aRequest({ regionCode }))).toEqual(['regionCode']);
  });

  it('names the nested region code of the handling organ', async () => {
    const matterLocation = { handlingOrgan: { type: 'court', name: '佛山市南海区人民法院', regionCode: '4406' } };
    expect(await invalidFields(OpenTicketDto, aRequest({ matterLocation }))).toEqual(['matterLocation.handlingOrgan.regionCode']);
  });

  it('refuses a first contact or an actor in the body: both come from the access token', async () => {
    const firstContact = { platform: '12348-hotline', organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };
    expect((await invalidFields(OpenTicketDto, aRequest({ firstContact, actor: { organisation: 'x' } }))).sort()).toEqual(['actor', 'firstContact']);
  });

  it.each([
    ['a name of zero-width spaces', {}, { name: '\u200b\u200b' }, 'caller.name'],
    ['a blank summary', { summary: ' \u3000 ' }, {}, 'summary'],
    ['an accessibility need of only a BOM', {}, { accessibilityNeeds: ['\ufeff'] }, 'caller.accessibilityNeeds'],
    ['a language that is no tag', {}, { language: 'Cantonese' }, 'caller.language'],
  ])('names the field of %s', async (_case, overrides, callerOverrides, field) => {
    expect(await invalidFields(OpenTicketDto, aRequest(overrides, callerOverrides))).toEqual([field]);
  });

  it('names a summary over 4000 characters', async () => {
    expect(await invalidFields(OpenTicketDto, aRequest({ summary: '欠'.repeat(4001) }))).toEqual(['summary']);
  });
});

describe(ListTicketsQueryDto.name, () => {
  it('defaults to the first page of 20', () => {
    expect(plainToInstance(ListTicketsQueryDto, {})).toMatchObject({ page: 1, pageSize: 20 });
  });

  it.each([
    [{ pageSize: '101' }, 'pageSize'],
    [{ page: '0' }, 'page'],
    [{ page: 'two' }, 'page'],
    [{ status: 'lost' }, 'status'],
    [{ regionCode: '44a' }, 'regionCode'],
    [{ openedFrom: '2026-11-23' }, 'openedFrom'],
    [{ channel: 'fax' }, 'channel'],
    [{ ticketNumber: '000042' }, 'ticketNumber'],
    [{ ticketNumber: '12348-' }, 'ticketNumber'],
    [{ ticketNumber: '12348-2026%' }, 'ticketNumber'],
    [{ ticketNumber: ['12348-2026', '12348-2027'] }, 'ticketNumber'],
    [{ callerPhone: '1381234567' }, 'callerPhone'],
    [{ callerPhone: 'tel:13812345678' }, 'callerPhone'],
    [{ callerPhone: '' }, 'callerPhone'],
  ])('names the field of the bad filter %j', async (query, field) => {
    expect(await invalidFields(ListTicketsQueryDto, query)).toEqual([field]);
  });

  it.each(['12348-20261123-000042', '12348-20261123', '12348-2'])('takes the ticket number or its leading part %s', async (ticketNumber) => {
    expect(await invalidFields(ListTicketsQueryDto, { ticketNumber })).toEqual([]);
  });

  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0757-83001234', '075783001234'],
  ])('reads the caller phone %s as %s', async (callerPhone, normalised) => {
    expect(await invalidFields(ListTicketsQueryDto, { callerPhone })).toEqual([]);
    expect(plainToInstance(ListTicketsQueryDto, { callerPhone }).callerPhone).toBe(normalised);
  });
});

describe('owner command DTOs', () => {
  it.each<[string, new () => object, Record<string, unknown>]>([
    ['an answer', AnswerCallerDto, { answer: '已告知来电人' }],
    ['a follow-up call', RecordFollowUpDto, { result: 'partly-resolved', satisfaction: 'basically-satisfied', note: null }],
    ['a transfer', TransferTicketDto, { partner: '12345', reason: 'not-ours' }],
    ['a referral by organisation id', ReferTicketDto, { organisationId: 'mediation-committee:440605011', organisationName: '桂城街道人民调解委员会', reason: '调解前期情况' }],
    ['a referral to a partner hotline', ReferTicketDto, { organisationId: 'partner-hotline:110', organisationName: '110', reason: 'danger' }],
    ['a merge', MergeTicketDto, { intoTicketId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', reason: '重复来电' }],
    ['a close', CloseTicketDto, {}],
  ])('accepts %s', async (_case, dtoClass, body) => {
    expect(await invalidFields(dtoClass, body)).toEqual([]);
  });

  it.each<[string, new () => object, Record<string, unknown>, string]>([
    ['an answer naming its actor', AnswerCallerDto, { actor: { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' }, answer: '已告知' }, 'actor'],
    ['a close naming its actor', CloseTicketDto, { actor: { organisation: '广东省12348公共法律服务热线' } }, 'actor'],
    ['a blank answer', AnswerCallerDto, { answer: '   ' }, 'answer'],
    ['an invisible answer', AnswerCallerDto, { answer: '\u200b\u2060' }, 'answer'],
    ['an unknown satisfaction', RecordFollowUpDto, { result: 'resolved', satisfaction: 'happy' }, 'satisfaction'],
    ['an unknown result', RecordFollowUpDto, { result: 'done', satisfaction: 'satisfied' }, 'result'],
    ['an invisible note', RecordFollowUpDto, { result: 'resolved', satisfaction: 'satisfied', note: '\ufeff' }, 'note'],
    ['a transfer for danger (only at opening)', TransferTicketDto, { partner: '110', reason: 'danger' }, 'reason'],
    ['a transfer to an unknown hotline', TransferTicketDto, { partner: '119', reason: 'not-ours' }, 'partner'],
    ['a merge into a malformed id', MergeTicketDto, { intoTicketId: 'T-1', reason: 'x' }, 'intoTicketId'],
    ['a referral without reason', ReferTicketDto, { organisationId: 'partner-hotline:110', organisationName: '110' }, 'reason'],
    ['a referral by display name instead of id', ReferTicketDto, { organisationId: '佛山市南海区人民法院', organisationName: '佛山市南海区人民法院', reason: 'x' }, 'organisationId'],
    ['a referral with an invisible name', ReferTicketDto, { organisationId: 'court:440605', organisationName: '\u200b', reason: 'x' }, 'organisationName'],
    ['a referral by the old field', ReferTicketDto, { organisation: '110', organisationId: 'partner-hotline:110', organisationName: '110', reason: 'x' }, 'organisation'],
  ])('names the field of %s', async (_case, dtoClass, body, field) => {
    expect(await invalidFields(dtoClass, body)).toEqual([field]);
  });
});

describe(TicketLookupDto.name, () => {
  it('accepts a reference and a 6-digit code', async () => {
    expect(await invalidFields(TicketLookupDto, { reference: '7K3M9Q2XHP', code: '482913' })).toEqual([]);
  });

  it('reads a reference as a caller types it', () => {
    expect(plainToInstance(TicketLookupDto, { reference: '7k3m-9q2x-hp', code: '482913' }).reference).toBe('7K3M9Q2XHP');
  });

  it.each([
    [{ reference: '7K3M9Q2XHP', code: '48291' }, 'code'],
    [{ reference: '7K3M9Q2XHP', code: 482913 }, 'code'],
    [{ reference: '12348-20261123-000042', code: '482913' }, 'reference'],
    [{ reference: '7K3M9Q2XH', code: '482913' }, 'reference'],
    [{ reference: '7K3M9Q2XHU', code: '482913' }, 'reference'],
  ])('names the field of %j', async (body, field) => {
    expect(await invalidFields(TicketLookupDto, body)).toEqual([field]);
  });
});

describe(OwnerTicketsQueryDto.name, () => {
  it('takes no organisation: the view is the token\'s organisation\'s', async () => {
    expect(await invalidFields(OwnerTicketsQueryDto, { organisation: '广东省12348公共法律服务热线' })).toEqual(['organisation']);
  });

  it('reads mine=true as a boolean', () => {
    expect(plainToInstance(OwnerTicketsQueryDto, { mine: 'true' }).mine).toBe(true);
  });
});

describe('the hotline desk\'s requests', () => {
  const resolve = { mode: 'resolve', answer: '可以申请劳动仲裁。', citedArticles: ['《劳动争议调解仲裁法》第二十七条'], caseEducationGiven: true };

  it.each([
    ['an answer at first contact', resolve],
    ['a question kept at the desk', { mode: 'desk' }],
    ['a consultation sent to routing with a reason', { mode: 'dispatch', reason: '需当地法律援助中心跟进' }],
  ])('accepts %s', async (_case, handling) => {
    expect(await invalidFields(OpenTicketDto, aRequest({ requestType: 'consultation', handling, specialLine: 'migrant-wages' }))).toEqual([]);
  });

  it.each([
    [{ mode: 'answer' }, ['handling.mode']],
    [{ mode: 'resolve', caseEducationGiven: true }, ['handling.answer']],
    [{ mode: 'resolve', answer: '可以申请仲裁。' }, ['handling.caseEducationGiven']],
    [{ ...resolve, knowledgeEntryIds: ['kb-1'] }, ['handling.knowledgeEntryIds']],
    [{ ...resolve, citedArticles: Array.from({ length: 21 }, () => '第一条') }, ['handling.citedArticles']],
    [{ mode: 'dispatch', reason: '' }, ['handling.reason']],
  ])('names the field at fault in the handling %j', async (handling, fields) => {
    expect(await invalidFields(OpenTicketDto, aRequest({ requestType: 'consultation', handling }))).toEqual(fields);
  });

  it.each(['Migrant_Wages', 'x', 'a'.repeat(41)])('names specialLine for the code %s', async (specialLine) => {
    expect(await invalidFields(OpenTicketDto, aRequest({ specialLine }))).toEqual(['specialLine']);
  });

  it('takes a desk resolution with or without knowledge entries and citations, but always says whether the case was explained', async () => {
    expect(await invalidFields(DeskResolutionDto, { answer: '可以申请仲裁。', caseEducationGiven: false })).toEqual([]);
    expect(await invalidFields(DeskResolutionDto, { answer: '', knowledgeEntryIds: ['nope'] })).toEqual(['answer', 'knowledgeEntryIds', 'caseEducationGiven']);
  });

  it('takes a work order with a request type and a reason', async () => {
    expect(await invalidFields(WorkOrderDto, { requestType: 'legal-aid-application', reason: '申请法律援助' })).toEqual([]);
    expect(await invalidFields(WorkOrderDto, { requestType: 'appeal' })).toEqual(['requestType', 'reason']);
  });

  it('takes a public question from the web, the app or WeChat only', async () => {
    const question = { channel: 'web', question: '被拖欠工资怎么办？', legalCategory: 'labour-remuneration', regionCode: '440605011', callerName: '黄志强', callerPhone: '13926001234' };
    expect(await invalidFields(AskQuestionDto, question)).toEqual([]);
    expect(await invalidFields(AskQuestionDto, { ...question, channel: 'hotline', language: 'klingon-x-y-z-too-long', firstContact: {} })).toEqual(
      expect.arrayContaining(['channel', 'language', 'firstContact']),
    );
  });

  it('reads the callback list filters from the query string', () => {
    expect(plainToInstance(ListTicketsQueryDto, { followUpSampled: 'true', followUpRecorded: 'false' })).toMatchObject({ followUpSampled: true, followUpRecorded: false });
  });
});
