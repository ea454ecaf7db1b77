#!/usr/bin/env bash
# Formats the project's C++ sources with clang-format 14 and the repository's .clang-format.
#   ./scripts/format.sh           rewrites every file that is not formatted
#   ./scripts/format.sh --check   changes nothing; lists the files that are not formatted and exits 1 if any
# The sources are every .cpp and .h under app/, core/, ui/, tests/ and bench/ that git tracks (so build
# trees and fuzzing work folders are never touched).
set -uo pipefail
cd "$(dirname "$0")/.."
check=0
case "${1:-}" in
"") ;;
--check) check=1 ;;
*)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac
./scripts/install-deps.sh clang-format || exit 1
mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' \
    'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "format: no sources found (is this a git checkout?)" >&2
    exit 1
fi
if [ "$check" = 0 ]; then
    clang-format -i "${files[@]}"
    exit $?
fi
unformatted=()
for f in "${files[@]}"; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "format: ${#unformatted[@]} of ${#files[@]} files are not formatted (./scripts/format.sh fixes them):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "format: all ${#files[@]} files are formatted"
