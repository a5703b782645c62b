import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationDetails } from '@legal-hotline/service-runtime';
import {
  AnswerCallerDto,
  ListTicketsQueryDto,
  MergeTicketDto,
  OpenTicketDto,
  OwnerTicketsQueryDto,
  RecordFollowUpDto,
  ReferTicketDto,
  TicketLookupQueryDto,
  TransferTicketDto,
} from './ticket.dto.js';

function aRequest(overrides: Record<string, unknown> = {}, callerOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'hotline',
    firstContact: { platform: '12348-hotline', organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' },
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
  const errors = await validate(plainToInstance(dtoClass, body), { whitelist: true, forbidNonWhitelisted: true });
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

  it('names a missing first contact and an unexpected field', async () => {
    const { firstContact: _omitted, ...withoutFirstContact } = aRequest();
    expect((await invalidFields(OpenTicketDto, { ...withoutFirstContact, priority: 'high' })).sort()).toEqual(['firstContact', 'priority']);
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
  ])('names the field of the bad filter %j', async (query, field) => {
    expect(await invalidFields(ListTicketsQueryDto, query)).toEqual([field]);
  });
});

const actor = { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };

describe('owner command DTOs', () => {
  it.each<[string, new () => object, Record<string, unknown>]>([
    ['an answer', AnswerCallerDto, { actor, answer: '已告知来电人' }],
    ['an answer by a system actor', AnswerCallerDto, { actor: { organisation: '广东省12348公共法律服务热线', agent: null }, answer: '已告知' }],
    ['a follow-up call', RecordFollowUpDto, { actor, result: 'partly-resolved', satisfaction: 'basically-satisfied', note: null }],
    ['a transfer', TransferTicketDto, { actor, partner: '12345', reason: 'not-ours' }],
    ['a referral', ReferTicketDto, { actor, organisation: '110', reason: 'danger' }],
    ['a merge', MergeTicketDto, { actor, intoTicketId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', reason: '重复来电' }],
  ])('accepts %s', async (_case, dtoClass, body) => {
    expect(await invalidFields(dtoClass, body)).toEqual([]);
  });

  it.each<[string, new () => object, Record<string, unknown>, string]>([
    ['an answer without actor', AnswerCallerDto, { answer: '已告知' }, 'actor'],
    ['an actor without organisation', AnswerCallerDto, { actor: { agent: 'a' }, answer: '已告知' }, 'actor.organisation'],
    ['a blank answer', AnswerCallerDto, { actor, answer: '   ' }, 'answer'],
    ['an unknown satisfaction', RecordFollowUpDto, { actor, result: 'resolved', satisfaction: 'happy' }, 'satisfaction'],
    ['an unknown result', RecordFollowUpDto, { actor, result: 'done', satisfaction: 'satisfied' }, 'result'],
    ['a transfer for danger (only at opening)', TransferTicketDto, { actor, partner: '110', reason: 'danger' }, 'reason'],
    ['a transfer to an unknown hotline', TransferTicketDto, { actor, partner: '119', reason: 'not-ours' }, 'partner'],
    ['a merge into a malformed id', MergeTicketDto, { actor, intoTicketId: 'T-1', reason: 'x' }, 'intoTicketId'],
    ['a referral without reason', ReferTicketDto, { actor, organisation: '110' }, 'reason'],
  ])('names the field of %s', async (_case, dtoClass, body, field) => {
    expect(await invalidFields(dtoClass, body)).toEqual([field]);
  });
});

describe(TicketLookupQueryDto.name, () => {
  it('accepts a ticket number and four digits', async () => {
    expect(await invalidFields(TicketLookupQueryDto, { ticketNumber: '12348-20261123-000042', phoneLast4: '5678' })).toEqual([]);
  });

  it.each([
    [{ ticketNumber: '12348-20261123-000042', phoneLast4: '567' }, 'phoneLast4'],
    [{ ticketNumber: '12348-20261123-000042', phoneLast4: '13812345678' }, 'phoneLast4'],
    [{ ticketNumber: '20261123-000042', phoneLast4: '5678' }, 'ticketNumber'],
  ])('names the field of %j', async (query, field) => {
    expect(await invalidFields(TicketLookupQueryDto, query)).toEqual([field]);
  });
});

describe(OwnerTicketsQueryDto.name, () => {
  it('needs the organisation', async () => {
    expect(await invalidFields(OwnerTicketsQueryDto, { agent: 'agent-0731' })).toEqual(['organisation']);
  });
});
