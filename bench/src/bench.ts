import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { asUser, http, KafkaProbe, Platform } from '@legal-hotline/testing';
import { kafkaRoundTrip, postgresInsertRate } from './baselines.js';
import { summarize } from './stats.js';

/**
 * Drives N tickets at concurrency C through intake (HTTP) → routing → the Nanhai legal-aid
 * centre's inbox and measures open → in-inbox latency (from the request start to the
 * `assignment.received.v1` fact, both on this machine's clock), beside the raw baselines of the
 * same broker and database. Prints the figures and writes them to a JSON file.
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const root = join(import.meta.dirname, '../..');

/** A ticket as the Guangdong hotline's agent opens it; who opened it comes from the token. */
function ticket(i: number) {
  return {
    channel: 'hotline',
    caller: { name: '陈大明', phone: `138${String(10_000_000 + i).slice(-8)}`, language: 'yue' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: `基准测试工单 ${i}：被拖欠工资，申请法律援助。`,
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  };
}

async function main(): Promise<void> {
  const namespace = `bench-${Date.now().toString(36)}.`;
  console.log(`starting the platform (namespace ${namespace}) ...`);
  const probe = await KafkaProbe.start(namespace);
  // One agent opens every ticket, so the per-client rate limit is raised for the run.
  const unlimited = { RATE_LIMIT_MAX: '1000000' };
  const platform = await Platform.start({ namespace, logLevel: 'warn', env: { intake: unlimited } });
  try {
    console.log(`driving ${TICKETS} tickets at concurrency ${CONCURRENCY} ...`);
    const openedAt = new Map<string, number>();
    const httpLatencies: number[] = [];
    let next = 0;
    const startedAt = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TICKETS) {
          const i = next++;
          const headers = await asUser('agent.gd');
          const before = Date.now();
          const response = await http<{ id: string }>('POST', `${platform.url('intake')}/api/v1/tickets`, ticket(i), headers);
          if (response.status !== 201) throw new Error(`ticket ${i} rejected: ${response.status} ${JSON.stringify(response.body)}`);
          httpLatencies.push(Date.now() - before);
          openedAt.set(response.body.id, before);
        }
      }),
    );
    const inInboxAt = new Map<string, number>();
    const deadline = Date.now() + 300_000;
    while (inInboxAt.size < TICKETS && Date.now() < deadline) {
      for (const event of probe.events()) {
        if (event.type === 'assignment.received.v1' && openedAt.has(event.data.ticketId)) inInboxAt.set(event.data.ticketId, Date.parse(event.occurredAt));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const lastArrival = Math.max(...inInboxAt.values());
    const endToEnd = [...inInboxAt].map(([ticketId, at]) => at - openedAt.get(ticketId)!);

    console.log('measuring baselines ...');
    const kafka = await kafkaRoundTrip(500);
    const postgres = await postgresInsertRate(20_000, 4);

    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      flow: {
        tickets: TICKETS,
        concurrency: CONCURRENCY,
        reachedInbox: inInboxAt.size,
        throughputTicketsPerSecond: Math.round((inInboxAt.size / ((lastArrival - startedAt) / 1000)) * 10) / 10,
        openToInInbox: summarize(endToEnd),
        openHttpResponse: summarize(httpLatencies),
      },
      baseline: { kafkaProduceToConsume: kafka, postgresSingleRowInserts: postgres },
    };
    const dir = join(root, '.local/bench');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `results-${results.measuredAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));
    writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2));
    console.log(JSON.stringify(results, null, 2));
    console.log(`\nfigures written to ${file}`);
    if (inInboxAt.size < TICKETS) process.exitCode = 1;
  } finally {
    await platform.stop();
    await probe.stop();
  }
}

await main();
