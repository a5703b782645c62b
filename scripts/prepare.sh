#!/usr/bin/env bash
# Installs what the platform needs on this machine and builds it: Node 24 (project-local),
# the npm dependencies (only when the lockfile changed), and every library and service.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"
LOG_TAG=prepare
cd "$ROOT"

stamp="$LOCAL_DIR/npm-ci.stamp"
want="$(node --version) $(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -d node_modules || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  log "installing npm dependencies"
  # npm ci refuses a lockfile that lacks another platform's optional binaries; then a plain
  # install repairs the tree from the same lockfile without changing the pinned versions.
  if ! npm ci --no-audit --no-fund --loglevel=error; then
    warn "npm ci failed; retrying with npm install from the same lockfile"
    npm install --no-audit --no-fund --loglevel=error
  fi
  mkdir -p "$LOCAL_DIR"
  echo "$want" >"$stamp"
fi

log "building libraries and services"
mkdir -p "$LOCAL_DIR/logs"
NX_DAEMON=false npx nx run-many -t build --outputStyle=static >"$LOCAL_DIR/logs/build.log" 2>&1 || {
  tail -n 60 "$LOCAL_DIR/logs/build.log" >&2
  die "build failed (full log: $LOCAL_DIR/logs/build.log)"
}
