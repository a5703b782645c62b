#!/usr/bin/env bash
# npm start: installs what is missing, builds the services and the console, starts PostgreSQL,
# Kafka, Keycloak (with the demo realm) and nginx (the console's origin), seeds the agency
# directory and demo partner credentials, starts the five services with demo tickets, and prints
# the console's URL first, then the demo users with their password and where everything else is.
# Ctrl-C stops the services, and the infrastructure if this script started it.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"
LOG_TAG=start
cd "$ROOT"

bash scripts/prepare.sh
infra_was_running=false
if bash scripts/infra.sh status >/dev/null 2>&1; then infra_was_running=true; fi
bash scripts/infra.sh up

# Secrets of this installation, made once and kept: duplicate detection compares callers by a
# keyed hash, and partner secrets are encrypted at rest, so both keys must survive restarts.
secrets="$LOCAL_DIR/secrets.env"
if [[ ! -f "$secrets" ]] || ! grep -q '^EXCHANGE_SECRETS_KEY=' "$secrets"; then
  (
    umask 077
    caller_key="$(sed -n 's/^CALLER_HASH_KEY=//p' "$secrets" 2>/dev/null || true)"
    printf 'CALLER_HASH_KEY=%s\nEXCHANGE_SECRETS_KEY=%s\n' "${caller_key:-$(openssl rand -hex 32)}" "$(openssl rand -hex 32)" >"$secrets"
  )
fi
set -a
# shellcheck source=/dev/null
source "$secrets"
# shellcheck source=/dev/null
[[ "$KEYCLOAK_ENABLED" == 1 ]] && source "$KEYCLOAK_SECRETS_FILE"
set +a

PARTNER_110_PID_FILE="$LOCAL_DIR/run/partner-110.pid"
declare -A PORTS=([intake]=3001 [routing]=3002 [legal-aid]=3003 [mediation]=3004 [hotline-exchange]=3005)
SERVICES=(intake routing legal-aid mediation hotline-exchange)
pg_url() { echo "postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/${1//-/_}"; }
service_env() { env PORT="${PORTS[$1]}" DATABASE_URL="$(pg_url "$1")" KAFKA_BROKERS="$KAFKA_BROKERS" "${@:2}"; }
# Run in the background, the job's subshell becomes the service itself (exec), so the pid in
# `pids` is the one Ctrl-C stops.
run_service() { exec env PORT="${PORTS[$1]}" DATABASE_URL="$(pg_url "$1")" KAFKA_BROKERS="$KAFKA_BROKERS" node "apps/$1/dist/main.js"; }

for service in "${SERVICES[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[$service]}") 2>/dev/null; then
    die "port ${PORTS[$service]} for $service is already in use (is the platform already running?)"
  fi
done

log "seeding the agency directory (Guangdong 44, Guizhou 52)"
service_env routing node apps/routing/dist/cli/seed-directory.js >>"$LOCAL_DIR/logs/seed.log" 2>&1 ||
  die "directory seed failed (see $LOCAL_DIR/logs/seed.log)"

# The console's address, first and plain to see: it is where people start.
console_banner() {
  if [[ "$NGINX_ENABLED" != 1 ]]; then
    echo "  The console is not served here (NGINX_ENABLED=0); the services answer at the URLs below."
    return 0
  fi
  echo "  ┌──────────────────────────────────────────────────────────────────────────────"
  echo "  │  Console (12348 工作台):  $CONSOLE_URL"
  echo "  │  Open it in a browser and sign in as one of the demo users below."
  if [[ ! -f "$CONSOLE_ROOT/index.html" ]]; then
    echo "  │  (not built yet: run 'npx nx build console'; until then the page says so)"
  fi
  echo "  └──────────────────────────────────────────────────────────────────────────────"
}

# A service's path behind the console's origin (the table's last column), or its heading.
via_console() {
  [[ "$NGINX_ENABLED" == 1 ]] || return 0
  if [[ -z "${1:-}" ]]; then echo "through the console's origin"; else echo "${CONSOLE_URL}api/$1/v1/..."; fi
}

# The demo users of the realm, with the role and body each signs in for.
demo_users() {
  [[ "$KEYCLOAK_ENABLED" == 1 ]] || return 0
  echo "  Demo users (password for all: $KEYCLOAK_DEMO_PASSWORD):"
  node -e '
    const realm = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const user of realm.users) {
      const org = user.attributes.org_name?.[0] ?? "";
      const area = user.attributes.area ? ` area ${user.attributes.area[0]}` : "";
      console.log(`    ${user.username.padEnd(18)} ${user.realmRoles.join(",").padEnd(16)} ${user.firstName}  ${org}${area}`);
    }' "$ROOT/infra/keycloak/realm-legal-hotline.json"
  echo
  echo "  Keycloak administration: ${KEYCLOAK_URL}/admin/ (user $KEYCLOAK_ADMIN_USERNAME, password in $KEYCLOAK_SECRETS_FILE)"
}

pids=()
# The partner demo's processes (the 110 simulator, the demo's steps): stopped with the services,
# but their end does not stop the platform.
helper_pids=()
stop_all() {
  trap - INT TERM
  log "stopping services"
  for pid in "${helper_pids[@]}" "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${helper_pids[@]}" "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -f "$PARTNER_110_PID_FILE"
  if [[ "$infra_was_running" == false ]]; then bash scripts/infra.sh down; fi
  log "stopped"
  exit 0
}
trap stop_all INT TERM

for service in "${SERVICES[@]}"; do
  run_service "$service" >>"$LOCAL_DIR/logs/$service.log" 2>&1 &
  pids+=($!)
done

for service in "${SERVICES[@]}"; do
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:${PORTS[$service]}/health" >/dev/null 2>&1; then continue 2; fi
    sleep 0.5
  done
  tail -n 30 "$LOCAL_DIR/logs/$service.log" >&2
  stop_all
done

# Each partner delivers to its simulator (npm run partner), whose delivery secret joins its key in the file.
service_env hotline-exchange DEMO_PARTNER_KEYS_FILE="$LOCAL_DIR/demo-partner-keys.json" DEMO_PARTNER_SIMULATORS=1 \
  node apps/hotline-exchange/dist/cli/seed-demo-partners.js >>"$LOCAL_DIR/logs/seed.log" 2>&1 ||
  die "partner seed failed (see $LOCAL_DIR/logs/seed.log)"
node scripts/demo-tickets.mjs "http://127.0.0.1:${PORTS[intake]}" || warn "demo tickets could not be loaded"
# The desk: knowledge base, special lines and a duty rota that always has someone on duty.
service_env intake node apps/intake/dist/cli/seed-demo-desk.js >>"$LOCAL_DIR/logs/seed.log" 2>&1 ||
  warn "demo knowledge base, special lines and duty rota could not be loaded (see $LOCAL_DIR/logs/seed.log)"

# The partner demo both ways (docs/partner-kit/README.md): 110, simulated, answers the demo's
# transfer to 110 and forwards a case of its own; the demo's steps on the platform side run beside it.
if [[ "$NGINX_ENABLED" == 1 ]]; then exchange_api="${CONSOLE_URL}api/hotline-exchange"; else exchange_api="http://127.0.0.1:${PORTS[hotline-exchange]}/api"; fi
DEMO_FORWARD_REFERENCE=110-FS-DEMO-0001
if (exec 3<>"/dev/tcp/127.0.0.1/18110") 2>/dev/null; then
  warn "port 18110 is in use: the 110 partner simulator is not started (is one already running?)"
else
  node apps/partner-simulator/dist/main.js 110 --platform "$exchange_api" --keys-file "$LOCAL_DIR/demo-partner-keys.json" \
    --forward --reference "$DEMO_FORWARD_REFERENCE" --pace 1500 >>"$LOCAL_DIR/logs/partner-110.log" 2>&1 &
  helper_pids+=($!)
  mkdir -p "$(dirname "$PARTNER_110_PID_FILE")"
  echo $! >"$PARTNER_110_PID_FILE"
  DEMO_PARTNER_KEYS_FILE="$LOCAL_DIR/demo-partner-keys.json" node scripts/demo-partner-flows.mjs "http://127.0.0.1:${PORTS[intake]}" \
    "http://127.0.0.1:${PORTS[legal-aid]}" "http://127.0.0.1:${PORTS[mediation]}" "$exchange_api" "$DEMO_FORWARD_REFERENCE" \
    >>"$LOCAL_DIR/logs/demo-partners.log" 2>&1 &
  helper_pids+=($!)
fi

cat <<MSG

  The 12348 work-order platform is running.

$(console_banner)

$(demo_users)

  service            URL                     API docs                     $(via_console)
  intake             http://127.0.0.1:3001   http://127.0.0.1:3001/docs   $(via_console intake)
  routing            http://127.0.0.1:3002   http://127.0.0.1:3002/docs   $(via_console routing)
  legal-aid          http://127.0.0.1:3003   http://127.0.0.1:3003/docs   $(via_console legal-aid)
  mediation          http://127.0.0.1:3004   http://127.0.0.1:3004/docs   $(via_console mediation)
  hotline-exchange   http://127.0.0.1:3005   http://127.0.0.1:3005/docs   $(via_console hotline-exchange)

  PostgreSQL  $PGHOST:$PGPORT (user $PGUSER)      Kafka  $KAFKA_BROKERS
  Identity provider (OpenID Connect): $OIDC_ISSUER

  Partner kit (合作方接入包): docs/partner-kit/README.md
    OpenAPI for partners: ${CONSOLE_URL}api/hotline-exchange/partner-docs-json (direct: http://127.0.0.1:3005/partner-docs-json)
    110 simulator in the background: $LOCAL_DIR/logs/partner-110.log; the partner demo's steps: $LOCAL_DIR/logs/demo-partners.log
    Another partner: npm run partner -- 12345   (options: npm run partner -- --help)
  Demo partner keys (sign requests with the Standard Webhooks scheme): $LOCAL_DIR/demo-partner-keys.json
$(node -e 'for (const [code, key] of Object.entries(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")))) console.log(`    ${code.padEnd(6)} key id ${key.keyId}  secret ${key.secret}`)' "$LOCAL_DIR/demo-partner-keys.json")
  Logs: $LOCAL_DIR/logs/<service>.log (nginx: $NGINX_LOG, $NGINX_ACCESS_LOG)

  Press Ctrl-C to stop.
MSG

while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      warn "${SERVICES[$i]} exited; last log lines:"
      tail -n 20 "$LOCAL_DIR/logs/${SERVICES[$i]}.log" >&2
      stop_all
    fi
  done
  sleep 2 &
  wait $! || true
done
