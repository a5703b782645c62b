import { describe, expect, it } from 'vitest';
import { actionsAllowed } from './ticket-actions';

// A case 110 forwarded in Nanhai: 110 is its first contact, the Guangdong 12348 platform answers it.
const forwarded = (status: string, changes: { followUp?: object | null; merge?: object | null } = {}) =>
  ({
    status,
    responsible: { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'region-platform' },
    answer: null,
    followUp: changes.followUp ?? null,
    merge: changes.merge ?? null,
    handling: 'dispatch',
    deskResolution: null,
  }) as Parameters<typeof actionsAllowed>[0];

// A consultation Guangdong's agent kept at the desk (坐席).
const atDesk = (status: string, changes: { followUp?: object | null; deskResolution?: object | null } = {}) =>
  ({
    status,
    responsible: { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'first-contact' },
    answer: null,
    followUp: changes.followUp ?? null,
    merge: null,
    handling: 'desk',
    deskResolution: changes.deskResolution ?? null,
  }) as Parameters<typeof actionsAllowed>[0];

const agentGd = { organisationId: '12348-gd', roles: ['hotline-agent'] };
const leadGd = { organisationId: '12348-gd', roles: ['owner-lead'] };

describe(actionsAllowed.name, () => {
  it('lets the responsible platform act on a case another hotline received first', () => {
    expect(actionsAllowed(forwarded('accepted'), agentGd)).toMatchObject({ answer: true, callerDetails: true });
    expect(actionsAllowed(forwarded('accepted'), leadGd)).toMatchObject({ merge: true });
  });

  it('offers nothing to the first contact or another platform, which are not responsible', () => {
    const partner = { organisationId: 'partner-hotline:110', roles: ['hotline-agent', 'owner-lead'] };
    const guizhou = { organisationId: '12348-gz', roles: ['hotline-agent', 'owner-lead'] };
    for (const principal of [partner, guizhou, { organisationId: null, roles: ['hotline-agent'] }]) {
      expect(Object.values(actionsAllowed(forwarded('follow-up-due', { followUp: {} }), principal)).some(Boolean)).toBe(false);
    }
  });

  it('lets the agent answer a ticket passed to a partner hotline, but nobody close or merge it', () => {
    expect(actionsAllowed(forwarded('transferred-out'), agentGd)).toMatchObject({ answer: true, reopen: true, transfer: false });
    expect(actionsAllowed(forwarded('transferred-out', { followUp: {} }), leadGd)).toMatchObject({ close: false, merge: false });
  });

  it('closes only after the follow-up call, by the responsible lead', () => {
    expect(actionsAllowed(forwarded('follow-up-due'), leadGd).close).toBe(false);
    expect(actionsAllowed(forwarded('follow-up-due', { followUp: {} }), leadGd).close).toBe(true);
    expect(actionsAllowed(forwarded('follow-up-due', { followUp: {} }), agentGd).close).toBe(false);
  });

  it.each([
    ['returned-to-owner', true],
    ['reopened', true],
    ['transferred-out', false],
    ['awaiting-acceptance', false],
    ['closed', false],
  ])('offers the transfer to a partner hotline in %s: %s', (status, offered) => {
    expect(actionsAllowed(forwarded(status), agentGd).transfer).toBe(offered);
    expect(actionsAllowed(forwarded(status), leadGd).transfer).toBe(false);
  });

  it('answers nothing closed or merged', () => {
    expect(actionsAllowed(forwarded('closed'), agentGd)).toMatchObject({ answer: false, reopen: true });
    expect(actionsAllowed(forwarded('merged', { merge: {} }), leadGd)).toMatchObject({ merge: false, unmerge: true });
  });

  it('answers a desk ticket by closing it at the desk, and turns it into a work order until it leaves', () => {
    expect(actionsAllowed(atDesk('at-desk'), agentGd)).toMatchObject({ deskResolve: true, workOrder: true, answer: false, transfer: true });
    expect(actionsAllowed(atDesk('reopened'), agentGd)).toMatchObject({ deskResolve: true, workOrder: true });
    expect(actionsAllowed(atDesk('at-desk'), leadGd)).toMatchObject({ deskResolve: false, workOrder: false });
    expect(actionsAllowed(atDesk('transferred-out'), agentGd)).toMatchObject({ deskResolve: false, workOrder: false });
    expect(actionsAllowed(forwarded('accepted'), agentGd)).toMatchObject({ deskResolve: false, workOrder: false });
  });

  it('calls back a ticket closed at the desk once, and may still turn it into a work order', () => {
    const resolved = atDesk('closed', { deskResolution: {} });
    expect(actionsAllowed(resolved, agentGd)).toMatchObject({ followUp: true, deskResolve: false, workOrder: true, reopen: true });
    expect(actionsAllowed(atDesk('closed', { deskResolution: {}, followUp: {} }), agentGd).followUp).toBe(false);
  });
});
