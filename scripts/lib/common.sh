# shellcheck shell=bash
# Shared settings and helpers for the scripts in scripts/.
#
# This file is sourced, both by the executable scripts and (through
# scripts/env.sh) by interactive shells. It therefore must not change shell
# options such as `set -e`, and must not call `exit` at the top level: doing
# either would affect, or close, the shell of whoever sourced it.

if [[ -n "${_PLATFORM_COMMON_SH:-}" ]]; then
  return 0
fi
_PLATFORM_COMMON_SH=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="${PLATFORM_LOCAL_DIR:-$ROOT/.local}"
# Processes we start run with other working directories (and PostgreSQL as
# another user), so every path handed to them must be absolute.
if [[ "$LOCAL_DIR" != /* ]]; then
  LOCAL_DIR="$PWD/$LOCAL_DIR"
fi
export ROOT LOCAL_DIR

# --- logging ---------------------------------------------------------------
# Everything goes to stderr so that stdout stays usable for machine-readable
# output (e.g. `infra.sh status`).

log() { printf '[%s] %s\n' "${LOG_TAG:-platform}" "$*" >&2; }
warn() { printf '[%s] warning: %s\n' "${LOG_TAG:-platform}" "$*" >&2; }
die() {
  printf '[%s] error: %s\n' "${LOG_TAG:-platform}" "$*" >&2
  exit 1
}

# --- documented defaults (an existing value always wins) -------------------

: "${PGHOST:=127.0.0.1}"
: "${PGPORT:=54329}"
: "${PGUSER:=platform}"
: "${PGPASSWORD:=platform}"
: "${PG_DATA_DIR:=$LOCAL_DIR/pg/data}"
: "${PG_LOG:=$LOCAL_DIR/logs/postgres.log}"

: "${KAFKA_PORT:=19092}"
: "${KAFKA_CONTROLLER_PORT:=19093}"
: "${KAFKA_BROKERS:=127.0.0.1:$KAFKA_PORT}"
: "${KAFKA_DATA_DIR:=$LOCAL_DIR/kafka/data}"
: "${KAFKA_LOG:=$LOCAL_DIR/logs/kafka.log}"
: "${KAFKA_HEAP_OPTS:=-Xms256m -Xmx512m}"

: "${SERVICE_DATABASES:=intake routing legal_aid mediation hotline_exchange}"

# The embedded OpenID Connect provider. KEYCLOAK_ENABLED=0 leaves it out when OIDC_ISSUER
# names another provider (a province's unified identity platform).
: "${KEYCLOAK_ENABLED:=1}"
: "${KEYCLOAK_PORT:=18080}"
: "${KEYCLOAK_MANAGEMENT_PORT:=19000}"
: "${KEYCLOAK_DB:=keycloak}"
: "${KEYCLOAK_REALM:=legal-hotline}"
: "${KEYCLOAK_URL:=http://127.0.0.1:$KEYCLOAK_PORT/auth}"
: "${KEYCLOAK_LOG:=$LOCAL_DIR/logs/keycloak.log}"
: "${KEYCLOAK_HEAP_OPTS:=-Xms128m -Xmx768m}"
: "${KEYCLOAK_SECRETS_FILE:=$LOCAL_DIR/keycloak/secrets.env}"
: "${OIDC_ISSUER:=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM}"

# nginx, the console's one origin: the built console at / and the services under /api/<service>/.
# NGINX_ENABLED=0 leaves it out (another web server or gateway serves the console).
# CONSOLE_HSTS=1 adds Strict-Transport-Security, for when a gateway in front serves it over HTTPS.
: "${NGINX_ENABLED:=1}"
: "${CONSOLE_PORT:=8080}"
: "${CONSOLE_URL:=http://127.0.0.1:$CONSOLE_PORT/}"
: "${CONSOLE_ROOT:=$ROOT/apps/console/dist}"
: "${CONSOLE_HSTS:=0}"
: "${NGINX_LOG:=$LOCAL_DIR/logs/nginx.log}"
: "${NGINX_ACCESS_LOG:=$LOCAL_DIR/logs/nginx-access.log}"

export PGHOST PGPORT PGUSER PGPASSWORD PG_DATA_DIR PG_LOG
export KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_BROKERS KAFKA_DATA_DIR KAFKA_LOG KAFKA_HEAP_OPTS
export SERVICE_DATABASES
export KEYCLOAK_ENABLED KEYCLOAK_PORT KEYCLOAK_MANAGEMENT_PORT KEYCLOAK_DB KEYCLOAK_REALM KEYCLOAK_URL KEYCLOAK_LOG
export KEYCLOAK_HEAP_OPTS KEYCLOAK_SECRETS_FILE OIDC_ISSUER
export NGINX_ENABLED CONSOLE_PORT CONSOLE_URL CONSOLE_ROOT CONSOLE_HSTS NGINX_LOG NGINX_ACCESS_LOG

# --- helpers ---------------------------------------------------------------

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Installs Debian packages when we are allowed to; returns non-zero otherwise
# so callers can print a message that says what to install by hand.
# The package index is refreshed once per process: on a fresh machine it is
# empty, and `apt-get install` would find nothing.
_PLATFORM_APT_UPDATED=""
apt_install() {
  if ! is_root || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  log "installing Debian package(s): $*"
  if [[ -z "$_PLATFORM_APT_UPDATED" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    _PLATFORM_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Major version of a `node` binary, or empty when it cannot be run.
node_major() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 0
  v="${v#v}"
  printf '%s' "${v%%.*}"
}

# The node found on PATH when our own toolchain directory is left out.
system_node() {
  local tc_bin="$LOCAL_DIR/toolchain/bin" dir
  local IFS=:
  for dir in $PATH; do
    [[ -z "$dir" || "$dir" == "$tc_bin" ]] && continue
    if [[ -x "$dir/node" ]]; then
      printf '%s' "$dir/node"
      return 0
    fi
  done
  return 1
}

# True when the caller asked for the machine's own Node and it is new enough,
# in which case the pinned toolchain is neither installed nor put on PATH.
use_system_node() {
  [[ "${PLATFORM_USE_SYSTEM_NODE:-0}" == 1 ]] || return 1
  local node major
  node="$(system_node)" || return 1
  major="$(node_major "$node")"
  [[ -n "$major" && "$major" -ge 24 ]]
}
