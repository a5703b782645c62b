#!/usr/bin/env bash
# Local PostgreSQL, Kafka, Keycloak and nginx for development, tests and CI, without containers.
#
#   scripts/infra.sh up       start them all (installing/initialising what is missing)
#   scripts/infra.sh down     stop them
#   scripts/infra.sh status   one line per component; exit 0 only if all run
#   scripts/infra.sh reset    stop them and delete their data
#   scripts/infra.sh browser  install Chromium and CJK fonts when missing; print Chromium's path
#
# Everything lives under $LOCAL_DIR (default .local/): data, logs, pid files,
# the Kafka jars, the Keycloak distribution and nginx's configuration. KEYCLOAK_ENABLED=0 leaves
# Keycloak out (another OpenID Connect provider is configured), NGINX_ENABLED=0 leaves nginx out.
# Ports, credentials and paths come from scripts/lib/common.sh and can be overridden through the
# environment.
#
# Other settings read here:
#   PLATFORM_THROWAWAY_DB=1  trade PostgreSQL durability for speed (fsync off);
#                            for test runs only, never the default
#   PG_BIN_DIR               PostgreSQL bin directory, if not auto-detected
#   KAFKA_JVM_PERFORMANCE_OPTS, JAVA_HOME
#   NGINX_BIN, CHROMIUM_PATH    the binaries to use, if not found on PATH or in /usr/sbin, /usr/bin
set -euo pipefail

# shellcheck disable=SC2034 # read by the log helpers in common.sh
LOG_TAG=infra
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
PG_RUN_DIR="$LOCAL_DIR/pg/run"

KAFKA_DIR="$LOCAL_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_LIBS_STAGING="$KAFKA_DIR/libs.new"
KAFKA_LIBS_STAMP="$KAFKA_LIBS/.pom.sha256"
KAFKA_CONFIG="$KAFKA_DIR/server.properties"
KAFKA_CLUSTER_ID_FILE="$KAFKA_DIR/cluster.id"
KAFKA_PID_FILE="$RUN_DIR/kafka.pid"
KAFKA_POM="$ROOT/infra/kafka/pom.xml"
KAFKA_LOG4J="$ROOT/infra/kafka/log4j2.yaml"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-60}"
KAFKA_STOP_TIMEOUT=30
# The JVM flags Kafka's own start scripts use.
: "${KAFKA_JVM_PERFORMANCE_OPTS:=-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"

usage() {
  echo "usage: $(basename "$0") up|down|status|reset|browser" >&2
  exit 2
}

# --- generic helpers -------------------------------------------------------

# kill -0 alone is not enough: an exited process stays in the table as a
# zombie until its parent (often PID 1) reaps it, which can take a while.
pid_alive() {
  local pid="$1" stat
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat:0:1}" != Z ]]
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port_owner() {
  local owner=""
  if command -v ss >/dev/null 2>&1; then
    owner="$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(.*)' | head -n1 || true)"
  fi
  printf '%s' "${owner:-an unknown process}"
}

die_port_taken() {
  die "port $1 ($2) is already in use by $(port_owner "$1"), which is not the instance this script manages; stop it or choose another port with $3"
}

# Writes a file only when its content differs, so callers can tell whether a
# running server needs to pick up a change. Returns 0 when it changed.
write_if_changed() {
  local file="$1" content="$2"
  if [[ -f "$file" ]] && [[ "$(cat "$file")" == "$content" ]]; then
    return 1
  fi
  printf '%s\n' "$content" >"$file.tmp"
  mv "$file.tmp" "$file"
}

# Refuses to delete anything that is obviously not ours, since the paths come
# from environment variables.
safe_rm() {
  local path
  for path in "$@"; do
    case "$path" in
      "" | / | "$ROOT" | "$ROOT/" | "$LOCAL_DIR" | "$LOCAL_DIR/" | "${HOME:-/}" | "${HOME:-/}/")
        die "refusing to delete '$path'"
        ;;
    esac
    rm -rf -- "$path"
  done
}

# Prints the pid of a server this script started: the one in PID_FILE when CHECK
# accepts it, else one found by scanning the process table (grep GREP_FLAGS PATTERN over
# /proc/*/cmdline), so a lost or stale pid file neither hides a running server nor makes us
# signal an unrelated process that reused the pid.
managed_pid() {
  local pid_file="$1" check="$2" grep_flags="$3" pattern="$4" pid="" file
  if [[ -f "$pid_file" ]]; then
    pid="$(cat "$pid_file" 2>/dev/null || true)"
    if "$check" "$pid"; then
      printf '%s' "$pid"
      return 0
    fi
  fi
  for file in $(grep "$grep_flags" -- "$pattern" /proc/[0-9]*/cmdline 2>/dev/null || true); do
    pid="${file#/proc/}"
    pid="${pid%/cmdline}"
    if "$check" "$pid"; then
      printf '%s' "$pid"
      return 0
    fi
  done
  return 1
}

# Waits until READY answers for a server just started as PID; dies with the end of its LOG
# when it exits during start-up, or stops it (STOP) when it is not ready within TIMEOUT seconds.
wait_until_ready() {
  local name="$1" pid="$2" ready="$3" stop="$4" log_file="$5" pid_file="$6" timeout="$7" interval="$8"
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      tail -n 40 "$log_file" >&2 || true
      rm -f "$pid_file"
      die "$name exited during start-up (log: $log_file)"
    fi
    "$ready" && return 0
    sleep "$interval"
  done
  tail -n 40 "$log_file" >&2 || true
  "$stop"
  die "$name was not ready within ${timeout}s; stopped it (log: $log_file)"
}

# A Node.js new enough for the scripts in infra/: the one on PATH, else the project's toolchain.
platform_node() {
  local node
  node="$(command -v node || true)"
  if [[ -z "$node" || "$(node_major "$node")" -lt 20 ]]; then
    node="$LOCAL_DIR/toolchain/bin/node"
  fi
  [[ -x "$node" ]] || die "Node.js is needed to $1; run 'source scripts/env.sh' first"
  printf '%s' "$node"
}

# Serialises up/down/reset: parallel jobs on one machine (for example several
# test suites) may all call `up` at once.
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 8>"$RUN_DIR/infra.lock"
  if ! flock -w 300 8; then
    die "another infra.sh has held $RUN_DIR/infra.lock for 5 minutes"
  fi
}

# --- PostgreSQL ------------------------------------------------------------

PG_BIN=""
PG_OS_USER="$(id -un)"
if is_root; then
  # PostgreSQL refuses to run as root.
  PG_OS_USER=postgres
fi

find_pg_bin() {
  local dir candidates=()
  if [[ -n "${PG_BIN_DIR:-}" ]]; then
    candidates+=("$PG_BIN_DIR")
  fi
  if command -v pg_config >/dev/null 2>&1; then
    candidates+=("$(pg_config --bindir 2>/dev/null || true)")
  fi
  # Newest version first when several are installed side by side.
  while IFS= read -r dir; do
    candidates+=("$dir")
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -rV)
  if command -v initdb >/dev/null 2>&1; then
    candidates+=("$(dirname "$(command -v initdb)")")
  fi
  for dir in "${candidates[@]}"; do
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" && -x "$dir/psql" ]]; then
      PG_BIN="$dir"
      return 0
    fi
  done
  return 1
}

ensure_pg_bin() {
  find_pg_bin && return 0
  log "PostgreSQL server binaries not found"
  apt_install postgresql ||
    die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; install them (Debian/Ubuntu: apt-get install -y postgresql) or point PG_BIN_DIR at their directory"
  find_pg_bin || die "installed postgresql but still cannot find initdb; set PG_BIN_DIR"
}

# Runs a command as the OS user that owns the cluster. From / so that the
# postgres user is not left in a directory it may not be allowed to read.
as_pg() {
  if is_root; then
    (cd / && runuser -u "$PG_OS_USER" -- "$@")
  else
    "$@"
  fi
}

pg_ctl_() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA_DIR" "$@"; }

# When running as root the server runs as `postgres`, which needs to pass
# through every parent directory of its data, socket and log directories.
# Only the search bit is added, so no directory becomes listable.
make_traversable() { make_traversable_for "$PG_OS_USER" "$1"; }

# The same for any unprivileged USER (nginx's workers); directories that do not exist yet are
# skipped.
make_traversable_for() {
  is_root || return 0
  local user="$1" dir="$2"
  while [[ "$dir" != / && -n "$dir" ]]; do
    if [[ -d "$dir" ]] && ! (cd / && runuser -u "$user" -- test -x "$dir"); then
      log "allowing $user to traverse $dir (chmod o+x)"
      chmod o+x "$dir"
    fi
    dir="$(dirname "$dir")"
  done
}

pg_pid() {
  local pid
  [[ -f "$PG_DATA_DIR/postmaster.pid" ]] || return 1
  pid="$(head -n1 "$PG_DATA_DIR/postmaster.pid" 2>/dev/null)" || return 1
  pid_alive "$pid" || return 1
  printf '%s' "$pid"
}

pg_running() { pg_pid >/dev/null; }

pg_prepare_os_user() {
  is_root || return 0
  if ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
    log "creating system user $PG_OS_USER to run PostgreSQL"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
}

pg_init() {
  local data_version bin_version
  if [[ -f "$PG_DATA_DIR/PG_VERSION" ]]; then
    data_version="$(cat "$PG_DATA_DIR/PG_VERSION")"
    bin_version="$("$PG_BIN/postgres" --version | grep -oE '[0-9]+' | head -n1)"
    if [[ "$data_version" != "$bin_version" ]]; then
      die "the cluster in $PG_DATA_DIR was created by PostgreSQL $data_version but $PG_BIN is version $bin_version; run '$0 reset' to recreate it (this deletes its data)"
    fi
    return 0
  fi
  if [[ -d "$PG_DATA_DIR" ]] && [[ -n "$(ls -A "$PG_DATA_DIR")" ]]; then
    die "$PG_DATA_DIR exists but is not a PostgreSQL data directory; move it away or run '$0 reset'"
  fi

  log "initialising PostgreSQL cluster in $PG_DATA_DIR"
  mkdir -p "$PG_DATA_DIR"
  if is_root; then
    chown "$PG_OS_USER": "$PG_DATA_DIR"
  fi
  chmod 0700 "$PG_DATA_DIR"
  make_traversable "$(dirname "$PG_DATA_DIR")"

  local args=(-D "$PG_DATA_DIR" --encoding=UTF8 --locale=C
    --auth-local=trust --auth-host=scram-sha-256)
  # Nothing of value is lost if a throwaway cluster's files are not synced.
  if [[ "${PLATFORM_THROWAWAY_DB:-0}" == 1 ]]; then
    args+=(--no-sync)
  fi
  if ! as_pg "$PG_BIN/initdb" "${args[@]}" >"$LOG_DIR/initdb.log" 2>&1; then
    cat "$LOG_DIR/initdb.log" >&2
    die "initdb failed (log: $LOG_DIR/initdb.log)"
  fi
}

# Sets PG_CONFIG_CHANGED=1 when a file had to be rewritten.
PG_CONFIG_CHANGED=0
pg_write_config() {
  local conf hba
  case "$PG_RUN_DIR" in *"'"*) die "paths containing a single quote are not supported: $PG_RUN_DIR" ;; esac

  conf="# Managed by scripts/infra.sh; rewritten on every 'up'.
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$PG_RUN_DIR'
max_connections = 300
password_encryption = scram-sha-256"
  if [[ "${PLATFORM_THROWAWAY_DB:-0}" == 1 ]]; then
    conf+="

# PLATFORM_THROWAWAY_DB=1: data may be lost on a crash, which is fine for tests.
fsync = off
synchronous_commit = off
full_page_writes = off"
  fi

  hba="# Managed by scripts/infra.sh; rewritten on every 'up'.
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       $PG_OS_USER  trust
local   all       all   scram-sha-256
host    all       all   127.0.0.1/32   scram-sha-256"

  if write_if_changed "$PG_DATA_DIR/platform.conf" "$conf"; then PG_CONFIG_CHANGED=1; fi
  if write_if_changed "$PG_DATA_DIR/pg_hba.conf" "$hba"; then PG_CONFIG_CHANGED=1; fi
  if ! grep -qxF "include_if_exists = 'platform.conf'" "$PG_DATA_DIR/postgresql.conf"; then
    printf "\ninclude_if_exists = 'platform.conf'\n" >>"$PG_DATA_DIR/postgresql.conf"
    PG_CONFIG_CHANGED=1
  fi
  if is_root; then
    chown "$PG_OS_USER": "$PG_DATA_DIR/platform.conf" "$PG_DATA_DIR/pg_hba.conf" "$PG_DATA_DIR/postgresql.conf"
  fi
}

# psql as the cluster owner over the unix socket (trusted, no password).
# The port and socket directory come from postmaster.pid, i.e. from the
# running server, which matters while a changed port is not yet applied.
pg_admin_psql() {
  local port="$PGPORT" socket_dir="$PG_RUN_DIR"
  if [[ -f "$PG_DATA_DIR/postmaster.pid" ]]; then
    port="$(sed -n 4p "$PG_DATA_DIR/postmaster.pid")"
    socket_dir="$(sed -n 5p "$PG_DATA_DIR/postmaster.pid")"
  fi
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket_dir" -p "$port" \
    -U "$PG_OS_USER" -d postgres "$@"
}

pg_start() {
  local socket="$PG_RUN_DIR/.s.PGSQL.$PGPORT"
  # Unix socket paths are limited to 107 bytes.
  if ((${#socket} > 100)); then
    die "socket path $socket is too long for a unix socket; set PLATFORM_LOCAL_DIR to a shorter directory"
  fi
  if port_open "$PGPORT"; then
    die_port_taken "$PGPORT" PostgreSQL PGPORT
  fi

  mkdir -p "$PG_RUN_DIR" "$(dirname "$PG_LOG")"
  touch "$PG_LOG"
  if is_root; then
    chown "$PG_OS_USER": "$PG_RUN_DIR" "$PG_LOG"
  fi
  make_traversable "$PG_RUN_DIR"
  make_traversable "$(dirname "$PG_LOG")"

  log "starting PostgreSQL on 127.0.0.1:$PGPORT"
  # fd 8 is the infra lock; the server must not keep holding it.
  if ! pg_ctl_ -l "$PG_LOG" -w -t 60 -s start 8>&-; then
    tail -n 40 "$PG_LOG" >&2 || true
    die "PostgreSQL did not start (log: $PG_LOG)"
  fi
}

pg_apply_config_change() {
  local pending
  log "PostgreSQL configuration changed; reloading"
  pg_ctl_ -s reload
  sleep 0.5
  pending="$(pg_admin_psql -Atc 'select count(*) from pg_settings where pending_restart')"
  if [[ "$pending" != 0 ]]; then
    log "some changed settings need a restart; restarting PostgreSQL"
    if ! pg_ctl_ -l "$PG_LOG" -m fast -w -t 60 -s restart 8>&-; then
      tail -n 40 "$PG_LOG" >&2 || true
      die "PostgreSQL did not restart (log: $PG_LOG)"
    fi
  fi
}

app_login_works() {
  PGPASSWORD="$PGPASSWORD" PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -At \
    -h 127.0.0.1 -p "$PGPORT" -U "$PGUSER" -d postgres -c 'select 1' >/dev/null 2>&1
}

pg_ensure_role_and_databases() {
  # psql variables (:'name' / :"name") do the quoting, and \gexec runs each
  # generated statement on its own, which CREATE DATABASE requires.
  pg_admin_psql -v role="$PGUSER" -v pass="$PGPASSWORD" -v dbs="$SERVICE_DATABASES $KEYCLOAK_DB" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pass')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'role')
  FROM regexp_split_to_table(btrim(:'dbs'), '\s+') AS d
 WHERE d <> '' AND NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d)
\gexec
SQL
  if app_login_works; then
    return 0
  fi
  # The role predates a change of PGPASSWORD (or lost LOGIN): converge it.
  log "updating password and attributes of role $PGUSER"
  pg_admin_psql -v role="$PGUSER" -v pass="$PGPASSWORD" <<'SQL'
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pass')
\gexec
SQL
  app_login_works || die "cannot log in to PostgreSQL as $PGUSER over 127.0.0.1:$PGPORT (log: $PG_LOG)"
}

pg_up() {
  ensure_pg_bin
  pg_prepare_os_user
  pg_init
  pg_write_config
  if pg_running; then
    if ((PG_CONFIG_CHANGED)); then
      pg_apply_config_change
    fi
  else
    pg_start
  fi
  pg_ensure_role_and_databases
}

pg_stop() {
  local pid i
  pid="$(pg_pid)" || return 0
  log "stopping PostgreSQL (pid $pid)"
  if find_pg_bin; then
    pg_ctl_ -m fast -w -t 60 -s stop
    return 0
  fi
  # Without the binaries, SIGINT is the postmaster's "fast shutdown".
  kill -INT "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 120; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.5
  done
  die "PostgreSQL (pid $pid) did not stop within 60 s"
}

# --- Kafka -----------------------------------------------------------------

JAVA=""

ensure_java() {
  local out line major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    JAVA="$(command -v java)"
  else
    log "java not found"
    apt_install default-jre-headless ||
      die "Kafka needs Java 17 or newer; install it (Debian 12: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME"
    JAVA="$(command -v java)"
  fi
  out="$("$JAVA" -version 2>&1)" || die "$JAVA does not run: $out"
  line="${out%%$'\n'*}"
  [[ "$line" =~ \"([0-9]+)(\.([0-9]+))? ]] || die "cannot tell the Java version from: $line"
  major="${BASH_REMATCH[1]}"
  if [[ "$major" == 1 ]]; then
    major="${BASH_REMATCH[3]}"
  fi
  if ((major < 17)); then
    die "Kafka 4 needs Java 17 or newer, but $JAVA is Java $major; install a newer JDK (Debian 12: apt-get install -y openjdk-17-jre-headless) and put it first on PATH or set JAVA_HOME"
  fi
}

ensure_mvn() {
  command -v mvn >/dev/null 2>&1 && return 0
  log "mvn not found"
  apt_install maven ||
    die "Maven is needed once to download Kafka's jars from Maven Central; install it (Debian: apt-get install -y maven)"
}

# Downloads the jars into a staging directory when they are missing or the
# POM changed since they were fetched. Sets KAFKA_LIBS_STAGED=1 in that case;
# kafka_up moves them into place once no broker is using the old ones.
KAFKA_LIBS_STAGED=0
kafka_resolve_libs() {
  local want
  want="$(sha256sum "$KAFKA_POM" | cut -d' ' -f1)"
  if [[ -d "$KAFKA_LIBS" && -f "$KAFKA_LIBS_STAMP" && "$(cat "$KAFKA_LIBS_STAMP")" == "$want" ]]; then
    return 0
  fi
  ensure_mvn
  log "resolving Kafka jars from Maven Central (infra/kafka/pom.xml)"
  safe_rm "$KAFKA_LIBS_STAGING"
  mkdir -p "$KAFKA_DIR"
  if ! mvn -q -B -f "$KAFKA_POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS_STAGING" \
    >"$LOG_DIR/kafka-resolve.log" 2>&1; then
    tail -n 40 "$LOG_DIR/kafka-resolve.log" >&2
    die "could not resolve Kafka's jars (log: $LOG_DIR/kafka-resolve.log)"
  fi
  if ! compgen -G "$KAFKA_LIBS_STAGING/kafka_2.13-*.jar" >/dev/null; then
    die "Maven finished but no kafka_2.13 jar was copied (log: $LOG_DIR/kafka-resolve.log)"
  fi
  printf '%s\n' "$want" >"$KAFKA_LIBS_STAGING/.pom.sha256"
  KAFKA_LIBS_STAGED=1
}

kafka_install_staged_libs() {
  safe_rm "$KAFKA_LIBS"
  mv "$KAFKA_LIBS_STAGING" "$KAFKA_LIBS"
  KAFKA_LIBS_STAGED=0
}

# Sets KAFKA_CONFIG_CHANGED=1 when server.properties had to be rewritten.
KAFKA_CONFIG_CHANGED=0
kafka_write_config() {
  local content
  mkdir -p "$KAFKA_DIR"
  # The share.coordinator.* settings exist since Kafka 4.0 (share groups);
  # a single node cannot provide their default replication factor of 3.
  content="# Managed by scripts/infra.sh; rewritten on every 'up'.
# One node acting as both KRaft controller and broker.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA_DIR
num.partitions=6
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1"
  if write_if_changed "$KAFKA_CONFIG" "$content"; then
    KAFKA_CONFIG_CHANGED=1
  fi
}

# Is this pid the broker started from our server.properties?
is_our_kafka() {
  local pid="$1"
  pid_alive "$pid" || return 1
  grep -qzxF kafka.Kafka "/proc/$pid/cmdline" 2>/dev/null &&
    grep -qzxF "$KAFKA_CONFIG" "/proc/$pid/cmdline" 2>/dev/null
}

# Prints the pid of our running broker (see managed_pid).
kafka_pid() {
  managed_pid "$KAFKA_PID_FILE" is_our_kafka -lzxF "$KAFKA_CONFIG"
}

kafka_java() {
  "$JAVA" -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" "$@"
}

kafka_format() {
  local cluster_id
  if [[ -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
    return 0
  fi
  if [[ -s "$KAFKA_CLUSTER_ID_FILE" ]]; then
    cluster_id="$(cat "$KAFKA_CLUSTER_ID_FILE")"
  else
    # The id is the only 22-character base64url line; anything else on
    # stdout would be log output.
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$LOG_DIR/kafka-format.log" |
      grep -E '^[A-Za-z0-9_-]{22}$' | tail -n1 || true)"
    [[ -n "$cluster_id" ]] || die "could not generate a Kafka cluster id (log: $LOG_DIR/kafka-format.log)"
    printf '%s\n' "$cluster_id" >"$KAFKA_CLUSTER_ID_FILE"
  fi
  log "formatting Kafka storage in $KAFKA_DATA_DIR (cluster id $cluster_id)"
  mkdir -p "$KAFKA_DATA_DIR"
  if ! kafka_java kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_CONFIG" \
    >>"$LOG_DIR/kafka-format.log" 2>&1; then
    tail -n 40 "$LOG_DIR/kafka-format.log" >&2
    die "formatting Kafka storage failed (log: $LOG_DIR/kafka-format.log)"
  fi
}

kafka_ready() {
  port_open "$KAFKA_PORT" && grep -qF 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null
}

kafka_wait_ready() {
  wait_until_ready Kafka "$1" kafka_ready kafka_stop "$KAFKA_LOG" "$KAFKA_PID_FILE" "$KAFKA_START_TIMEOUT" 0.5
}

kafka_start() {
  local port pid
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$port"; then
      die_port_taken "$port" Kafka "KAFKA_PORT / KAFKA_CONTROLLER_PORT"
    fi
  done
  mkdir -p "$RUN_DIR" "$(dirname "$KAFKA_LOG")"
  # Keep the previous run's log for post-mortems, and start the readiness
  # check from a clean file.
  if [[ -s "$KAFKA_LOG" ]]; then
    mv "$KAFKA_LOG" "$KAFKA_LOG.1"
  fi

  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  # setsid + nohup: the broker must outlive this script and not be hit by
  # signals aimed at the caller's terminal or process group. fd 8 is the
  # infra lock, which it must not inherit.
  # shellcheck disable=SC2086 # the *_OPTS variables hold several flags
  (cd "$KAFKA_DIR" && exec nohup setsid "$JAVA" $KAFKA_HEAP_OPTS $KAFKA_JVM_PERFORMANCE_OPTS \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG" \
    >"$KAFKA_LOG" 2>&1 </dev/null 8>&-) &
  pid=$!
  printf '%s\n' "$pid" >"$KAFKA_PID_FILE"
  kafka_wait_ready "$pid"
}

kafka_stop() {
  local pid i
  if ! pid="$(kafka_pid)"; then
    rm -f "$KAFKA_PID_FILE"
    return 0
  fi
  log "stopping Kafka (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < KAFKA_STOP_TIMEOUT * 2; i++)); do
    pid_alive "$pid" || break
    sleep 0.5
  done
  if pid_alive "$pid"; then
    warn "Kafka did not stop within ${KAFKA_STOP_TIMEOUT}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      pid_alive "$pid" || break
      sleep 0.1
    done
  fi
  rm -f "$KAFKA_PID_FILE"
}

kafka_up() {
  local pid=""
  ensure_java
  kafka_resolve_libs
  kafka_write_config

  if pid="$(kafka_pid)"; then
    printf '%s\n' "$pid" >"$KAFKA_PID_FILE"
    if ((KAFKA_LIBS_STAGED)); then
      log "Kafka's jars changed; restarting it"
      kafka_stop
    elif ((KAFKA_CONFIG_CHANGED)); then
      log "Kafka's configuration changed; restarting it"
      kafka_stop
    elif kafka_ready; then
      return 0
    else
      # Started by a concurrent caller or still starting: wait for it.
      kafka_wait_ready "$pid"
      return 0
    fi
  else
    if [[ -f "$KAFKA_PID_FILE" ]]; then
      log "removing stale Kafka pid file"
      rm -f "$KAFKA_PID_FILE"
    fi
  fi

  if ((KAFKA_LIBS_STAGED)); then
    kafka_install_staged_libs
  fi
  kafka_format
  kafka_start
}

# --- Keycloak (the OpenID Connect provider) --------------------------------

KC_DIR="$LOCAL_DIR/keycloak"
KC_HOME="$KC_DIR/dist"
KC_STAGING="$KC_DIR/dist.new"
KC_POM="$ROOT/infra/keycloak/pom.xml"
KC_REALM_FILE="$ROOT/infra/keycloak/realm-legal-hotline.json"
KC_SYNC_SCRIPT="$ROOT/infra/keycloak/sync-realm.mjs"
KC_PID_FILE="$RUN_DIR/keycloak.pid"
KC_REALM_STAMP="$KC_DIR/realm.stamp"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
# Build-time options: changing them needs `kc.sh build` again.
KC_BUILD_OPTS=(--db=postgres --health-enabled=true --http-relative-path=/auth)

kc_build_stamp() {
  printf '%s %s' "$(sha256sum "$KC_POM" | cut -d' ' -f1)" "${KC_BUILD_OPTS[*]}"
}

# Downloads, unpacks and builds the distribution when it is missing or the
# POM or build options changed. Sets KC_STAGED=1; kc_up swaps it in once no
# server uses the old one.
KC_STAGED=0
kc_resolve() {
  local want zip
  want="$(kc_build_stamp)"
  if [[ -x "$KC_HOME/bin/kc.sh" && -f "$KC_HOME/.build.stamp" && "$(cat "$KC_HOME/.build.stamp")" == "$want" ]]; then
    return 0
  fi
  ensure_mvn
  command -v unzip >/dev/null 2>&1 || apt_install unzip || die "unzip is needed to unpack Keycloak; install it (Debian: apt-get install -y unzip)"
  log "resolving Keycloak from Maven Central (infra/keycloak/pom.xml)"
  safe_rm "$KC_STAGING" "$KC_DIR/download"
  mkdir -p "$KC_DIR/download"
  if ! mvn -q -B -f "$KC_POM" dependency:copy-dependencies -DincludeTypes=zip \
    -DincludeArtifactIds=keycloak-quarkus-dist -DoutputDirectory="$KC_DIR/download" \
    >"$LOG_DIR/keycloak-resolve.log" 2>&1; then
    tail -n 40 "$LOG_DIR/keycloak-resolve.log" >&2
    die "could not resolve Keycloak (log: $LOG_DIR/keycloak-resolve.log)"
  fi
  zip="$(compgen -G "$KC_DIR/download/keycloak-quarkus-dist-*.zip" | head -n1)" ||
    die "Maven finished but no keycloak-quarkus-dist zip was copied (log: $LOG_DIR/keycloak-resolve.log)"
  mkdir -p "$KC_STAGING"
  unzip -q "$zip" -d "$KC_STAGING.tmp"
  mv "$KC_STAGING.tmp"/keycloak-*/* "$KC_STAGING/"
  safe_rm "$KC_STAGING.tmp" "$KC_DIR/download"
  log "building Keycloak for PostgreSQL (once)"
  if ! JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA")")")}" \
    "$KC_STAGING/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >"$LOG_DIR/keycloak-build.log" 2>&1; then
    tail -n 40 "$LOG_DIR/keycloak-build.log" >&2
    die "kc.sh build failed (log: $LOG_DIR/keycloak-build.log)"
  fi
  printf '%s\n' "$want" >"$KC_STAGING/.build.stamp"
  KC_STAGED=1
}

# Secrets of this installation, made once: the bootstrap administrator, the
# tools client's secret and the demo users' password. None is in the repo.
kc_secrets() {
  if [[ ! -s "$KEYCLOAK_SECRETS_FILE" ]]; then
    mkdir -p "$(dirname "$KEYCLOAK_SECRETS_FILE")"
    (
      umask 077
      printf 'KEYCLOAK_ADMIN_USERNAME=admin\nKEYCLOAK_ADMIN_PASSWORD=%s\nKEYCLOAK_TOOLS_CLIENT_SECRET=%s\nKEYCLOAK_DEMO_PASSWORD=%s\n' \
        "$(openssl rand -hex 24)" "$(openssl rand -hex 24)" "Demo-$(openssl rand -hex 5)" >"$KEYCLOAK_SECRETS_FILE"
    )
  fi
  set -a
  # shellcheck source=/dev/null
  source "$KEYCLOAK_SECRETS_FILE"
  set +a
}

is_our_keycloak() {
  local pid="$1"
  pid_alive "$pid" || return 1
  grep -qzF "$KC_HOME" "/proc/$pid/cmdline" 2>/dev/null
}

kc_pid() {
  managed_pid "$KC_PID_FILE" is_our_keycloak -lzF "-Dkc.home.dir=$KC_HOME"
}

kc_ready() {
  curl -fsS -o /dev/null --max-time 2 "$KEYCLOAK_URL/realms/master/.well-known/openid-configuration" 2>/dev/null
}

kc_wait_ready() {
  wait_until_ready Keycloak "$1" kc_ready kc_stop "$KEYCLOAK_LOG" "$KC_PID_FILE" "$KEYCLOAK_START_TIMEOUT" 1
}

kc_start() {
  local port pid
  for port in "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
    if port_open "$port"; then
      die_port_taken "$port" Keycloak "KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT"
    fi
  done
  mkdir -p "$RUN_DIR" "$(dirname "$KEYCLOAK_LOG")"
  if [[ -s "$KEYCLOAK_LOG" ]]; then
    mv "$KEYCLOAK_LOG" "$KEYCLOAK_LOG.1"
  fi
  log "starting Keycloak on $KEYCLOAK_URL"
  # The bootstrap administrator is created only when the master realm has none. Brute-force
  # protection stays on, but without refusing a person's second sign-in while the first is
  # under way (a double click, two tabs), which it does by default.
  (cd "$KC_DIR" && exec env \
    JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA")")")}" \
    JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" \
    KC_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$KEYCLOAK_DB" \
    KC_DB_USERNAME="$PGUSER" KC_DB_PASSWORD="$PGPASSWORD" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    KC_SPI_BRUTE_FORCE_PROTECTOR_DEFAULT_BRUTE_FORCE_DETECTOR_ALLOW_CONCURRENT_REQUESTS=true \
    nohup setsid "$KC_HOME/bin/kc.sh" start --optimized \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --hostname-strict=false \
    >"$KEYCLOAK_LOG" 2>&1 </dev/null 8>&-) &
  pid=$!
  printf '%s\n' "$pid" >"$KC_PID_FILE"
  kc_wait_ready "$pid"
}

kc_stop() {
  local pid i
  if ! pid="$(kc_pid)"; then
    rm -f "$KC_PID_FILE"
    return 0
  fi
  log "stopping Keycloak (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    pid_alive "$pid" || break
    sleep 0.5
  done
  if pid_alive "$pid"; then
    warn "Keycloak did not stop within 30s; killing it"
    pkill -KILL -f -- "-Dkc.home.dir=$KC_HOME" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$KC_PID_FILE"
}

# Applies the realm file (and this installation's secrets) when either changed
# since the last sync, or the realm is missing.
kc_sync_realm() {
  local want node
  want="$(cat "$KC_REALM_FILE" "$KC_SYNC_SCRIPT" "$KEYCLOAK_SECRETS_FILE" | sha256sum | cut -d' ' -f1)"
  if [[ -f "$KC_REALM_STAMP" && "$(cat "$KC_REALM_STAMP")" == "$want" ]] &&
    curl -fsS -o /dev/null --max-time 5 "$OIDC_ISSUER/.well-known/openid-configuration" 2>/dev/null; then
    return 0
  fi
  node="$(platform_node "apply the realm")" || exit 1
  log "applying the realm $KEYCLOAK_REALM (infra/keycloak/realm-legal-hotline.json)"
  KEYCLOAK_URL="$KEYCLOAK_URL" "$node" "$KC_SYNC_SCRIPT" "$KC_REALM_FILE" >>"$LOG_DIR/keycloak-realm.log" 2>&1 || {
    tail -n 20 "$LOG_DIR/keycloak-realm.log" >&2
    die "could not apply the realm (log: $LOG_DIR/keycloak-realm.log)"
  }
  printf '%s\n' "$want" >"$KC_REALM_STAMP"
}

kc_up() {
  local pid=""
  ensure_java
  kc_resolve
  kc_secrets
  if pid="$(kc_pid)"; then
    printf '%s\n' "$pid" >"$KC_PID_FILE"
    if ((KC_STAGED)); then
      log "Keycloak's distribution changed; restarting it"
      kc_stop
    elif kc_ready; then
      kc_sync_realm
      return 0
    else
      kc_wait_ready "$pid"
      kc_sync_realm
      return 0
    fi
  else
    rm -f "$KC_PID_FILE"
  fi
  if ((KC_STAGED)); then
    safe_rm "$KC_HOME"
    mv "$KC_STAGING" "$KC_HOME"
    KC_STAGED=0
  fi
  kc_start
  kc_sync_realm
}

# --- nginx (the console's origin) -------------------------------------------

# Debian's package, run as a project-local server with its own prefix and configuration: the
# distribution's nginx.conf, default site and service (which the package may start on port 80)
# are never read or touched.
NGINX_DIR="$LOCAL_DIR/nginx"
NGINX_CONF="$NGINX_DIR/nginx.conf"
NGINX_PID_FILE="$RUN_DIR/nginx.pid"
NGINX_RENDER="$ROOT/infra/nginx/render-config.mjs"
NGINX_START_TIMEOUT="${NGINX_START_TIMEOUT:-20}"
# An open event stream keeps a graceful stop waiting; after this, open connections are cut.
NGINX_STOP_TIMEOUT=10
# Started by root, the master drops its workers to this user.
NGINX_WORKER_USER=www-data
NGINX=""

find_nginx() {
  local candidate
  for candidate in "${NGINX_BIN:-}" "$(command -v nginx || true)" /usr/sbin/nginx; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      NGINX="$candidate"
      return 0
    fi
  done
  return 1
}

ensure_nginx() {
  find_nginx && return 0
  log "nginx not found"
  apt_install nginx ||
    die "nginx is needed for the console; install it (Debian/Ubuntu: apt-get install -y nginx) or set NGINX_BIN, or set NGINX_ENABLED=0"
  find_nginx || die "installed nginx but still cannot find it; set NGINX_BIN"
}

# Sets NGINX_CONFIG_CHANGED=1 when nginx.conf had to be rewritten.
NGINX_CONFIG_CHANGED=0
nginx_write_config() {
  local node content args
  node="$(platform_node "render nginx's configuration")" || exit 1
  args=(--prefix "$NGINX_DIR" --port "$CONSOLE_PORT" --root "$CONSOLE_ROOT" --issuer "$OIDC_ISSUER"
    --pid-file "$NGINX_PID_FILE" --error-log "$NGINX_LOG" --access-log "$NGINX_ACCESS_LOG")
  if is_root; then
    args+=(--user "$NGINX_WORKER_USER")
  fi
  if [[ "$CONSOLE_HSTS" == 1 ]]; then
    args+=(--hsts)
  fi
  content="$("$node" "$NGINX_RENDER" "${args[@]}")" || die "could not render nginx's configuration ($NGINX_RENDER)"
  mkdir -p "$NGINX_DIR" "$(dirname "$NGINX_LOG")" "$(dirname "$NGINX_ACCESS_LOG")"
  if write_if_changed "$NGINX_CONF" "$content"; then
    NGINX_CONFIG_CHANGED=1
  fi
  if ! "$NGINX" -t -q -p "$NGINX_DIR" -c "$NGINX_CONF" -e "$NGINX_LOG" 2>"$NGINX_DIR/config-test.log"; then
    cat "$NGINX_DIR/config-test.log" >&2
    die "nginx refused its configuration $NGINX_CONF"
  fi
  # The workers read the console and write request bodies under the prefix.
  if is_root; then
    make_traversable_for "$NGINX_WORKER_USER" "$CONSOLE_ROOT"
    make_traversable_for "$NGINX_WORKER_USER" "$NGINX_DIR"
  fi
}

# Is this pid the nginx master started with our nginx.conf? Its title, once running, is
# "nginx: master process <command line>".
is_our_nginx() {
  local pid="$1" command
  pid_alive "$pid" || return 1
  command="$(head -zn1 "/proc/$pid/cmdline" 2>/dev/null | tr -d '\0')" || return 1
  [[ "$command" == "nginx: master process "* || "${command##*/}" == nginx ]] &&
    grep -qF "$NGINX_CONF" "/proc/$pid/cmdline" 2>/dev/null
}

nginx_pid() {
  managed_pid "$NGINX_PID_FILE" is_our_nginx -lF "$NGINX_CONF"
}

nginx_ready() {
  port_open "$CONSOLE_PORT"
}

# The pids of a master's workers, as one sorted line.
nginx_workers() {
  local master="$1" file stat
  for file in /proc/[0-9]*/stat; do
    stat="$(cat "$file" 2>/dev/null)" || continue
    stat="${stat##*) }"
    # After the process name: state, then the parent's pid.
    if [[ "${stat#* }" == "$master "* ]]; then
      file="${file#/proc/}"
      printf '%s\n' "${file%/stat}"
    fi
  done | sort | tr '\n' ' '
}

# A reload starts new workers with the new configuration and then retires the old ones; wait
# for the new ones, so that whoever called `up` next meets the new configuration.
nginx_reload() {
  local pid="$1" before i
  before="$(nginx_workers "$pid")"
  kill -HUP "$pid"
  for ((i = 0; i < 50; i++)); do
    [[ "$(nginx_workers "$pid")" != "$before" ]] && break
    sleep 0.1
  done
  sleep 0.2
}

nginx_wait_ready() {
  wait_until_ready nginx "$1" nginx_ready nginx_stop "$NGINX_LOG" "$NGINX_PID_FILE" "$NGINX_START_TIMEOUT" 0.2
}

nginx_start() {
  local pid
  if port_open "$CONSOLE_PORT"; then
    die_port_taken "$CONSOLE_PORT" nginx CONSOLE_PORT
  fi
  mkdir -p "$RUN_DIR"
  log "starting nginx on $CONSOLE_URL"
  # In the foreground of its own session, like the others: the pid is the master's. fd 8 is
  # the infra lock, which it must not inherit.
  (exec nohup setsid "$NGINX" -p "$NGINX_DIR" -c "$NGINX_CONF" -e "$NGINX_LOG" -g 'daemon off;' \
    >>"$NGINX_LOG" 2>&1 </dev/null 8>&-) &
  pid=$!
  printf '%s\n' "$pid" >"$NGINX_PID_FILE"
  nginx_wait_ready "$pid"
}

nginx_stop() {
  local pid i
  if ! pid="$(nginx_pid)"; then
    rm -f "$NGINX_PID_FILE"
    return 0
  fi
  log "stopping nginx (pid $pid)"
  # QUIT lets open requests finish; TERM cuts the ones still open after the timeout.
  kill -QUIT "$pid" 2>/dev/null || true
  for ((i = 0; i < NGINX_STOP_TIMEOUT * 10; i++)); do
    pid_alive "$pid" || break
    sleep 0.1
  done
  if pid_alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      pid_alive "$pid" || break
      sleep 0.1
    done
  fi
  if pid_alive "$pid"; then
    warn "nginx did not stop; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$NGINX_PID_FILE"
}

nginx_up() {
  local pid=""
  ensure_nginx
  nginx_write_config
  if pid="$(nginx_pid)"; then
    printf '%s\n' "$pid" >"$NGINX_PID_FILE"
    if ((NGINX_CONFIG_CHANGED)); then
      # A reload rebinds a changed port and lets open requests finish on the old workers.
      log "nginx's configuration changed; reloading it"
      nginx_reload "$pid"
    fi
    nginx_wait_ready "$pid"
  else
    rm -f "$NGINX_PID_FILE"
    nginx_start
  fi
  if [[ ! -f "$CONSOLE_ROOT/index.html" ]]; then
    warn "the console is not built yet ($CONSOLE_ROOT/index.html is missing): $CONSOLE_URL answers 503 until 'npx nx build console' (npm start builds it)"
  fi
}

# --- a browser for the end-to-end tests ------------------------------------

find_chromium() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" "$(command -v chromium || true)" /usr/bin/chromium; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      printf '%s' "$candidate"
      return 0
    fi
  done
  return 1
}

# Without a CJK font, Chinese text renders as empty boxes in the screenshots.
have_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh-cn family 2>/dev/null)" ]]; then
    return 0
  fi
  [[ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null)" == "install ok installed" ]]
}

# Debian's Chromium (the browser downloads of the test tools cannot be relied on) and Noto CJK.
ensure_browser() {
  local missing=()
  find_chromium >/dev/null || missing+=(chromium)
  have_cjk_font || missing+=(fonts-noto-cjk)
  if ((${#missing[@]} > 0)); then
    log "${missing[*]} not found"
    apt_install "${missing[@]}" ||
      die "the browser tests need Chromium and a CJK font; install them (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH"
  fi
  find_chromium || die "installed chromium but still cannot find it; set CHROMIUM_PATH"
}

# --- commands --------------------------------------------------------------

cmd_up() {
  take_lock
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  pg_up
  kafka_up
  if [[ "$KEYCLOAK_ENABLED" == 1 ]]; then
    kc_up
    log "Keycloak ready: $OIDC_ISSUER"
  fi
  if [[ "$NGINX_ENABLED" == 1 ]]; then
    nginx_up
    log "nginx ready: the console at $CONSOLE_URL, the services under ${CONSOLE_URL}api/<service>/"
  fi
  log "PostgreSQL ready: postgresql://$PGUSER@127.0.0.1:$PGPORT/ (databases: $SERVICE_DATABASES)"
  log "Kafka ready: $KAFKA_BROKERS"
}

cmd_down() {
  take_lock
  nginx_stop
  kc_stop
  kafka_stop
  pg_stop
}

cmd_status() {
  local ok=0 pid state
  if pid="$(pg_pid)" && port_open "$PGPORT"; then
    state=running
  elif [[ -n "${pid:-}" ]]; then
    state="running (port $PGPORT not accepting connections)"
    ok=1
  else
    state=stopped pid=-
    ok=1
  fi
  printf 'postgres: %-8s port=%s pid=%s data=%s log=%s\n' "$state" "$PGPORT" "${pid:--}" "$PG_DATA_DIR" "$PG_LOG"

  pid=""
  if pid="$(kafka_pid)" && kafka_ready; then
    state=running
  elif [[ -n "${pid:-}" ]]; then
    state="starting (not ready yet)"
    ok=1
  else
    state=stopped pid=-
    ok=1
  fi
  printf 'kafka:    %-8s port=%s pid=%s data=%s log=%s\n' "$state" "$KAFKA_PORT" "${pid:--}" "$KAFKA_DATA_DIR" "$KAFKA_LOG"

  if [[ "$KEYCLOAK_ENABLED" == 1 ]]; then
    pid=""
    if pid="$(kc_pid)" && kc_ready; then
      state=running
    elif [[ -n "${pid:-}" ]]; then
      state="starting (not ready yet)"
      ok=1
    else
      state=stopped pid=-
      ok=1
    fi
    printf 'keycloak: %-8s port=%s pid=%s issuer=%s log=%s\n' "$state" "$KEYCLOAK_PORT" "${pid:--}" "$OIDC_ISSUER" "$KEYCLOAK_LOG"
  fi

  if [[ "$NGINX_ENABLED" == 1 ]]; then
    pid=""
    if pid="$(nginx_pid)" && nginx_ready; then
      state=running
    elif [[ -n "${pid:-}" ]]; then
      state="starting (not ready yet)"
      ok=1
    else
      state=stopped pid=-
      ok=1
    fi
    printf 'nginx:    %-8s port=%s pid=%s url=%s log=%s\n' "$state" "$CONSOLE_PORT" "${pid:--}" "$CONSOLE_URL" "$NGINX_LOG"
  fi

  if ((ok != 0)); then
    return 3
  fi
}

cmd_reset() {
  cmd_down
  log "deleting PostgreSQL, Kafka and Keycloak data, and nginx's configuration"
  safe_rm "$PG_DATA_DIR" "$PG_RUN_DIR" "$KAFKA_DATA_DIR" "$KAFKA_CLUSTER_ID_FILE" "$KAFKA_CONFIG" "$KC_REALM_STAMP" "$NGINX_DIR"
}

# Prints Chromium's path on stdout (the browser tests launch it), installing it first if needed.
cmd_browser() {
  local chromium
  take_lock
  chromium="$(ensure_browser)" || exit 1
  printf '%s\n' "$chromium"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  browser) cmd_browser ;;
  *) usage ;;
esac
