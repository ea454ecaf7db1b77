#!/usr/bin/env bash
# Installs the Debian 12 packages mcfund needs, and any named as arguments (fuzz.sh: clang), only when some
# are missing. Safe to run again.
set -euo pipefail
PACKAGES=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libquazip1-qt6-dev zlib1g-dev
    postgresql postgresql-client
    poppler-utils xvfb xauth imagemagick fonts-dejavu-core python3
    desktop-file-utils appstream libxml2-utils shared-mime-info man-db groff bash-completion dpkg-dev lintian
    "$@"
)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "mcfund: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "mcfund: run this as root, or install the packages yourself:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}"
}
