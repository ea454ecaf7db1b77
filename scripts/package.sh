#!/usr/bin/env bash
# Builds the Debian package of mcfund: build/package/mcfund_VERSION_ARCH.deb (CPack; dependencies from
# dpkg-shlibdeps), then checks it with lintian. Exit 0 when the package is built and lintian finds no error.
#   sudo apt-get install ./build/package/mcfund_*.deb      installs it; apt-get purge mcfund removes it
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh || exit 1
rm -f build/package/mcfund_*.deb
(cd build && cpack -G DEB) >build/cpack.log 2>&1 || { cat build/cpack.log >&2; echo "package: cpack failed" >&2; exit 1; }
deb=$(ls build/package/mcfund_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "package: cpack wrote no .deb" >&2; exit 1; }
echo "package: $deb"
if command -v lintian >/dev/null 2>&1; then
    report=$(lintian --tag-display-limit 0 "$deb" 2>&1)
    [ -z "$report" ] || echo "$report"
    if grep -q '^E:' <<<"$report"; then
        echo "package: lintian found errors" >&2
        exit 1
    fi
fi
exit 0
