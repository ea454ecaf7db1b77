#!/usr/bin/env bash
# Draws every page and the main dialogs of the window, in English and French, on a 1366×768 laptop screen
# and on a 1920×1080 screen at 150 % scaling, under a virtual display, from a generated workspace:
#   ./scripts/screenshots.sh DIR
# writes DIR/1366x768/en/projects.png, DIR/1920x1080@150/fr/dialog-report.png, … (one picture a file, the
# window or the dialog alone, each drawn by mcfund --screenshot on a fresh settings folder).
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
out=$1
./scripts/build.sh --target mcfund >/dev/null || { echo "screenshots: the build failed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
workspace=$work/gallery.sqlite
./build/mcfund generate --projects 2000 --credentials 20000 --seed 7 -o "$workspace" >/dev/null ||
    { echo "screenshots: the workspace could not be generated" >&2; exit 1; }
pages=(dashboard rounds institutions projects credentials partners reviews)
dialogs=(new connect report import assign)
count=0
failed=0
for screen in 1366x768 1920x1080@150; do
    size=${screen%@*}
    scale=1
    [ "$screen" != "$size" ] && scale=1.5
    for lang in en fr; do
        dir=$out/$screen/$lang
        mkdir -p "$dir"
        shoot() { # shoot NAME ARGS...: one picture, on a fresh home (no saved geometry or page)
            local name=$1
            shift
            local home
            home=$(mktemp -d "$work/home.XXXXXX")
            HOME=$home QT_SCALE_FACTOR=$scale LANG=${lang}_CA.UTF-8 \
                xvfb-run -a -s "-screen 0 ${size}x24" ./build/mcfund --database "$workspace" --lang "$lang" \
                "$@" --screenshot "$dir/$name.png" >/dev/null 2>&1
            if [ -s "$dir/$name.png" ]; then count=$((count + 1)); else
                echo "screenshots: no picture of $name ($screen, $lang)" >&2
                failed=$((failed + 1))
            fi
        }
        for page in "${pages[@]}"; do shoot "$page" --page "$page"; done
        for dialog in "${dialogs[@]}"; do shoot "dialog-$dialog" --page projects --dialog "$dialog"; done
    done
done
echo "screenshots: $count pictures in $out ($failed missing)"
[ "$failed" -eq 0 ]
