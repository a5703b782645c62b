// Usage: DATABASE_URL=postgresql://... node dist/cli/seed-demo-desk.js
// Loads the hotline desk's demo data: the knowledge base (知识库), the special lines (专线) and the
// duty rota (值班) round the clock from a week ago to a week ahead. Runs against a database the
// service has migrated (start intake first). Safe to run again, and while the service runs: what
// is there already, including changes made in the demo, is left as it is.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { seedDemoDutyRota } from '../duty-rota/seed-demo-duty-rota.js';
import { KnowledgeEntryEntity, KnowledgeEntryVersionEntity } from '../knowledge/knowledge-entry.entity.js';
import { seedDemoKnowledge } from '../knowledge/seed/seed-demo-knowledge.handler.js';
import { seedDemoSpecialLines } from '../special-lines/demo-special-lines.js';
import { SpecialLineEntity } from '../special-lines/special-line.entity.js';

try {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\/\S+$/.test(url)) {
    throw new Error('DATABASE_URL must name the intake database, e.g. postgresql://user:password@127.0.0.1:54329/intake');
  }
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url,
      applicationName: 'intake-seed-desk',
      entities: [KnowledgeEntryEntity, KnowledgeEntryVersionEntity, SpecialLineEntity],
      migrations: [],
      poolSize: 1,
    }),
  );
  await dataSource.initialize();
  try {
    const [{ present }] = await dataSource.query<[{ present: boolean }]>(`SELECT to_regclass('knowledge_entries') IS NOT NULL AS present`);
    if (!present) throw new Error('the desk tables do not exist: start intake first, its migrations create them');
    const now = new Date();
    const lines = await dataSource.transaction((manager) => seedDemoSpecialLines(manager, now));
    const knowledge = await seedDemoKnowledge(dataSource);
    const rota = await dataSource.transaction((manager) => seedDemoDutyRota(manager, now));
    process.stdout.write(
      `demo desk: special lines ${lines.length > 0 ? `opened ${lines.join(', ')}` : 'all there already'}; ` +
        `knowledge base ${knowledge.inserted} entries inserted, ${knowledge.unchanged} unchanged; ` +
        `duty rota ${rota.staff} staff, ${rota.shifts} shifts added\n`,
    );
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  process.stderr.write(`seed-demo-desk failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
