#!/usr/bin/env bash
# npm run bench:knowledge: knowledge base search latency (p50/p95/p99) over BENCH_KNOWLEDGE_ENTRIES
# entries (default 10,000) and BENCH_KNOWLEDGE_QUERIES queries (default 500), in a scratch database.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"
cd "$ROOT"
bash scripts/prepare.sh
bash scripts/infra.sh up
exec node apps/intake/bench/knowledge-search.bench.mjs "${BENCH_KNOWLEDGE_ENTRIES:-10000}" "${BENCH_KNOWLEDGE_QUERIES:-500}"
