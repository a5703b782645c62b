#!/usr/bin/env bash
# The one test command (npm test; CI runs it through .ci/run): installs and starts whatever is
# missing, then runs every tier — static checks, unit, integration, system and browser tests —
# against real PostgreSQL, Kafka, Keycloak and nginx, and prints one summary line.
set -uo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh" || exit 1
LOG_TAG=test
cd "$ROOT"

# A CI machine's database is thrown away afterwards: trade durability for speed there only.
# CI also re-runs every static check instead of replaying Nx's machine-wide cache.
nx_flags=()
if [[ "${CI:-}" == "true" ]]; then
  export PLATFORM_THROWAWAY_DB=1
  nx_flags+=(--skipNxCache)
fi

bash scripts/prepare.sh || exit 1
bash scripts/infra.sh up || exit 1

results="$LOCAL_DIR/test-results"
rm -rf "$results" && mkdir -p "$results"
failed_steps=()
jest() { node --experimental-vm-modules node_modules/jest/bin/jest.js "$@"; }

run_step() {
  local name=$1
  shift
  log "── $name"
  local started=$SECONDS
  if "$@"; then
    log "── $name passed in $((SECONDS - started)) s"
  else
    log "── $name FAILED after $((SECONDS - started)) s"
    failed_steps+=("$name")
  fi
}

run_step "static checks (typecheck, lint)" env NX_DAEMON=false npx nx run-many -t typecheck lint --outputStyle=static "${nx_flags[@]}"
run_step "unit tests" jest -c jest.unit.config.js --json --outputFile="$results/unit.json"
run_step "console unit tests" npx vitest run --root apps/console --reporter=default --reporter=json --outputFile.json="$results/console.json"
run_step "integration tests" jest -c jest.integration.config.js --maxWorkers=2 --json --outputFile="$results/integration.json"
run_step "system tests" jest -c tests/system/jest.config.js --runInBand --json --outputFile="$results/system.json"
# The console in a real browser (Debian's Chromium) against the whole platform behind nginx.
if chromium="$(bash scripts/infra.sh browser)"; then
  run_step "browser tests" env CHROMIUM_PATH="$chromium" BROWSER_TEST_RESULTS="$results/browser" BROWSER_TEST_REPORT="$results/browser.json" \
    npx playwright test -c apps/console/playwright.config.ts
else
  log "── browser tests FAILED: no Chromium could be installed"
  failed_steps+=("browser tests")
fi

node scripts/summarize-tests.mjs "$results"/*.json
if ((${#failed_steps[@]} > 0)); then
  log "failed: ${failed_steps[*]}"
  exit 1
fi
