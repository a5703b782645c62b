#!/usr/bin/env bash
# npm run bench: the platform's throughput and latency from ticket open to legal-aid inbox, and
# this machine's raw Kafka and PostgreSQL figures, in one run. BENCH_TICKETS, BENCH_CONCURRENCY.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"
cd "$ROOT"
bash scripts/prepare.sh
bash scripts/infra.sh up
exec node bench/dist/bench.js
