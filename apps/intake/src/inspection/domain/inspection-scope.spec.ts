import { describe, expect, it } from '@jest/globals';
import type { Principal, Role } from '@legal-hotline/auth';
import { drawScopeOf, figuresSelectionOf, inspectionScopeOf, ownFiguresSelectionOf } from './inspection-scope.js';

function aPrincipal(roles: Role[], organisationId: string | null, area: string | null = null): Principal {
  return {
    subject: `subject-${roles.join('-')}`,
    name: '测试',
    username: null,
    roles: new Set(roles),
    organisation: organisationId ? { id: organisationId, name: organisationId } : null,
    area,
  };
}

const supervisorFoshan = aPrincipal(['supervisor'], 'justice-foshan', '440600');
const leadGd = aPrincipal(['owner-lead', 'hotline-agent'], '12348-gd');
const agentGd = aPrincipal(['hotline-agent'], '12348-gd');

describe(drawScopeOf.name, () => {
  it("draws over a supervisor's area and an owner lead's organisation", () => {
    expect(drawScopeOf(supervisorFoshan, undefined)).toEqual({
      ok: true,
      scope: { kind: 'area', regionPrefix: '4406', key: 'area:4406' },
    });
    expect(drawScopeOf(leadGd, undefined)).toEqual({
      ok: true,
      scope: { kind: 'organisation', organisationId: '12348-gd', key: 'organisation:12348-gd' },
    });
    expect(drawScopeOf(leadGd, '12348-gd')).toEqual(drawScopeOf(leadGd, undefined));
  });

  it("refuses another organisation's draw, and anyone without an area or an organisation to lead", () => {
    expect(drawScopeOf(leadGd, '12348-gz')).toEqual({ ok: false, refusal: 'other-organisation' });
    expect(drawScopeOf(supervisorFoshan, '12348-gd')).toEqual({ ok: false, refusal: 'other-organisation' });
    expect(drawScopeOf(agentGd, undefined)).toEqual({ ok: false, refusal: 'no-scope' });
    expect(drawScopeOf(aPrincipal(['supervisor'], 'justice', '44'), undefined)).toEqual({
      ok: false,
      refusal: 'no-scope',
    });
  });
});

describe(figuresSelectionOf.name, () => {
  it('gives supervisors and leads every agent of their scope, an agent only its own row', () => {
    expect(figuresSelectionOf(supervisorFoshan, undefined)).toEqual({
      ok: true,
      selection: { scope: { regionPrefix: '4406', organisationId: null }, agentId: null, organisationId: null },
    });
    expect(figuresSelectionOf(supervisorFoshan, '12348-gd')).toMatchObject({
      ok: true,
      selection: { organisationId: '12348-gd' },
    });
    expect(figuresSelectionOf(leadGd, undefined)).toEqual({
      ok: true,
      selection: { scope: inspectionScopeOf(leadGd), agentId: null, organisationId: null },
    });
    expect(figuresSelectionOf(agentGd, undefined)).toEqual({ ok: true, selection: ownFiguresSelectionOf(agentGd) });
    expect(ownFiguresSelectionOf(agentGd)).toEqual({
      scope: { regionPrefix: null, organisationId: '12348-gd' },
      agentId: agentGd.subject,
      organisationId: null,
    });
  });

  it("refuses a lead or an agent another organisation's figures", () => {
    expect(figuresSelectionOf(leadGd, '12348-gz')).toEqual({ ok: false, refusal: 'other-organisation' });
    expect(figuresSelectionOf(agentGd, '12348-gz')).toEqual({ ok: false, refusal: 'other-organisation' });
  });
});
