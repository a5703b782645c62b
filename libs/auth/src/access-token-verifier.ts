import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, type Principal, type Role } from './principal.js';

/**
 * How to trust and read the provider's access tokens. Only standard OpenID Connect is assumed,
 * so any provider (Keycloak by default, or a province's unified identity platform) fits by
 * configuration: its issuer, the audience our tokens carry, and the claim names it uses.
 */
export interface AuthSettings {
  /** `iss` of the tokens; its `/.well-known/openid-configuration` names the JWKS. */
  issuer: string;
  /** `aud` every accepted token must contain. */
  audience: string;
  /** JWKS URL; when absent, read from the issuer's discovery document. */
  jwksUrl?: string | undefined;
  /** Dotted path of the roles array, e.g. `realm_access.roles` (Keycloak) or `roles`. */
  rolesClaim: string;
  /** Claim naming the organisation or body id, e.g. `org_id`. */
  organisationClaim: string;
  organisationNameClaim: string;
  /** Claim with the region code a supervisor covers. */
  areaClaim: string;
  nameClaim: string;
  /** Leeway for `exp`/`nbf`, in seconds. */
  clockToleranceSeconds: number;
  /**
   * Least time between two JWKS fetches caused by unknown key ids, in seconds (default 30), so
   * tokens with invented key ids cannot make every request hit the provider.
   */
  jwksCooldownSeconds?: number | undefined;
}

/** Why a token was refused; the guard answers 401 with this code. */
export class InvalidTokenError extends Error {
  constructor(
    readonly code: 'AUTH.TOKEN_EXPIRED' | 'AUTH.TOKEN_INVALID' | 'AUTH.PROVIDER_UNREACHABLE',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

// Symmetric algorithms and `none` are never accepted: only the provider's private key signs.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function stringClaim(payload: JWTPayload, path: string): string | null {
  const value = claimAt(payload, path);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Reads the platform's view of a person from verified claims. */
export function principalFromClaims(payload: JWTPayload, settings: AuthSettings): Principal {
  const rawRoles = claimAt(payload, settings.rolesClaim);
  const roleNames = Array.isArray(rawRoles) ? rawRoles.filter((r): r is string => typeof r === 'string') : typeof rawRoles === 'string' ? rawRoles.split(/\s+/) : [];
  const roles = new Set<Role>(roleNames.filter(isRole));
  const organisationId = stringClaim(payload, settings.organisationClaim);
  const username = stringClaim(payload, 'preferred_username');
  return {
    subject: payload.sub ?? '',
    name: stringClaim(payload, settings.nameClaim) ?? username ?? payload.sub ?? '',
    username,
    roles,
    organisation: organisationId ? { id: organisationId, name: stringClaim(payload, settings.organisationNameClaim) ?? organisationId } : null,
    area: stringClaim(payload, settings.areaClaim),
  };
}

/**
 * Verifies bearer access tokens against the provider's JWKS: signature, issuer, audience,
 * expiry. Keys are cached and fetched again when a token names an unknown key id (rotation).
 */
export class AccessTokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | null = null;

  constructor(
    private readonly settings: AuthSettings,
    private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
  ) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.keySet();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      return principalFromClaims(payload, this.settings);
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('AUTH.TOKEN_EXPIRED', 'the access token has expired; sign in again');
      if (isProviderFailure(error)) {
        throw new InvalidTokenError('AUTH.PROVIDER_UNREACHABLE', 'the identity provider could not be reached to check the token');
      }
      throw new InvalidTokenError('AUTH.TOKEN_INVALID', 'the access token is not valid for this platform');
    }
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    if (!this.keys) {
      this.keys = this.resolveJwksUrl().then((url) =>
        createRemoteJWKSet(new URL(url), { cooldownDuration: (this.settings.jwksCooldownSeconds ?? 30) * 1000, timeoutDuration: 5_000 }),
      );
      // A provider that was down at the first request is asked again at the next one.
      this.keys.catch(() => (this.keys = null));
    }
    return this.keys.catch(() => {
      throw new InvalidTokenError('AUTH.PROVIDER_UNREACHABLE', 'the identity provider could not be reached to check the token');
    });
  }

  private async resolveJwksUrl(): Promise<string> {
    if (this.settings.jwksUrl) return this.settings.jwksUrl;
    const discovery = (await this.fetchJson(`${this.settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)) as { jwks_uri?: unknown };
    if (typeof discovery.jwks_uri !== 'string') throw new Error('the discovery document names no jwks_uri');
    return discovery.jwks_uri;
  }
}

/**
 * Whether verification failed because the provider's keys could not be had: no connection, a
 * timeout, or a JWKS answer that is not a 200 with JSON (a provider restarting behind a proxy
 * answers 502/503). jose reports the latter with its generic error class only.
 */
function isProviderFailure(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  if (error instanceof errors.JOSEError) return error.code === errors.JOSEError.code;
  return error instanceof Error && /fetch failed|ECONNREFUSED|ECONNRESET/.test(error.message);
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
