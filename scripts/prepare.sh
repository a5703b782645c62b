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
  log "installing npm dependencies (npm ci, from the lockfile as committed)"
  # npm ci never rewrites package-lock.json, so running this leaves the git tree clean. The
  # lockfile records every platform's optional binaries (@swc/core, nx, ...); when adding a
  # dependency, run `npm install` and commit the lockfile it writes.
  mkdir -p "$LOCAL_DIR/logs"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$LOCAL_DIR/logs/npm-ci.log" 2>&1; then
    tail -n 30 "$LOCAL_DIR/logs/npm-ci.log" >&2
    die "npm ci failed (log: $LOCAL_DIR/logs/npm-ci.log); if it says the lockfile is out of sync, run npm install and commit package-lock.json"
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
