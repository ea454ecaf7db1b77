#!/usr/bin/env bash
# Set up, build and start mcfund on the default workspace (created from the official data on first start).
# With no display it prints the workspace's statistics and says how to get the window.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --target mcfund
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # A workspace given as the window takes it (./scripts/run.sh FILE) is the one whose statistics print.
    which="the default workspace"
    if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
        which="$1"
        set -- --database "$@"
    fi
    ./build/mcfund stats "$@"
    echo
    echo "No display found: above are the statistics of $which."
    echo "To see the window, run ./scripts/run.sh on a desktop, or: xvfb-run -a ./build/mcfund"
    exit 0
fi
exec ./build/mcfund "$@"
