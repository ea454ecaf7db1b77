#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/, each against a reference in the same run; they print ratios.
#   ./scripts/bench.sh                 all of them (the table and chart benchmarks read a 1M-row workspace that
#                                      this script generates in /tmp on first use, timed: about a minute)
#   ./scripts/bench.sh NAME...         some: table charts reports import generate crash server
# The figures in the README's Performance section are the ones these programs print.
set -uo pipefail
cd "$(dirname "$0")/.."
all=(table charts reports import generate crash server)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${all[@]}")
targets=()
for n in "${names[@]}"; do
    case " ${all[*]} " in *" $n "*) targets+=("bench_$n") ;; *)
        echo "bench.sh: unknown benchmark “$n”; choose from: ${all[*]}" >&2; exit 2 ;; esac
done
./scripts/build.sh --target mcfund "${targets[@]}" || exit 1
export QT_QPA_PLATFORM=offscreen
status=0
# The table and chart benchmarks read the million-row workspace; it is made here, by the program people
# run, never inside the process that is measured. Its making is itself a figure.
large=/tmp/mcfund-bench-1m.sqlite
if [[ " ${names[*]} " == *" table "* || " ${names[*]} " == *" charts "* ]] && [ ! -f "$large" ]; then
    echo "== generate (the input of bench_table and bench_charts, $(date -u +%FT%TZ), $(nproc) cores)"
    command -v /usr/bin/time >/dev/null || ./scripts/install-deps.sh time
    /usr/bin/time -f "generate: %e s wall, %U s user, %S s system, peak %M kB" \
        build/mcfund generate --projects 100000 --credentials 1000000 --seed 11 -o "$large" --timings ||
        { echo "bench.sh: generate failed" >&2; exit 1; }
fi
for t in "${targets[@]}"; do
    echo "== $t ($(date -u +%FT%TZ), $(nproc) cores)"
    "build/bench/$t" || { echo "bench.sh: $t failed" >&2; status=1; }
done
exit $status
