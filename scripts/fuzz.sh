#!/usr/bin/env bash
# Fuzzes one target of tests/fuzz with clang's libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#   ./scripts/fuzz.sh --list               the targets, one a line
#   ./scripts/fuzz.sh TARGET SECONDS       fuzz TARGET for SECONDS
#   ./scripts/fuzz.sh TARGET --runs N      fuzz TARGET for N inputs
# Builds into build-fuzz/ (core, the spreadsheet library and the fuzzers only). The work corpus is
# build-fuzz/work/TARGET, seeded from tests/fuzz/corpus/TARGET and tests/fuzz/regressions/TARGET; findings go
# to build-fuzz/artifacts/TARGET/ and make the script exit 1 with the file's path: copy it into
# tests/fuzz/regressions/TARGET/ (the ordinary test suite replays it) and fix the cause.
set -uo pipefail
cd "$(dirname "$0")/.."
TARGETS=(csv xlsx values package official-json)

usage() {
    echo "usage: $0 --list | TARGET SECONDS | TARGET --runs N   (targets: ${TARGETS[*]})" >&2
    exit 2
}
[ $# -ge 1 ] || usage
if [ "$1" = --list ]; then
    printf '%s\n' "${TARGETS[@]}"
    exit 0
fi
target=$1
shift
[[ " ${TARGETS[*]} " == *" $target "* ]] || { echo "fuzz: no target '$target'" >&2; usage; }
limit=()
if [ "${1:-}" = --runs ] && [[ "${2:-}" =~ ^[0-9]+$ ]]; then
    limit=(-runs="$2")
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    limit=(-max_total_time="$1")
else
    usage
fi

# What the project needs, plus clang and its runtime (libFuzzer, the sanitizers).
./scripts/install-deps.sh clang libclang-rt-14-dev || exit 1

dir=build-fuzz
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
mkdir -p "$dir"
# Fuzzers of several targets may start at once: one build at a time.
(
    flock 9
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DMCFUND_FUZZ=ON >/dev/null || exit 1
    fi
    cmake --build "$dir" --target "fuzz_$target" >"$dir/build-$target.log" 2>&1 || {
        tail -n 40 "$dir/build-$target.log" >&2
        exit 1
    }
) 9>"$dir/.build.lock" || { echo "fuzz: the build of fuzz_$target failed" >&2; exit 1; }

work="$dir/work/$target"
artifacts="$dir/artifacts/$target"
log="$dir/logs/$target.log"
mkdir -p "$work" "$artifacts" "$(dirname "$log")"
seeds=(tests/fuzz/corpus/"$target")
[ -d tests/fuzz/regressions/"$target" ] && seeds+=(tests/fuzz/regressions/"$target")
# AddressSanitizer records a stack for every allocation and fills each new block; the fuzzers allocate a
# great deal (Qt), and without those the official-json target ran 1,159 inputs a second instead of 891.
# Detection is the same; a finding is run again below with the full report.
fast_asan=malloc_context_size=0:max_malloc_fill_size=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-$fast_asan}
echo "fuzz: $target ${limit[*]} (log: $log)"
start=$(date +%s)
"$dir/fuzzers/fuzz_$target" "${limit[@]}" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=60 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "${seeds[@]}" >"$log" 2>&1
status=$?
secs=$(($(date +%s) - start))
runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
# libFuzzer also writes slow-unit-* files (inputs over 10 s, on a loaded machine): those are not findings.
found=$(grep -oE 'Test unit written to [^ ]+' "$log" | sed 's/^Test unit written to //' | grep -v '/slow-unit-' | tail -n 1)
if [ -z "$found" ] && grep -q 'libFuzzer: run interrupted' "$log"; then
    echo "fuzz: $target interrupted after ${runs:-0} inputs in ${secs} s, no finding"
    exit 130
fi
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    if [ -n "$found" ] && [ -f "$found" ] && [ "$ASAN_OPTIONS" = "$fast_asan" ]; then
        # The finding again, with allocation stacks, for the report.
        ASAN_OPTIONS= "$dir/fuzzers/fuzz_$target" "$found" >>"$log" 2>&1
    fi
    grep -E 'ERROR|SUMMARY|==[0-9]+==|property broken|runtime error' "$log" | head -n 20 >&2
    echo "fuzz: $target found a problem after ${runs:-?} inputs: ${found:-see $log}" >&2
    exit 1
fi
echo "fuzz: $target ran ${runs:-0} inputs in ${secs} s ($(( ${runs:-0} / (secs > 0 ? secs : 1) )) exec/s), no finding"
