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
# Read whole once before anything is timed, by the check people run: the page cache is then warm for every
# measure, and the file is stamped as checked, so that no window opened below checks it in the background
# while it is being measured (a file whose stamp was lost, or that another program wrote, would be).
if [[ " ${names[*]} " == *" table "* || " ${names[*]} " == *" charts "* || " ${names[*]} " == *" commands "* ]]; then
    build/mcfund check --database "$large" >/dev/null ||
        { echo "bench.sh: $large does not pass mcfund check; remove it to have it made again" >&2; exit 1; }
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load=$(cut -d' ' -f1-3 /proc/loadavg)
# Two commands timed turn about, so that both meet the same moments of a machine whose speed moves: one
# unmeasured run of each, then nine of each, alternating; their output thrown away. Prints the median, the
# fastest and the slowest of the first, then of the second ("median min max median min max"). The two
# commands are the caller's arrays mineRun and refRun.
turnAbout() {
    "${mineRun[@]}" >/dev/null 2>&1 || return 1
    "${refRun[@]}" >/dev/null 2>&1
    local times=() s m e
    for _ in 1 2 3 4 5 6 7 8 9; do
        s=$(date +%s.%N)
        "${mineRun[@]}" >/dev/null 2>&1 || return 1
        m=$(date +%s.%N)
        "${refRun[@]}" >/dev/null 2>&1 || return 1
        e=$(date +%s.%N)
        times+=("$(awk -v s="$s" -v m="$m" -v e="$e" 'BEGIN { printf "%.4f %.4f\n", m - s, e - m }')")
    done
    local a b
    a=$(printf '%s\n' "${times[@]}" | awk '{ print $1 }' | sort -g | awk '{ v[NR] = $1 } END { print v[5], v[1], v[9] }')
    b=$(printf '%s\n' "${times[@]}" | awk '{ print $2 }' | sort -g | awk '{ v[NR] = $1 } END { print v[5], v[1], v[9] }')
    echo "$a $b"
}
# A time for the table: milliseconds under a second, else seconds with two decimals.
duration() {
    awk -v t="$1" 'BEGIN { if (t < 1) printf "%.0f ms", t * 1000; else printf "%.2f s", t }'
}
# The sqlite3 shell running a trace as a command's reference: its rows thrown away, or for a command that
# writes a file, written as CSV to a file and flushed to disk as mcfund's file is (QSaveFile syncs it).
shellToNull() { sqlite3 "$1" ".read $2" >/dev/null; }
shellToFile() { sqlite3 "-$4" "$1" ".read $2" >"$3" && sync "$3"; }
# The read-only commands people run on the million-row workspace, timed from outside as acceptance/scale.sh
# times them, each against the same statements run by the sqlite3 shell: mcfund writes the statements a
# command runs, with their values, when MCFUND_TRACE_SQL names a file, and the shell reads that file.
# `mcfund check` runs no traced statement; its reference is the shell running the check it runs.
commands() {
    command -v sqlite3 >/dev/null || ./scripts/install-deps.sh sqlite3 || return 1
    local where="commands, 1M credentials, from outside, warm, median of 9, runs alternating with the reference's"
    local out="$log.out"
    local name label args reference trace mine shell
    local -a run mineRun refRun
    for name in stats chart ranking audit export-projects export-json export-round check; do
        reference=null
        case $name in
        stats) label="mcfund stats (every figure)"; args=(stats) ;;
        chart) label="mcfund chart --by sector (PNG written)"
            args=(chart --by sector --measure approved -o "$out.png") ;;
        ranking) label="mcfund ranking --round 2 (3,380 applications)"; args=(ranking --round 2) ;;
        audit) label="mcfund audit (the change log to CSV)"; args=(audit -o "$out.csv"); reference=file ;;
        export-projects) label="mcfund export --table projects (100,000 rows to CSV)"
            args=(export --table projects --format csv -o "$out.csv"); reference=file ;;
        export-json) label="mcfund export --table projects --format json (100,000 objects)"
            args=(export --table projects --format json -o "$out.json"); reference=json ;;
        export-round) label="mcfund export --table credentials --filter round=2 (CSV)"
            args=(export --table credentials --format csv --filter round=2 -o "$out.csv"); reference=file ;;
        check) label="mcfund check (header, schema, every page)"; args=(check); reference=check ;;
        esac
        run=(build/mcfund "${args[@]}" --database "$large")
        trace="$log.$name.sql"
        rm -f "$trace"
        MCFUND_TRACE_SQL="$trace" "${run[@]}" >/dev/null 2>&1 || return 1
        mineRun=("${run[@]}")
        case $reference in
        null) refRun=(shellToNull "$large" "$trace") ;;
        file) refRun=(shellToFile "$large" "$trace" "$out.shell" csv) ;;
        json) refRun=(shellToFile "$large" "$trace" "$out.shell" json) ;;
        check) refRun=(sqlite3 "$large" "PRAGMA quick_check") ;;
        esac
        read -r mine mineMin mineMax shell shellMin shellMax < <(turnAbout) || return 1
        [ -n "$mine" ] && [ -n "$shell" ] || return 1
        local what="PRAGMA quick_check"
        if [ "$reference" != check ]; then
            what="the same $(grep -c ';$' "$trace") statements"
            [ "$reference" = file ] && what="$what, rows written as CSV to a file and synced"
            [ "$reference" = json ] && what="$what, rows written as JSON to a file and synced"
        fi
        echo "$label: $(duration "$mine") ($(duration "$mineMin")–$(duration "$mineMax")); $what in the" \
            "sqlite3 shell $(duration "$shell") ($(duration "$shellMin")–$(duration "$shellMax"))"
        printf '@row\t%s\t%s\t%s\tsqlite3 shell, %s: %s\t%.1f\t%s\n' "$where" "$label" "$(duration "$mine")" \
            "$what" "$(duration "$shell")" "$(awk -v a="$mine" -v b="$shell" 'BEGIN { print a / b }')" \
            "$([ "$name" = stats ] || [ "$name" = chart ] && echo "< 1 s, within 3×" || echo "within 3×")" \
            >>"$log"
        rm -f "$trace" "$out.png" "$out.csv" "$out.json" "$out.shell"
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
