#!/usr/bin/env bash
# Set up, build, and run the whole test suite through CTest; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }
log=$(mktemp)
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j2 --timeout 300 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
total=$(grep -oE 'tests failed out of [0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
failed=$(grep -oE '[0-9]+ tests failed' "$log" | grep -oE '^[0-9]+' || echo 0)
[ -z "$total" ] && total=0
rm -f "$log"
echo "$((total - failed)) passed, $failed failed"
exit "$status"
