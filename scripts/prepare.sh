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
  # npm ci refuses a lockfile that lacks other platforms' optional binaries (the registry this
  # project installs from serves only @swc/core's Linux builds, so the lockfile records only
  # those); a plain install then builds the same tree from the same lockfile without changing pinned versions.
  mkdir -p "$LOCAL_DIR/logs"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$LOCAL_DIR/logs/npm-ci.log" 2>&1; then
    log "npm ci refused the lockfile (see $LOCAL_DIR/logs/npm-ci.log); installing from it with npm install"
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
