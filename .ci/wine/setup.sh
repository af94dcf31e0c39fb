#!/usr/bin/env bash
# A Wine prefix for running the Windows build in tests: `source .ci/wine/setup.sh DIR`
# exports WINEPREFIX=DIR (created once) with the test-only ProcessPrng stand-in in its
# system32. Never ship bcryptprimitives.dll: Windows has its own.
set -euo pipefail
prefix=$(realpath -m "${1:?usage: setup.sh PREFIX}")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$prefix/system.reg" ]; then
  wineboot --init >/dev/null 2>&1 || true
  wineserver -w
fi
# Wine links Documents, Desktop … to the Linux home: made real folders of the prefix, so
# that what a test installs or saves there stays inside it.
for link in "$prefix"/drive_c/users/*/*; do
  if [ -L "$link" ]; then rm "$link" && mkdir -p "$link"; fi
done
dll="$prefix/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$dll" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" "$here/bcryptprimitives.c" -ladvapi32
fi
