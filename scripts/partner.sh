#!/usr/bin/env bash
# npm run partner -- <110|12345|12355|12368> [options]: plays a partner hotline against a running
# platform (apps/partner-simulator, the partner kit's reference client; docs/partner-kit/README.md).
# `npm run partner -- --help` lists the options. Credentials come from the demo keys file that
# npm start writes ($LOCAL_DIR/demo-partner-keys.json, or DEMO_PARTNER_KEYS_FILE).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"
LOG_TAG=partner
cd "$ROOT"

main=apps/partner-simulator/dist/main.js
# npm start builds it; built here too when missing or older than a source file, so an edit is
# never run stale.
if [[ ! -f "$main" || -n "$(find apps/partner-simulator/src -name '*.ts' -newer "$main" -print -quit)" ]]; then
  log "building the partner simulator"
  mkdir -p "$LOCAL_DIR/logs"
  NX_DAEMON=false npx nx run-many -t build --projects=@legal-hotline/partner-simulator --outputStyle=static >"$LOCAL_DIR/logs/build-partner-simulator.log" 2>&1 || {
    tail -n 30 "$LOCAL_DIR/logs/build-partner-simulator.log" >&2
    die "build failed (full log: $LOCAL_DIR/logs/build-partner-simulator.log)"
  }
fi

export DEMO_PARTNER_KEYS_FILE="${DEMO_PARTNER_KEYS_FILE:-$LOCAL_DIR/demo-partner-keys.json}"
exec node "$main" "$@"
