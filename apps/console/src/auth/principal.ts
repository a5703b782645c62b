// Who is signed in, as the access token says. The services verify the token; the console only
// reads its claims to show the screens the person's roles allow.

export type Role = 'hotline-agent' | 'owner-lead' | 'office-staff' | 'supervisor' | 'directory-admin' | 'exchange-admin';

export interface Principal {
  subject: string;
  name: string;
  username: string;
  roles: Role[];
  organisationId: string | null;
  organisationName: string | null;
  /** Supervisor's area: a region code prefix such as "4406". */
  area: string | null;
}

const KNOWN_ROLES: readonly Role[] = ['hotline-agent', 'owner-lead', 'office-staff', 'supervisor', 'directory-admin', 'exchange-admin'];

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

export function principalOf(claims: Record<string, unknown>): Principal {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const rawRoles = Array.isArray(realmAccess?.roles) ? (realmAccess.roles as unknown[]) : [];
  const area = text(claims.area);
  return {
    subject: text(claims.sub) ?? '',
    name: text(claims.name) ?? text(claims.preferred_username) ?? '',
    username: text(claims.preferred_username) ?? '',
    roles: rawRoles.filter((role): role is Role => KNOWN_ROLES.includes(role as Role)),
    organisationId: text(claims.org_id),
    organisationName: text(claims.org_name),
    area: area === null ? null : area.replace(/(00)+$/, ''),
  };
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return principal !== null && roles.some((role) => principal.roles.includes(role));
}

export type BodyKind = 'legal-aid-centre' | 'mediation-committee';

/** The body a staff member works for, from the organisation id "legal-aid-centre:440605". */
export function bodyOf(principal: Principal | null): { kind: BodyKind; agencyId: string } | null {
  const id = principal?.organisationId;
  if (!id) return null;
  if (id.startsWith('legal-aid-centre:')) return { kind: 'legal-aid-centre', agencyId: id };
  if (id.startsWith('mediation-committee:')) return { kind: 'mediation-committee', agencyId: id };
  return null;
}

/** The first screen of a role after signing in. */
export function homeOf(principal: Principal): string {
  if (hasRole(principal, 'hotline-agent', 'owner-lead')) return '/tickets/new';
  if (hasRole(principal, 'office-staff')) return '/inbox';
  if (hasRole(principal, 'supervisor')) return '/supervision';
  if (hasRole(principal, 'directory-admin')) return '/directory';
  if (hasRole(principal, 'exchange-admin')) return '/exchange';
  return '/no-access';
}
