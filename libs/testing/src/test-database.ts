import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, testInfrastructure } from './infrastructure.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** Runs SQL against the test database (for assertions only; services own their writes). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database of its own for one test file; the service's migrations fill it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `t_${prefix.replace(/\W/g, '_')}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} OWNER ${testInfrastructure().pg.user}`));
  const url = databaseUrl(name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    name,
    url,
    query: async <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => (await pool.query<T>(sql, params)).rows,
    drop: async () => {
      await pool.end();
      // An autovacuum worker that has just started on the database can make the drop fail
      // ("being accessed by other users"); it is gone a moment later.
      for (let attempt = 1; ; attempt++) {
        try {
          await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
          return;
        } catch (error) {
          if (attempt >= 10) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    },
  };
}
