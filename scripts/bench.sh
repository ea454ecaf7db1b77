#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/, each against a reference in the same run; they print ratios.
#   ./scripts/bench.sh                 all of them (the table and chart benchmarks generate a 1M-row workspace
#                                      in /tmp on first use: allow an hour on 2 cores)
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
for t in "${targets[@]}"; do
    echo "== $t ($(date -u +%FT%TZ), $(nproc) cores)"
    "build/bench/$t" || { echo "bench.sh: $t failed" >&2; status=1; }
done
exit $status
