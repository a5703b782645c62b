import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Record<string, any>>;
};
const SERVICES = { intake: 3001, routing: 3002, 'legal-aid': 3003, mediation: 3004, 'hotline-exchange': 3005 } as const;

describe('docker-compose.yml', () => {
  it('describes the infrastructure and all five services', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'kafka', ...Object.keys(SERVICES)]));
  });

  it.each(Object.entries(SERVICES))('runs %s completely: image, port, database, broker, health check, dependencies', (name, port) => {
    const service = compose.services[name]!;
    expect(service.build.args.SERVICE).toBe(name);
    expect(existsSync(join(root, 'apps', name, 'src/main.ts'))).toBe(true);
    expect(String(service.environment.PORT)).toBe(String(port));
    expect(service.ports).toContain(`${port}:${port}`);
    expect(service.environment.DATABASE_URL).toBe(`postgresql://platform:platform@postgres:5432/${name.replace('-', '_')}`);
    expect(service.environment.KAFKA_BROKERS).toBe('kafka:9092');
    expect(service.healthcheck.test.join(' ')).toContain('/health');
    expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, kafka: { condition: 'service_healthy' } });
  });

  it('creates one database per service', () => {
    const sql = readFileSync(join(root, 'infra/postgres/create-databases.sql'), 'utf8');
    for (const name of Object.keys(SERVICES)) expect(sql).toContain(`CREATE DATABASE ${name.replace('-', '_')};`);
  });

  it('gives the infrastructure health checks the services wait on', () => {
    expect(compose.services.postgres!.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(compose.services.kafka!.healthcheck.test.join(' ')).toContain('kafka-broker-api-versions');
  });

  it('seeds with entry points that the build produces', () => {
    const command = compose.services.seed!.command.join(' ');
    for (const entry of command.match(/apps\/[\w-]+\/dist\/cli\/[\w-]+\.js/g) ?? []) {
      expect(existsSync(join(root, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts')))).toBe(true);
    }
  });
});
