import { describe, expect, it } from '@jest/globals';
import { createEvent, parseEvent, type PartnerCaseReceivedV1, type PartnerHotline, type TicketFlags } from '@legal-hotline/contracts';
import { openPartnerTicket, openTicket, platformOf, type OpenTicketCommand, type OpeningIds } from './open-ticket.js';
import { DEFAULT_PROVINCIAL_PLATFORMS, type ProvincialPlatforms } from './provincial-platforms.js';
import type { CallerFingerprint, CallerLookupKey } from './ticket.js';

const NOW = new Date('2026-11-23T02:15:00Z');

function aCommand(overrides: Partial<OpenTicketCommand> = {}): OpenTicketCommand {
  return {
    channel: 'hotline',
    firstContact: { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', agent: '林晓', agentId: 'subject-lin-xiao' },
    caller: { name: '陈大明', phone: '13812345678', idNumber: '440605199001011236', language: 'yue', accessibilityNeeds: [] },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
    flags: { migrantWorkerWageClaim: true },
    regionCodeReplacements: [],
    handling: null,
    specialLine: null,
    ...overrides,
  };
}

function idsFor(): OpeningIds {
  let counter = 0;
  return {
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    eventId: '3b6f1c2a-8d4e-4f5a-9b0c-1d2e3f4a5b60',
    sequenceNumber: 42,
    correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6',
    causationId: null,
    newId: () => `aaaaaaaa-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  };
}
const ids = idsFor();
const fingerprint: CallerFingerprint = { phoneHash: 'p'.repeat(64), idNumberHash: 'i'.repeat(64) };
const lookupKey: CallerLookupKey = { reference: '7K3M9Q2XHP', codeHash: 'c'.repeat(64) };

describe(openTicket.name, () => {
  const sut = (command: OpenTicketCommand, openingIds: OpeningIds, now: Date, callerFingerprint: CallerFingerprint) =>
    openTicket(command, openingIds, now, callerFingerprint, lookupKey, { followUpSampleShare: 0.2 });

  it('opens a received ticket whose first contact is the receiving platform at the server time', () => {
    const { ticket, entry } = sut(aCommand(), ids, NOW, fingerprint);
    expect(ticket).toMatchObject({
      id: ids.ticketId,
      ticketNumber: '12348-20261123-000042',
      status: 'received',
      currentAssignment: null,
      firstContact: {
        platform: '12348-hotline',
        organisationId: '12348-gd',
        organisation: '广东省12348公共法律服务热线',
        agent: '林晓',
        agentId: 'subject-lin-xiao',
        receivedAt: NOW,
      },
      openedAt: NOW,
      callerLookup: lookupKey,
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: false },
      callerFingerprint: fingerprint,
      hops: [],
      watchers: [],
      answer: null,
      followUp: null,
    });
    expect(entry).toMatchObject({
      eventId: ids.eventId,
      at: NOW,
      source: 'intake',
      actor: '林晓',
      actorOrganisationId: '12348-gd',
      actorId: 'subject-lin-xiao',
      kind: 'ticket.opened',
      statusAfter: 'received',
    });
  });

  it('makes the receiving organisation responsible: it answers the caller and closes', () => {
    const { ticket, entry } = sut(aCommand(), ids, NOW, fingerprint);
    expect(ticket.responsible).toEqual({ organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'first-contact' });
    expect(entry.note).toContain('广东省12348公共法律服务热线 answers the caller and closes (first contact)');
  });

  it('emits ticket.opened.v1 keyed by the ticket, with the caller masked and nothing identifying in it', () => {
    const { event } = sut(aCommand(), ids, NOW, fingerprint);
    expect(event).toMatchObject({ id: ids.eventId, type: 'ticket.opened.v1', source: 'intake', subject: ids.ticketId, correlationId: ids.correlationId, causationId: null });
    expect(event.data.caller).toEqual({ maskedName: '陈**', maskedPhone: '138********', language: 'yue', accessibilityNeeds: [] });
    const wire = JSON.stringify(event);
    for (const secret of ['陈大明', '13812345678', '440605199001011236', '5678', lookupKey.reference, lookupKey.codeHash]) expect(wire).not.toContain(secret);
    expect(parseEvent(wire).kind).toBe('event');
  });

  it('announces the first contact with its ids, as the token named them', () => {
    expect(sut(aCommand(), ids, NOW, fingerprint).event.data.firstContact).toEqual({
      platform: '12348-hotline',
      organisationId: '12348-gd',
      organisation: '广东省12348公共法律服务热线',
      agent: '林晓',
      agentId: 'subject-lin-xiao',
      receivedAt: NOW.toISOString(),
    });
  });

  it.each([
    ['web', '12348-network'],
    ['station', '12348-station'],
  ] as const)('records a %s request as received on %s', (channel, platform) => {
    expect(sut(aCommand({ channel }), ids, NOW, fingerprint).ticket.firstContact.platform).toBe(platform);
  });

  it('records the green channel for a migrant worker\'s wage claim: priority and the exemption from means verification', () => {
    const { ticket, entry } = sut(aCommand(), ids, NOW, fingerprint);
    expect(ticket).toMatchObject({
      priority: 'green-channel',
      meansTestExemption: { basis: 'Legal Aid Law Art. 42(3)', reason: expect.stringContaining('migrant worker') },
      specialChannel: null,
    });
    expect(entry.note).toContain('no means verification (Legal Aid Law Art. 42(3))');
  });

  it('records the special channel of a veteran', () => {
    const { ticket } = sut(aCommand({ flags: { veteran: true } }), ids, NOW, fingerprint);
    expect(ticket).toMatchObject({ priority: 'green-channel', meansTestExemption: null, specialChannel: { basis: 'Veterans Protection Law Art. 70' } });
  });

  it('escalates nothing for a matter that is not dangerous', () => {
    expect(sut(aCommand(), ids, NOW, fingerprint).escalation).toEqual({ entries: [], events: [] });
  });

  describe('a dangerous matter', () => {
    const dangerous = () => sut(aCommand({ flags: { migrantWorkerWageClaim: true, dangerous: true } }), idsFor(), NOW, fingerprint);

    it('is urgent, and still opens received so routing handles the legal matter', () => {
      const { ticket, event } = dangerous();
      expect(ticket).toMatchObject({ status: 'received', priority: 'urgent' });
      expect(event.data.flags.dangerous).toBe(true);
    });

    it('requests a transfer to 110 in the same opening, with the caller\'s name and phone so 110 can reach them', () => {
      const [transfer] = dangerous().escalation.events;
      expect(transfer).toMatchObject({
        type: 'partner-transfer.requested.v1',
        source: 'intake',
        correlationId: ids.correlationId,
        causationId: null,
        data: {
          ticketId: ids.ticketId,
          ticketNumber: '12348-20261123-000042',
          partner: '110',
          reason: 'danger',
          urgent: true,
          caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
          requestedBy: { organisation: '广东省12348公共法律服务热线', organisationId: '12348-gd', agent: '林晓', agentId: 'subject-lin-xiao' },
        },
      });
      expect(transfer?.subject).toBe(transfer?.type === 'partner-transfer.requested.v1' ? transfer.data.transferId : 'not a transfer');
    });

    it('alerts a supervisor (critical) and lets 110 see the ticket', () => {
      const { ticket, escalation } = dangerous();
      expect(escalation.events[1]).toMatchObject({ type: 'supervision.alert-raised.v1', subject: ids.ticketId, data: { kind: 'danger-reported', severity: 'critical', ticketId: ids.ticketId } });
      expect(ticket.watchers).toEqual([expect.objectContaining({ organisationId: 'partner-hotline:110', organisation: '110', reason: 'danger' })]);
      expect(ticket.transfers).toEqual([expect.objectContaining({ partner: '110', reason: 'danger', delivery: 'pending' })]);
    });

    it('writes the transfer request, the referral and the alert into the timeline', () => {
      expect(dangerous().escalation.entries.map((e) => [e.kind, e.statusAfter])).toEqual([
        ['partner-transfer.requested.v1', 'received'],
        ['ticket.referred', 'received'],
        ['supervision.alert-raised.v1', 'received'],
      ]);
    });
  });

  it('notes a retired region code that was replaced by its successor', () => {
    const { entry } = sut(aCommand({ regionCodeReplacements: [{ field: 'regionCode', given: '440116', recordedAs: '440112' }] }), ids, NOW, fingerprint);
    expect(entry.note).toContain('regionCode 440116 is retired and was recorded as 440112');
  });
});

describe(platformOf.name, () => {
  it.each([
    ['hotline', '12348-hotline'],
    ['web', '12348-network'],
    ['app', '12348-network'],
    ['wechat', '12348-network'],
    ['station', '12348-station'],
  ] as const)('puts the %s channel on %s', (channel, platform) => {
    expect(platformOf(channel)).toBe(platform);
  });
});

describe(openPartnerTicket.name, () => {
  const partnerCase: PartnerCaseReceivedV1 = {
    ticketId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    partner: '110',
    partnerName: '佛山市公安局110指挥中心',
    partnerReference: '110-FS-20261123-0099',
    caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: '报警人称被拖欠工资，非警务警情，转12348。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    receivedAt: '2026-11-23T02:10:00.000Z',
  };
  const forwardedInput = {
    id: 'ab2c3d4e-5f60-4172-8384-950617283940',
    type: 'partner-case.received.v1',
    source: 'hotline-exchange',
    subject: partnerCase.ticketId,
    occurredAt: new Date('2026-11-23T02:10:00Z'),
    correlationId: 'partner-flow',
    causationId: null,
    data: partnerCase,
  } as const;
  const forwarded = createEvent(forwardedInput);
  const forwardOf = (data: Partial<PartnerCaseReceivedV1>) => createEvent({ ...forwardedInput, data: { ...partnerCase, ...data } });
  const openForward = (event: typeof forwarded, platforms: ProvincialPlatforms = DEFAULT_PROVINCIAL_PLATFORMS) =>
    openPartnerTicket(event, { eventId: ids.eventId, sequenceNumber: 7, newId: idsFor().newId }, NOW, fingerprint, platforms);

  it('opens the ticket under the shared id with the partner as first contact and the partner receipt time', () => {
    const { ticket } = openForward(forwarded);
    expect(ticket).toMatchObject({
      id: partnerCase.ticketId,
      channel: 'partner',
      partnerReference: '110-FS-20261123-0099',
      firstContact: {
        platform: '110',
        organisationId: 'partner-hotline:110',
        organisation: '佛山市公安局110指挥中心',
        agent: null,
        agentId: null,
        receivedAt: new Date('2026-11-23T02:10:00Z'),
      },
      openedAt: NOW,
      callerLookup: null,
    });
  });

  it('keeps the partner as first contact and makes the provincial platform of the region responsible', () => {
    const { ticket, entry } = openForward(forwarded);
    expect(ticket.responsible).toEqual({ organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'region-platform' });
    expect(entry).toMatchObject({ actor: '佛山市公安局110指挥中心', actorOrganisationId: 'partner-hotline:110', actorId: null });
    expect(entry.note).toBe(
      'forwarded by 110 (佛山市公安局110指挥中心), partner reference 110-FS-20261123-0099; 广东省12348公共法律服务热线 answers the caller and closes (region platform); priority green-channel; no means verification (Legal Aid Law Art. 42(3))',
    );
  });

  it.each([
    ['Guizhou', '520581', '12348-gz', '贵州省12348公共法律服务热线'],
    ['Beijing', '110101', '12348-bj', '北京市12348公共法律服务热线'],
    ['Xinjiang', '650102', '12348-xj', '新疆维吾尔自治区12348公共法律服务热线'],
  ])('gives a case in %s (%s) to that province\'s platform', (_province, regionCode, organisationId, organisation) => {
    expect(openForward(forwardOf({ regionCode })).ticket.responsible).toEqual({ organisationId, organisation, basis: 'region-platform' });
  });

  it('gives the case to the 12348 platform the partner chose, wherever the case lies', () => {
    const { ticket, entry } = openForward(forwardOf({ responsibleOrganisationId: '12348-gz' }));
    expect(ticket.responsible).toEqual({ organisationId: '12348-gz', organisation: '贵州省12348公共法律服务热线', basis: 'partner-choice' });
    expect(ticket.firstContact.organisationId).toBe('partner-hotline:110');
    expect(entry.note).toContain('贵州省12348公共法律服务热线 answers the caller and closes (chosen by 110)');
  });

  it.each(['12348-xx', 'partner-hotline:110', 'legal-aid-centre:440605'])('falls back to the region platform when the partner chose %s, which is no 12348 platform, and says so', (chosen) => {
    const { ticket, entry } = openForward(forwardOf({ responsibleOrganisationId: chosen }));
    expect(ticket.responsible).toEqual({ organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'region-platform' });
    expect(entry.note).toContain(`广东省12348公共法律服务热线 answers the caller and closes (region platform; 110 chose ${chosen}, which is no 12348 platform)`);
  });

  it('takes the platforms from the table it is given, so an overridden province answers under its own id', () => {
    const platforms = DEFAULT_PROVINCIAL_PLATFORMS.map((p) => (p.provinceNumber === '44' ? { ...p, id: '12348-guangdong', name: '广东12348热线' } : p));
    expect(openForward(forwarded, platforms).ticket.responsible).toEqual({ organisationId: '12348-guangdong', organisation: '广东12348热线', basis: 'region-platform' });
    expect(openForward(forwardOf({ responsibleOrganisationId: '12348-gd' }), platforms).ticket.responsible.basis).toBe('region-platform');
  });

  it('refuses a case whose region lies in no province, unless the partner chose a platform', () => {
    expect(() => openForward(forwardOf({ regionCode: '990101' }))).toThrow(expect.objectContaining({ code: 'TICKET.NO_RESPONSIBLE_PLATFORM', field: 'regionCode' }));
    expect(openForward(forwardOf({ regionCode: '990101', responsibleOrganisationId: '12348-gd' })).ticket.responsible.basis).toBe('partner-choice');
  });

  const dangerousForward = (partner: PartnerHotline) => {
    const flags: TicketFlags = { ...partnerCase.flags, dangerous: true };
    return createEvent({ ...forwardedInput, data: { ...partnerCase, partner, flags } });
  };

  it.each(['12345', '12355', '12368'] as const)('escalates a dangerous case forwarded by %s like one taken on the hotline: transfer to 110 and alert', (partner) => {
    const { escalation } = openForward(dangerousForward(partner));
    expect(escalation.events.map((e) => e.type)).toEqual(['partner-transfer.requested.v1', 'supervision.alert-raised.v1']);
    expect(escalation.events[0]).toMatchObject({ correlationId: 'partner-flow', causationId: forwardedInput.id, data: { partner: '110', reason: 'danger' } });
  });

  it('passes a dangerous forward to 110 on behalf of the responsible platform, which answers for the ticket', () => {
    const { escalation } = openForward(dangerousForward('12345'));
    const [transfer] = escalation.events;
    expect(transfer?.type === 'partner-transfer.requested.v1' && transfer.data.requestedBy).toEqual({
      organisation: '广东省12348公共法律服务热线',
      organisationId: '12348-gd',
      agent: null,
    });
    expect(escalation.entries[0]).toMatchObject({ actor: '广东省12348公共法律服务热线', actorOrganisationId: '12348-gd', actorId: null });
  });

  it('does not send a dangerous case back to 110 when 110 forwarded it, but still alerts a supervisor', () => {
    const { ticket, escalation } = openForward(dangerousForward('110'));
    expect(escalation.events.map((e) => e.type)).toEqual(['supervision.alert-raised.v1']);
    expect(ticket.watchers).toEqual([]);
    expect(ticket.priority).toBe('urgent');
  });

  it('emits ticket.opened.v1 in the partner flow, caused by the forward, with the caller masked', () => {
    const { event } = openForward(forwarded);
    expect(event).toMatchObject({ subject: partnerCase.ticketId, correlationId: 'partner-flow', causationId: forwarded.id });
    expect(event.data.caller).toMatchObject({ maskedName: '陈**', maskedPhone: '138********' });
    expect(event.data.firstContact).toMatchObject({ organisationId: 'partner-hotline:110', agent: null });
    expect(event.data.firstContact).not.toHaveProperty('agentId');
    expect(JSON.stringify(event)).not.toContain('13812345678');
  });
});
