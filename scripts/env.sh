# shellcheck shell=bash
# Source this (bash) to get the project's environment in the current shell:
#
#   source scripts/env.sh
#
# It sets the documented defaults (see scripts/lib/common.sh), makes sure the
# pinned Node.js 24 toolchain is installed, and puts it first on PATH.
#
# Being sourced, it leaves the caller's shell options alone and reports
# failure with `return` instead of exiting the caller's shell.

_platform_scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$_platform_scripts/lib/common.sh" || return 1

if ! bash "$_platform_scripts/toolchain.sh"; then
  echo "[env] error: the Node.js toolchain could not be set up (see above)" >&2
  unset _platform_scripts
  return 1
fi

if ! use_system_node; then
  case ":$PATH:" in
    *":$LOCAL_DIR/toolchain/bin:"*) ;;
    *) PATH="$LOCAL_DIR/toolchain/bin:$PATH" ;;
  esac
  export PATH
  # Forget locations of node/npm looked up before PATH changed.
  hash -r
fi

unset _platform_scripts
