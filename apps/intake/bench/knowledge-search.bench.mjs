// Latency of the knowledge base’s search and suggestions over 10,000 entries: `npm run
// bench:knowledge` builds and runs it. By hand, build intake
// first (`npx nx run-many -t build --projects=intake`), then, with the project's environment
// (`source scripts/env.sh`, PostgreSQL running):
//
//   node apps/intake/bench/knowledge-search.bench.mjs [entries=10000] [queries=500]
//
// It creates a scratch database (dropped at the end; BENCH_KEEP_DB=1 keeps it), loads entries
// varied from the demo set through the same code the service writes with (segmentation and
// search document included), and times the search handler itself (segmentation, SQL, ranking,
// highlights) without HTTP. Prints figures; asserts nothing.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { KnowledgeBase1795910000000 } from '../dist/db/migrations/1795910000000-knowledge-base.js';
import { draftEntry } from '../dist/knowledge/domain/knowledge-entry.js';
import { warmUpSegmentation } from '../dist/knowledge/domain/segmentation.js';
import { KnowledgeEntryEntity, KnowledgeEntryVersionEntity } from '../dist/knowledge/knowledge-entry.entity.js';
import { KnowledgeRepository } from '../dist/knowledge/knowledge.repository.js';
import { SearchKnowledgeHandler } from '../dist/knowledge/search-knowledge.handler.js';
import { DEMO_KNOWLEDGE } from '../dist/knowledge/seed/demo-knowledge.js';

const ENTRIES = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 500);
const { PGHOST = '127.0.0.1', PGPORT = '54329', PGUSER = 'platform', PGPASSWORD = 'platform' } = process.env;
const urlOf = (database) =>
  `postgresql://${encodeURIComponent(PGUSER)}:${encodeURIComponent(PGPASSWORD)}@${PGHOST}:${PGPORT}/${database}`;
const database = `bench_knowledge_${Date.now().toString(36)}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Deterministic pseudo-random numbers, so that every run loads and asks the same. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const REGIONS = [
  [[], ''],
  [['44'], '广东'],
  [['4406'], '佛山'],
  [['440605'], '南海'],
  [['440606'], '顺德'],
  [['4401'], '广州'],
  [['440104'], '越秀'],
  [['4419'], '东莞'],
  [['4403'], '深圳'],
  [['52'], '贵州'],
  [['5201'], '贵阳'],
  [['520102'], '南明'],
  [['522726'], '独山'],
  [['520581'], '黔西'],
];
const ASKED = ['来电人询问：', '群众反映：', '网友留言：', '市民咨询：', '外来务工人员来电：', '老人来电：', ''];
const ADDED = [
  '如对处理结果不服，可以依法申请行政复议或者提起行政诉讼。',
  '建议来电人保留好聊天记录、录音、票据等证据。',
  '经济困难的，可以拨打12348申请法律援助。',
  '涉及紧急人身危险的，请立即拨打110报警。',
  '也可以到当地公共法律服务工作站现场咨询值班律师。',
  '调解不收费，达成协议后可以申请司法确认。',
  '超过时效的，人民法院可能不予支持。',
  '具体赔偿标准以当地上一年度统计数据为准。',
];

/** The i-th entry: a demo entry for one of the regions, with its wording varied. */
function variantOf(index, next) {
  const demo = DEMO_KNOWLEDGE[index % DEMO_KNOWLEDGE.length];
  const [regionCodes, place] = REGIONS[Math.floor(next() * REGIONS.length)];
  const asked = ASKED[Math.floor(next() * ASKED.length)];
  const added = ADDED[Math.floor(next() * ADDED.length)];
  const roll = next();
  return {
    content: {
      ...demo.content,
      title: `${demo.content.title}${place ? `（${place}）` : ''}·${Math.floor(index / DEMO_KNOWLEDGE.length) + 1}`,
      question: `${asked}${demo.content.question}`,
      answer: `${demo.content.answer}${added}`,
      regionCodes,
      // A few expired entries, as a knowledge base collects over the years.
      validUntil: roll < 0.05 ? '2025-06-30' : null,
    },
    // Most are published; some drafts and entries in review wait, as in a real base.
    status: roll < 0.8 ? 'published' : roll < 0.9 ? 'draft' : 'in-review',
    author: demo.author,
    reviewer: demo.reviewer,
  };
}

async function load(dataSource) {
  const repository = new KnowledgeRepository(dataSource);
  const next = random(12348);
  const at = new Date('2025-01-02T01:00:00Z');
  const started = performance.now();
  for (let from = 0; from < ENTRIES; from += 500) {
    await dataSource.transaction(async (manager) => {
      for (let index = from; index < Math.min(ENTRIES, from + 500); index += 1) {
        const variant = variantOf(index, next);
        const { entry } = draftEntry(variant.content, variant.author, { id: randomUUID(), at });
        const published = variant.status === 'published';
        await repository.save(
          manager,
          {
            ...entry,
            status: variant.status,
            reviewer: published ? variant.reviewer : null,
            publishedAt: published ? at : null,
          },
          { by: variant.author, at, note: 'bench' },
        );
      }
    });
  }
  await dataSource.query('ANALYZE knowledge_entries');
  return performance.now() - started;
}

const SEARCHES = [
  '老板三个月没发钱',
  '拖欠工资怎么办',
  '包工头跑了工钱找谁要',
  '公司不发工资',
  '讨薪',
  '欠薪仲裁时效',
  '没签劳动合同二倍工资',
  '被公司开除赔偿',
  '辞退补偿',
  '劳动仲裁去哪里申请',
  '工伤认定',
  '干活受伤老板不管',
  '上班路上被车撞算工伤吗',
  '工伤保险没交',
  '突发疾病死亡工伤',
  '车祸对方逃逸',
  '被车撞了怎么赔',
  '交通事故责任划分',
  '闯红灯被撞',
  '二手车没过户撞人',
  '离婚',
  '老公不同意离婚',
  '离婚冷静期',
  '孩子抚养权归谁',
  '抚养费',
  '儿子不赡养老人',
  '养老',
  '家暴怎么办',
  '人身安全保护令',
  '离婚房子怎么分',
  '邻居漏水',
  '楼上渗水',
  '邻居堵路',
  '噪音扰民',
  '挡住采光',
  '申请调解',
  '法律援助',
  '法援需要什么材料',
  '请不起律师',
  '法律援助被拒绝',
  '明天过诉讼时效',
  '农民工法律援助不用经济困难证明',
  '南海法律援助',
  '独山县法律援助',
  '交强险',
  '精神损害赔偿',
  '经济补偿金',
  '支付令',
  '工伤等级鉴定',
  '司法确认',
];
const TYPING = ['拖欠工', '工伤认', '交通事', '离婚冷', '法律援', '邻居漏', '赡养', '人身安全保', '劳动仲', '抚养'];
const QUESTIONS = [
  '我在工地干了半年，包工头说老板没给钱，工资一直拖着不发，我该找谁？',
  '下班骑电动车被小车撞了，交警说对方全责，单位说不算工伤，怎么办？',
  '我老公经常喝酒打我，我想离婚，孩子才一岁，孩子能跟我吗？',
  '楼上装修后一直往我家漏水，物业不管，楼上也不赔，我想起诉他。',
  '我父亲七十多岁了，大哥二哥都不给生活费，能不能申请法律援助帮他打官司？',
  '公司没跟我签合同，干了八个月突然让我走人，也不给补偿，可以仲裁吗？',
  '出车祸住院花了五万多，肇事司机跑了，医药费谁来出？',
  '我是外地来打工的，想申请法律援助讨工资，要带什么材料去哪里办？',
  '邻居在我家门口砌墙把路堵了，村里调解也没用，怎么办？',
  '在厂里被机器压断了手指，老板说没买保险让我自己看病。',
];
const CATEGORIES = [
  'labour-remuneration',
  'labour-relations',
  'work-injury',
  'traffic-accident',
  'marriage-family',
  'neighbourhood',
  undefined,
];
const CALLER_REGIONS = ['440605011', '440606', '440104', '441900003', '520102', '522726', '520581', undefined];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const figures = (name, values) =>
  `${name.padEnd(12)} n=${String(values.length).padEnd(4)} p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms  p99 ${percentile(values, 99).toFixed(1)} ms  max ${percentile(values, 100).toFixed(1)} ms`;

await admin(`CREATE DATABASE ${database}`);
const dataSource = new DataSource(
  serviceDataSourceOptions({
    url: urlOf(database),
    applicationName: 'bench-knowledge',
    entities: [KnowledgeEntryEntity, KnowledgeEntryVersionEntity],
    migrations: [KnowledgeBase1795910000000],
    poolSize: 4,
  }),
);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  warmUpSegmentation();
  const loadMs = await load(dataSource);
  const [{ published }] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'published')::int AS published FROM knowledge_entries`,
  );
  console.log(
    `loaded ${ENTRIES} entries (${published} published) in ${(loadMs / 1000).toFixed(1)} s into scratch database ${database}`,
  );

  const handler = new SearchKnowledgeHandler(new KnowledgeRepository(dataSource));
  const next = random(2026);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const context = () => {
    const legalCategory = pick(CATEGORIES);
    const regionCode = pick(CALLER_REGIONS);
    return { ...(legalCategory ? { legalCategory } : {}), ...(regionCode ? { regionCode } : {}) };
  };
  const runs = Array.from({ length: QUERIES }, (_, index) =>
    index % 2 === 0
      ? {
          kind: 'search',
          run: () => handler.search({ q: next() < 0.2 ? pick(TYPING) : pick(SEARCHES), limit: 10, ...context() }),
        }
      : { kind: 'suggestions', run: () => handler.suggestions({ text: pick(QUESTIONS), limit: 5, ...context() }) },
  );

  for (const { run } of runs.slice(0, 30)) await run(); // warm-up: plans, caches, the segmenter
  const times = { search: [], suggestions: [] };
  let hits = 0;
  for (const { kind, run } of runs) {
    const started = performance.now();
    const answer = await run();
    times[kind].push(performance.now() - started);
    hits += (answer.hits ?? answer.suggestions).length;
  }
  console.log(figures('search', times.search));
  console.log(figures('suggestions', times.suggestions));
  console.log(figures('all', [...times.search, ...times.suggestions]));
  console.log(`average hits per query ${(hits / runs.length).toFixed(1)}; target p95 < 100 ms`);
} finally {
  await dataSource.destroy().catch(() => undefined);
  if (process.env.BENCH_KEEP_DB === '1') console.log(`kept ${database}`);
  else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
