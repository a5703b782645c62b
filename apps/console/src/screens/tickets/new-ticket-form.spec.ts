import { describe, expect, it } from 'vitest';
import { EMPTY_TICKET, isSearchablePhone, normalisePhone, openTicketRequestOf } from './new-ticket-form';

describe('the new-ticket form', () => {
  it('sends the last code of each region path and digits-only phone numbers', () => {
    const body = openTicketRequestOf({
      channel: 'hotline',
      callerName: ' 张三 ',
      callerPhone: '138 1234-5678',
      language: 'yue',
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      region: ['440000', '440600', '440605', '440605011'],
      arosenIn: ['440000', '440600', '440605'],
      summary: '  讨要工资  ',
      migrantWorkerWageClaim: true,
    });
    expect(body).toMatchObject({
      channel: 'hotline',
      caller: { name: '张三', phone: '13812345678', language: 'yue' },
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605' },
      summary: '讨要工资',
      flags: { urgent: false, dangerous: false, migrantWorkerWageClaim: true, veteran: false },
    });
    expect(body.matterLocation?.handlingOrgan).toBeUndefined();
    expect(body.caller.idNumber).toBeUndefined();
    expect(body.caller.accessibilityNeeds).toBeUndefined();
  });

  it('sends the handling organ only when one of its fields was filled, and no matter location when empty', () => {
    expect(openTicketRequestOf({ region: ['440605'] }).matterLocation).toBeUndefined();
    const body = openTicketRequestOf({ organType: 'court', organName: '佛山市南海区人民法院', organRegion: ['440000', '440600', '440605'] });
    expect(body.matterLocation).toEqual({ arosenInRegionCode: undefined, handlingOrgan: { type: 'court', name: '佛山市南海区人民法院', regionCode: '440605' } });
  });

  it('leaves validation to the service: empty required fields go as empty strings, so the answer names them', () => {
    const body = openTicketRequestOf({});
    expect(body.caller.name).toBe('');
    expect(body.regionCode).toBe('');
    expect(body.summary).toBe('');
  });

  it('recognises complete mobile and landline numbers for the duplicate check', () => {
    expect(normalisePhone('0757-8300 1234')).toBe('075783001234');
    expect(isSearchablePhone('13812345678')).toBe(true);
    expect(isSearchablePhone('075783001234')).toBe(true);
    expect(isSearchablePhone('1381234')).toBe(false);
    expect(isSearchablePhone(undefined)).toBe(false);
  });

  it('answers a consultation at first contact with the entries and articles it cited', () => {
    const body = openTicketRequestOf({
      ...EMPTY_TICKET,
      requestType: 'consultation',
      answer: ' 可以申请劳动仲裁。 ',
      citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
      knowledgeEntries: [{ id: 'e1', title: '追索劳动报酬的仲裁时效' }],
      specialLine: 'migrant-wages',
    });
    expect(body.handling).toEqual({
      mode: 'resolve',
      answer: '可以申请劳动仲裁。',
      citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
      knowledgeEntryIds: ['e1'],
      caseEducationGiven: true,
    });
    expect(body.specialLine).toBe('migrant-wages');
  });

  it('keeps a complaint at the desk, or sends it to a body with the reason', () => {
    expect(openTicketRequestOf({ requestType: 'complaint-or-suggestion', handlingMode: 'desk', answer: '未发送' }).handling).toEqual({
      mode: 'desk',
      citedArticles: [],
      knowledgeEntryIds: [],
    });
    expect(openTicketRequestOf({ requestType: 'consultation', handlingMode: 'dispatch', dispatchReason: ' 需当地中心上门 ' }).handling).toMatchObject({
      mode: 'dispatch',
      reason: '需当地中心上门',
    });
  });

  it('sends applications to routing without a handling choice', () => {
    const body = openTicketRequestOf({ ...EMPTY_TICKET, requestType: 'legal-aid-application', answer: '草稿里留下的答复' });
    expect(body.handling).toBeUndefined();
    expect(body.specialLine).toBeUndefined();
  });
});
