/**
 * Where the console signs people in. nginx serves /console-config.json from the platform's
 * settings (OIDC_ISSUER), so any OpenID Connect provider can replace Keycloak without a rebuild;
 * the development server falls back to VITE_OIDC_ISSUER or the local Keycloak.
 */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  try {
    const response = await fetch('/console-config.json', { cache: 'no-store' });
    if (response.ok) {
      const config = (await response.json()) as Partial<ConsoleConfig>;
      if (config.issuer) return { issuer: config.issuer, clientId: config.clientId ?? 'console' };
    }
  } catch {
    // fall through to the build-time default
  }
  return {
    issuer: (import.meta.env.VITE_OIDC_ISSUER as string | undefined) ?? 'http://127.0.0.1:18080/auth/realms/legal-hotline',
    clientId: (import.meta.env.VITE_OIDC_CLIENT_ID as string | undefined) ?? 'console',
  };
}
