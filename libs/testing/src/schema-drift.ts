import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. After all migrations
 * have run it must be empty: otherwise entities and migrations disagree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
