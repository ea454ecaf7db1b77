#!/bin/bash
# Regenerates the PNG icons of mcfund from the SVG sources with rsvg-convert (Debian: librsvg2-bin).
# scalable/ca.on.mcfund.svg is the drawing; a size with a hinted source of its own (NxN/ca.on.mcfund.svg,
# the same drawing with its rectangles on whole pixels) is rendered from that instead.
set -euo pipefail
cd "$(dirname "$0")"

name=ca.on.mcfund
for n in 16 22 24 32 48 64 128 256; do
    dir="${n}x${n}"
    src="scalable/${name}.svg"
    if [[ -f "${dir}/${name}.svg" ]]; then
        src="${dir}/${name}.svg"
    fi
    mkdir -p "${dir}"
    rsvg-convert --width "${n}" --height "${n}" --format png --output "${dir}/${name}.png.tmp" "${src}"
    mv "${dir}/${name}.png.tmp" "${dir}/${name}.png"
    echo "${dir}/${name}.png from ${src}"
done
