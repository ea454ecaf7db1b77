#!/usr/bin/env bash
# Set up, build, and run the whole test suite through CTest; ends with "N passed, N failed".
# With --sanitize: the same suite built into build-asan/ with -fsanitize=address,undefined, where any
# sanitizer report (LeakSanitizer included; tests/sanitizers/lsan.supp lists leaks of system libraries only)
# fails its test.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=build
build=(./scripts/build.sh)
if [ "${1:-}" = --sanitize ]; then
    dir=build-asan
    build=(./scripts/build.sh --sanitize)
    supp="$(pwd)/tests/sanitizers"
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=1:strict_init_order=1:check_initialization_order=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=1"
    export LSAN_OPTIONS="exitcode=1:print_suppressions=0:suppressions=$supp/lsan.supp"
fi
"${build[@]}" || { echo "0 passed, 1 failed"; exit 1; }
log=$(mktemp)
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure -j2 --timeout 300 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
total=$(grep -oE 'tests failed out of [0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
failed=$(grep -oE '[0-9]+ tests failed' "$log" | grep -oE '^[0-9]+' || echo 0)
[ -z "$total" ] && total=0
rm -f "$log"
echo "$((total - failed)) passed, $failed failed"
exit "$status"
