#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), dropping strings that no longer exist, then fills
# the English plural forms ("1 project" / "2 projects") that the English file carries.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -no-obsolete -locations none -extensions cpp,h app core ui \
    -ts translations/mcfund_fr.ts translations/mcfund_en.ts
python3 scripts/fill-english-plurals.py translations/mcfund_en.ts
