#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/, each against a reference in the same run; they print ratios.
#   ./scripts/bench.sh                 all of them (the table and chart benchmarks read a 1M-row workspace that
#                                      this script generates in /tmp on first use, timed: about a minute)
#   ./scripts/bench.sh NAME...         some: table charts commands reports import generate crash server
# Each program prints its own report, then rows for the README's table; at the end this script prints
# those rows as one Markdown table with the machine, the date and the conditions. The README's Performance
# section is that table, pasted.
set -uo pipefail
cd "$(dirname "$0")/.."
all=(table charts commands reports import generate crash server)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${all[@]}")
targets=()
for n in "${names[@]}"; do
    case " ${all[*]} " in *" $n "*) [ "$n" = commands ] || targets+=("bench_$n") ;; *)
        echo "bench.sh: unknown benchmark “$n”; choose from: ${all[*]}" >&2; exit 2 ;; esac
done
./scripts/build.sh --target mcfund "${targets[@]}" || exit 1
export QT_QPA_PLATFORM=offscreen
status=0
# The table and chart benchmarks read the million-row workspace; it is made here, by the program people
# run, never inside the process that is measured. Its making is itself a figure.
large=/tmp/mcfund-bench-1m.sqlite
if [[ " ${names[*]} " == *" table "* || " ${names[*]} " == *" charts "* || " ${names[*]} " == *" commands "* ]] &&
    [ ! -f "$large" ]; then
    echo "== generate (the input of bench_table and bench_charts, $(date -u +%FT%TZ), $(nproc) cores)"
    command -v /usr/bin/time >/dev/null || ./scripts/install-deps.sh time
    /usr/bin/time -f "generate: %e s wall, %U s user, %S s system, peak %M kB" \
        build/mcfund generate --projects 100000 --credentials 1000000 --seed 11 -o "$large" --timings ||
        { echo "bench.sh: generate failed" >&2; exit 1; }
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load=$(cut -d' ' -f1-3 /proc/loadavg)
# Seconds that "$@" takes, its output thrown away; the median of three runs after one unmeasured run.
median3() {
    "$@" >/dev/null 2>&1
    for _ in 1 2 3; do
        local s e
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || return 1
        e=$(date +%s.%N)
        awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f\n", e - s }'
    done | sort -g | sed -n 2p
}
# The commands people run on the million-row workspace, timed from outside as acceptance/scale.sh times
# them, each against the same statements run by the sqlite3 shell: mcfund writes the statements a command
# runs, with their values, when MCFUND_TRACE_SQL names a file, and the shell reads that file.
commands() {
    command -v sqlite3 >/dev/null || ./scripts/install-deps.sh sqlite3 || return 1
    local where="commands, 1M credentials, from outside, warm, median of 3"
    local name label mine trace shell
    for name in stats chart; do
        local run=(build/mcfund stats --database "$large")
        label="mcfund stats (every figure)"
        if [ "$name" = chart ]; then
            run=(build/mcfund chart --by sector --measure approved --database "$large" -o "$log.png")
            label="mcfund chart --by sector (PNG written)"
        fi
        trace="$log.$name.sql"
        rm -f "$trace"
        MCFUND_TRACE_SQL="$trace" "${run[@]}" >/dev/null 2>&1 || return 1
        mine=$(median3 "${run[@]}") || return 1
        shell=$(median3 sqlite3 "$large" ".read $trace") || return 1
        echo "$label $mine s; the same $(grep -c ';$' "$trace") statements in the sqlite3 shell $shell s"
        printf '@row\t%s\t%s\t%.2f s\tsqlite3 shell, the same statements: %.2f s\t%.1f\t%s\n' "$where" \
            "$label" "$mine" "$shell" "$(awk -v a="$mine" -v b="$shell" 'BEGIN { print a / b }')" \
            "< 1 s, within 3×" >>"$log"
        rm -f "$trace" "$log.png"
    done
}
for n in "${names[@]}"; do
    echo "== $n ($(date -u +%FT%TZ), $(nproc) cores)"
    if [ "$n" = commands ]; then
        commands || { echo "bench.sh: commands failed" >&2; status=1; }
        continue
    fi
    # (the offscreen platform's warning about size hints, once per window shown, is left out)
    "build/bench/bench_$n" 2> >(grep -v 'does not support propagateSizeHints' >&2) | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "bench.sh: bench_$n failed" >&2; status=1; }
done

# The README's table: every row the benchmarks printed (lines "@row<TAB>…", see bench/benchcommon.h), in
# Markdown, with the machine and the conditions of this run.
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory=$(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
system=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
echo
echo "## Performance table"
echo
echo "\`./scripts/bench.sh ${names[*]}\`, $started to $(date -u '+%H:%M UTC'); ${system:-Linux}, ${cpu:-unknown CPU}," \
    "$(nproc) cores, $memory; SQLite $(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null)," \
    "Qt $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null | cut -d+ -f1); load average $load at the" \
    "start; warm page cache (an input is read once before it is timed)."
echo
echo "| benchmark (conditions) | measure | mcfund | reference, measured the same way in the same run | mcfund ÷ reference | target |"
echo "|---|---|---|---|---|---|"
grep -a '^@row' "$log" | awk -F '\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }'
if [[ " ${names[*]} " == *" table "* ]]; then
    echo
    echo "Measured elsewhere, not by this script (given in issue #16, on a 2-core machine, same 1M-row table):" \
        "DB Browser for SQLite, first rows 523 ms, text filter 429 ms, sort 323 ms, jump to the last row" \
        "268 ms, 160–183 MB."
fi
exit $status
