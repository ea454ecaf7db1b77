#!/usr/bin/env bash
# Configures (once) and builds mcfund with Ninja and ccache into build/. Used by run.sh and test.sh.
# With --sanitize as first argument: the same build into build-asan/ with AddressSanitizer and
# UndefinedBehaviorSanitizer (MCFUND_SANITIZE), for ./scripts/test.sh --sanitize.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(pwd)/scripts/install-deps.sh"
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
dir=build
options=()
if [ "${1:-}" = --sanitize ]; then
    shift
    dir=build-asan
    options=(-DMCFUND_SANITIZE=ON)
fi
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" >/dev/null
fi
cmake --build "$dir" "$@"
