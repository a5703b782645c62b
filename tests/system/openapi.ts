import { DEMO_USERS, http, type DemoUser } from '@legal-hotline/testing';

const BEARER_SCHEME = 'bearer';
/** The hotline exchange's scheme for partner requests: Standard Webhooks signatures with a partner key. */
const PARTNER_SIGNATURE_SCHEME = 'partner-signature';

/** One operation of a service's OpenAPI document. */
export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. `/api/v1/tickets/{id}/answer`. */
  template: string;
  /** Needs a bearer access token. */
  protected: boolean;
  requiredRoles: string[];
  hasBody: boolean;
  /** Media types the request body may have, e.g. `application/json`; empty without a body. */
  bodyTypes: string[];
  queryParameters: string[];
  /** Signed by a partner hotline's key instead of a bearer token (partner API and Open311). */
  partnerSigned: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        'x-required-roles'?: string[];
        requestBody?: { content?: Record<string, unknown> };
        parameters?: { in: string; name: string }[];
      }
    >
  >;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation a running service documents at `/docs-json`: the list cannot miss a new route. */
export async function operationsOf(baseUrl: string): Promise<Operation[]> {
  const response = await http<OpenApiDocument>('GET', `${baseUrl}/docs-json`);
  if (response.status !== 200) throw new Error(`${baseUrl}/docs-json answered ${response.status}`);
  return Object.entries(response.body.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        // Protected by a bearer token (the partner API has a signature scheme of its own).
        protected: (operation.security ?? []).some((requirement) =>
          Object.keys(requirement as object).includes(BEARER_SCHEME),
        ),
        requiredRoles: operation['x-required-roles'] ?? [],
        hasBody: operation.requestBody !== undefined,
        bodyTypes: Object.keys(operation.requestBody?.content ?? {}),
        queryParameters: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        partnerSigned: (operation.security ?? []).some((requirement) =>
          Object.keys(requirement as object).includes(PARTNER_SIGNATURE_SCHEME),
        ),
      })),
  );
}

/** One coded problem of an error answer. */
export interface AnsweredError {
  code: string;
  field: string | null;
}

const OPEN311_CODE = /\[([A-Z0-9_]+(?:\.[A-Z0-9_]+)+)\]$/;

/**
 * The problems an error answer lists: the platform's `errors[]`, or on the Open311 routes
 * GeoReport v2's `[{code, description}]`, where `code` is the HTTP status and the description
 * names the field first and ends with the platform's code in brackets when there is one.
 */
export function errorsOf(body: unknown): AnsweredError[] {
  if (Array.isArray(body)) {
    return body
      .filter(
        (item): item is { code: number; description: string } =>
          typeof item?.code === 'number' && typeof item?.description === 'string',
      )
      .map(({ code, description }) => ({
        code: OPEN311_CODE.exec(description)?.[1] ?? `HTTP ${code}`,
        field: /^[^\s:]+/.exec(description)?.[0] ?? null,
      }));
  }
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as AnsweredError[]) : [];
}

/** Fills path parameters with well-formed values that name nothing that exists. */
export function concretePath(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (name === 'agencyId') return 'legal-aid-centre:440605';
    if (name === 'code') return '110';
    if (name === 'regionCode') return '440605';
    if (name === 'keyId') return 'AAAAAAAAAAAA';
    if (name === 'format') return 'json'; // Open311's response format: any other is refused before the input is read
    return '00000000-0000-4000-8000-000000000000';
  });
}

/** A demo user holding one of `roles` (the first found), to reach validation behind the guard. */
export function userWithRole(roles: readonly string[]): DemoUser {
  const user = (Object.keys(DEMO_USERS) as DemoUser[]).find((name) =>
    (DEMO_USERS[name].roles as readonly string[]).some((role) => roles.includes(role)),
  );
  if (!user) throw new Error(`no demo user has one of the roles ${roles.join(', ')}`);
  return user;
}

/** Routes that take no bearer token, and why (anything else without `security` is a defect). */
export const PUBLIC_ROUTES: RegExp[] = [
  /^\/health(\/live)?$/, // probes
  /^\/api\/v1\/ticket-lookup$/, // the caller's own lookup: a reference and a one-time code
  /^\/api\/v1\/questions$/, // a member of the public asks a legal question online (网络咨询), without an account
  /^\/api\/v1\/partner\//, // partner API: Standard Webhooks signed requests
  /^\/api\/open311\/v2\/requests/, // Open311 adapter for partners: signed like the partner API
  /^\/api\/open311\/v2\/services/, // Open311 service discovery: what partners may forward, read before holding a key
];
