#!/usr/bin/env bash
# Builds what a department's Windows PC installs, into target/package/:
#   EvalDesk-VERSION-windows-x64.zip   evaldesk.exe, checklists, templates, demo sessions,
#                                      the user's guide (vi, en), the licences
#   EvalDesk-VERSION-setup.exe         the same, installed for the current user (NSIS)
# Cross-compiled from Linux with MinGW: needs gcc-mingw-w64-x86-64, nsis and zip (apt) and
# the x86_64-pc-windows-gnu target (rustup). PROFILE=release for a quicker build to test;
# the default, dist, is what is handed out (fat LTO, no symbols).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${PROFILE:-dist}
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
out=target/package
stage=$out/EvalDesk-$version
zip_name=EvalDesk-$version-windows-x64.zip
setup_name=EvalDesk-$version-setup.exe

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=${CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER:-x86_64-w64-mingw32-gcc}
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --locked --profile "$profile" --target "$target"
fi
exe=target/$target/$profile/evaldesk.exe

# Everything is staged, then zipped and packed into a temporary name and renamed into
# place: a failed run never leaves a partial package.
rm -rf "$stage" && mkdir -p "$stage"
cp "$exe" "$stage/evaldesk.exe"
mkdir -p "$stage/checklists" "$stage/templates" "$stage/evaluations" "$stage/licences"
cp assets/checklists/*.checklist.json "$stage/checklists/"
cp assets/templates/* "$stage/templates/"
for demo in evaluations/demo evaluations/demo-agencies; do
  mkdir -p "$stage/$demo"
  # Only the sessions: a .bak or .lock left by a run on the build machine is not shipped.
  cp "$demo"/*.evaluation.json "$stage/$demo/"
done
cp package/windows/HUONG-DAN.txt "$stage/HUONG-DAN.txt"
cp package/windows/GUIDE.txt "$stage/GUIDE.txt"
cp package/windows/LICENSE-MIT.txt package/windows/LICENSE-APACHE.txt "$stage/licences/"
cp assets/fonts/OFL.txt "$stage/licences/NotoSans-OFL.txt"
package/windows/third-party.sh "$target" > "$stage/licences/THIRD-PARTY.txt"
# Windows' own editors expect CRLF line ends in text files.
for text in "$stage"/*.txt "$stage"/licences/*.txt; do
  sed -i 's/\r$//; s/$/\r/' "$text"
done

rm -f "$out/$zip_name.part"
(cd "$out" && zip -qr -9 "$zip_name.part" "EvalDesk-$version")
mv -f "$out/$zip_name.part" "$out/$zip_name"

# The installer: files listed one by one, so the uninstaller removes exactly what was
# installed and nothing the user put beside it.
nsh=$out/files.nsh
package/windows/nsis-lists.sh "$(realpath "$stage")" > "$nsh"
package/windows/nsis-strings.sh > "$out/strings.nsh"
makensis -V2 -INPUTCHARSET UTF8 \
  "-DVERSION=$version" "-DSTAGE=$(realpath "$stage")" "-DFILES=$(realpath "$nsh")" \
  "-DSTRINGS=$(realpath "$out/strings.nsh")" "-DICON=$(realpath assets/icon/evaldesk.ico)" \
  "-DOUTFILE=$(realpath -m "$out/$setup_name.part")" package/windows/evaldesk.nsi
mv -f "$out/$setup_name.part" "$out/$setup_name"

ls -l "$exe" "$out/$zip_name" "$out/$setup_name"
