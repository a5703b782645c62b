import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Record<string, any>>;
};
const SERVICES = { intake: 3001, routing: 3002, 'legal-aid': 3003, mediation: 3004, 'hotline-exchange': 3005 } as const;
const KEYCLOAK_IMAGE = 'quay.io/keycloak/keycloak:26.4.7';
const PUBLIC_ISSUER = '${KEYCLOAK_PUBLIC_URL:-http://localhost:18080/auth}/realms/legal-hotline';

/** Names of variables that hold secrets: passwords, keys, tokens, client secrets. */
const SECRET_NAME = /(PASSWORD|SECRET|_KEY|TOKEN)$/;
/** `${NAME:?message}`: compose refuses to start while NAME is unset or empty. */
const REQUIRED_REFERENCE = /^\$\{([A-Z_]+):\?[^}]+\}$/;

/** Services of the default (production) set: those without a `profiles:` entry. */
const productionServices = Object.entries(compose.services).filter(([, service]) => !service.profiles);

function environmentOf(service: Record<string, any>): Record<string, string> {
  return Object.fromEntries(
    Object.entries((service.environment ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]),
  );
}

function databaseUrl(database: string): RegExp {
  return new RegExp(`^postgresql://platform:\\$\\{POSTGRES_PASSWORD:\\?[^}]+\\}@postgres:5432/${database}$`);
}

describe('docker-compose.yml', () => {
  it('describes the infrastructure, the identity provider and all five services', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'kafka', 'keycloak', 'nginx', ...Object.keys(SERVICES)]),
    );
  });

  it.each(Object.entries(SERVICES))(
    'runs %s completely: image, port, database, broker, identity provider, health check, dependencies',
    (name, port) => {
      const service = compose.services[name]!;
      expect(service.build.target).toBe('service');
      expect(service.build.args.SERVICE).toBe(name);
      expect(existsSync(join(root, 'apps', name, 'src/main.ts'))).toBe(true);
      expect(String(service.environment.PORT)).toBe(String(port));
      expect(service.ports).toEqual([`${port}:${port}`]);
      expect(service.environment.DATABASE_URL).toMatch(databaseUrl(name.replace('-', '_')));
      expect(service.environment.KAFKA_BROKERS).toBe('kafka:9092');
      expect(service.environment.OIDC_ISSUER).toBe(PUBLIC_ISSUER);
      expect(service.environment.OIDC_JWKS_URL).toBe(
        'http://keycloak:8080/auth/realms/legal-hotline/protocol/openid-connect/certs',
      );
      expect(service.healthcheck.test.join(' ')).toContain('/health');
      expect(service.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
        keycloak: { condition: 'service_healthy' },
      });
    },
  );

  it('gives each secret only to the service that needs it', () => {
    expect(compose.services.intake!.environment.CALLER_HASH_KEY).toMatch(REQUIRED_REFERENCE);
    expect(compose.services['hotline-exchange']!.environment.EXCHANGE_SECRETS_KEY).toMatch(REQUIRED_REFERENCE);
    for (const name of ['routing', 'legal-aid', 'mediation']) {
      expect(Object.keys(compose.services[name]!.environment).filter((key) => SECRET_NAME.test(key))).toEqual([]);
    }
  });

  it('creates one database per service, and one for Keycloak', () => {
    const sql = readFileSync(join(root, 'infra/postgres/create-databases.sql'), 'utf8');
    for (const name of [...Object.keys(SERVICES), 'keycloak'])
      expect(sql).toContain(`CREATE DATABASE ${name.replace('-', '_')};`);
  });

  it('gives the infrastructure health checks the services wait on', () => {
    expect(compose.services.postgres!.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(compose.services.kafka!.healthcheck.test.join(' ')).toContain('kafka-broker-api-versions');
    expect(compose.services.keycloak!.healthcheck.test.join(' ')).toContain('/auth/health/ready');
  });

  describe('keycloak', () => {
    const keycloak = compose.services.keycloak!;

    it('runs the official image in production mode, under /auth, with health checks on', () => {
      expect(keycloak.image).toBe(KEYCLOAK_IMAGE);
      expect(keycloak.command[0]).toBe('start');
      expect(keycloak.command).toEqual(
        expect.arrayContaining([
          '--import-realm',
          '--db=postgres',
          '--http-relative-path=/auth',
          '--health-enabled=true',
        ]),
      );
    });

    it("keeps its data in its own database on the project's PostgreSQL", () => {
      expect(keycloak.environment.KC_DB_URL).toBe('jdbc:postgresql://postgres:5432/keycloak');
      expect(keycloak.environment.KC_DB_PASSWORD).toMatch(REQUIRED_REFERENCE);
      expect(keycloak.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    });

    it("imports the repository's realm", () => {
      const [source, target] = (keycloak.volumes as string[])[0]!.split(':');

      expect(existsSync(join(root, source!))).toBe(true);
      expect(target).toBe('/opt/keycloak/data/import/realm-legal-hotline.json');
    });

    it('names the issuer the services trust', () => {
      expect(`${keycloak.environment.KC_HOSTNAME}/realms/legal-hotline`).toBe(PUBLIC_ISSUER);
      expect(JSON.parse(readFileSync(join(root, 'infra/keycloak/realm-legal-hotline.json'), 'utf8')).realm).toBe(
        'legal-hotline',
      );
    });

    it("has the realm's secrets applied by the repository's sync script", () => {
      const sync = compose.services['keycloak-realm']!;

      expect(sync.command.join(' ')).toContain('infra/keycloak/sync-realm.mjs infra/keycloak/realm-legal-hotline.json');
      expect(existsSync(join(root, 'infra/keycloak/sync-realm.mjs'))).toBe(true);
      expect(sync.environment.KEYCLOAK_URL).toBe('http://keycloak:8080/auth');
      expect(sync.depends_on).toEqual({ keycloak: { condition: 'service_healthy' } });
    });
  });

  describe('exposure', () => {
    it('keeps PostgreSQL and Kafka on the internal network', () => {
      for (const name of ['postgres', 'kafka']) {
        const service = compose.services[name]!;
        expect(service.ports).toBeUndefined();
        expect(service.expose).toBeUndefined();
        expect(service.network_mode).toBeUndefined();
      }
      expect(compose.services.kafka!.environment.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
    });

    it("publishes only the console's, the services' HTTP ports and Keycloak's", () => {
      const published = Object.entries(compose.services).flatMap(([name, service]) =>
        ((service.ports ?? []) as string[]).map((port) => `${name} ${port}`),
      );

      expect(published.sort()).toEqual(
        [
          ...Object.entries(SERVICES).map(([name, port]) => `${name} ${port}:${port}`),
          'keycloak 18080:8080',
          'nginx 8080:8080',
        ].sort(),
      );
      expect(Object.values(compose.services).every((service) => service.network_mode === undefined)).toBe(true);
    });
  });

  describe('secrets', () => {
    it.each(productionServices.map(([name]) => name))(
      '%s takes every secret from a required variable, never a literal',
      (name) => {
        const environment = environmentOf(compose.services[name]!);

        for (const [key, value] of Object.entries(environment).filter(([key]) => SECRET_NAME.test(key))) {
          expect({ [key]: value }).toEqual({ [key]: expect.stringMatching(REQUIRED_REFERENCE) });
        }
        for (const [key, value] of Object.entries(environment).filter(([key]) => /DATABASE_URL$/.test(key))) {
          expect({ [key]: value }).toEqual({
            [key]: expect.stringMatching(
              /^postgresql:\/\/platform:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/\w+$/,
            ),
          });
        }
      },
    );

    it('gives no secret variable a default anywhere in the file', () => {
      const references = [...composeText.matchAll(/\$\{([A-Z_]+)(:?[-?+])?([^}]*)\}/g)].map(([, name, operator]) => ({
        name: name!,
        operator,
      }));
      const secretReferences = references.filter(({ name }) => SECRET_NAME.test(name));

      expect(secretReferences.length).toBeGreaterThan(0);
      expect(secretReferences.filter(({ operator }) => operator !== ':?')).toEqual([]);
    });

    it('carries none of the old literal passwords and demo defaults', () => {
      expect(composeText).not.toMatch(/platform:platform@|POSTGRES_PASSWORD: platform/);
      expect(composeText).not.toMatch(/change-me|demo-only/i);
    });

    it('keeps env files out of the image build context', () => {
      const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');

      expect(ignored).toEqual(expect.arrayContaining(['.env', '.local']));
    });
  });

  describe('nginx', () => {
    const nginx = compose.services.nginx!;
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

    it("serves the console from the image's console stage, rendered by the repository's template", () => {
      expect(nginx.build.target).toBe('console');
      expect(dockerfile).toMatch(/^FROM nginx:1\.(2[89]|[3-9]\d)[.\d]*-alpine AS console$/m);
      expect(dockerfile).toContain('RUN node infra/nginx/render-config.mjs');
      expect(dockerfile).toContain('COPY --from=build /platform/apps/console/dist /usr/share/nginx/console');
    });

    it('passes each service to the name it has on the compose network', () => {
      for (const [name, port] of Object.entries(SERVICES))
        expect(dockerfile).toContain(`--upstream ${name}=${name}:${port}`);
      expect(nginx.depends_on).toEqual(
        Object.fromEntries(Object.keys(SERVICES).map((name) => [name, { condition: 'service_healthy' }])),
      );
    });

    it('names the identity provider at the address the services trust', () => {
      expect(`${nginx.build.args.KEYCLOAK_PUBLIC_URL}/realms/legal-hotline`).toBe(PUBLIC_ISSUER);
    });

    it("keeps the service image the Dockerfile's default (last) stage", () => {
      expect([...dockerfile.matchAll(/^FROM .* AS (\S+)$/gm)].at(-1)?.[1]).toBe('service');
    });
  });

  it('seeds with entry points that the build produces', () => {
    const command = compose.services.seed!.command.join(' ');
    for (const entry of command.match(/apps\/[\w-]+\/dist\/cli\/[\w-]+\.js/g) ?? []) {
      expect(existsSync(join(root, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts')))).toBe(true);
    }
  });
});
