import { Platform, SERVICE_NAMES, testInfrastructure } from '@legal-hotline/testing';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
// The same nginx template as every installation (infra/nginx), started on the tests' own port.
// eslint-disable-next-line platform/boundaries
import { startNginx } from '../../../infra/nginx/render-config.mjs';

const root = join(import.meta.dirname, '../../..');

/**
 * Starts the platform as in production (each service its own process and database, the real
 * broker, Keycloak) and a second nginx serving the built console in front of it. Tests read the
 * services' addresses from the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const consoleRoot = join(root, 'apps/console/dist');
  if (!existsSync(join(consoleRoot, 'index.html'))) throw new Error('the console is not built: run npx nx build console');
  // Two hops before a rejected ticket returns to its owner, as the supervisor test needs.
  const platform = await Platform.start({ namespace: `browser-${Date.now().toString(36)}.`, env: { routing: { ROUTING_MAX_HOPS: '2' } } });
  const port = Number(process.env.CONSOLE_TEST_PORT ?? 18088);
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  try {
    nginx = await startNginx({
      prefix: join(root, '.local/nginx-browser-tests'),
      port,
      consoleRoot,
      oidcIssuer: testInfrastructure().oidc.issuer,
      upstreams: Object.fromEntries(SERVICE_NAMES.map((name) => [name, new URL(platform.url(name)).host])),
    });
  } catch (error) {
    await platform.stop();
    throw error;
  }
  for (const name of SERVICE_NAMES) process.env[`PLATFORM_${name.toUpperCase().replace(/-/g, '_')}_URL`] = platform.url(name);
  // The demo partners' signing keys of this run, for tests that act as a partner hotline's system.
  process.env.PLATFORM_PARTNER_KEYS = JSON.stringify(platform.partnerKeys);
  return async () => {
    await nginx.stop();
    await platform.stop();
  };
}
