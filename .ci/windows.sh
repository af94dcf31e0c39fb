#!/usr/bin/env bash
# The Windows build, proved under Wine: cross-compiles evaldesk.exe (release), checks it is
# a GUI-subsystem program with its icon, runs the command-line scenarios of the integration
# tests (validate, summary, submit, report) on the demo and test data, in a folder whose
# path has Vietnamese letters and spaces, compares `summary --json` with the Linux build's,
# saves over a file another program holds open, then builds the zip and the installer
# and installs, runs and uninstalls it. Run by .ci/run after the Linux tests (it uses
# their target/debug/evaldesk); on its own: .ci/windows.sh (as root on Debian: installs
# what it lacks).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo "== windows: $*"; }
fail() { echo "windows: FAILED: $*" >&2; exit 1; }
started=$SECONDS

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine wine64)
command -v makensis >/dev/null || need+=(nsis)
command -v zip >/dev/null || need+=(zip)
command -v unzip >/dev/null || need+=(unzip)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  step "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
target=x86_64-pc-windows-gnu
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc

step "cargo build --release --target $target"
build_started=$SECONDS
cargo build --locked --release --target "$target"
echo "windows: cross build took $((SECONDS - build_started)) s"
exe=target/$target/release/evaldesk.exe
linux=target/debug/evaldesk
[ -x "$linux" ] || cargo build --locked

step "the .exe: GUI subsystem, icon and version information"
headers=$(x86_64-w64-mingw32-objdump -p "$exe")
grep -q "Subsystem.*(Windows GUI)" <<<"$headers" || fail "$exe is not a GUI-subsystem program"
x86_64-w64-mingw32-objdump -h "$exe" | grep -q "\.rsrc" || fail "$exe has no resources (icon)"
x86_64-w64-mingw32-strings -el "$exe" | grep -q "^EvalDesk$" || fail "$exe has no version information"
# Never shipped: the test-only ProcessPrng stand-in is not linked or copied anywhere.
if grep -q "bcryptprimitives.c" "$exe"; then fail "test shim in $exe"; fi

step "Wine prefix"
scenario_started=$SECONDS
# shellcheck source=wine/setup.sh
source .ci/wine/setup.sh target/wine-prefix
x86_64-w64-mingw32-gcc -municode -O2 -o target/wine-hold-open.exe .ci/wine/hold-open.c
win() { wine "$exe" "$@"; }
winpath() { winepath -w "$1" 2>/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folder="$work/Users/Nguyễn Văn A/Tài liệu/Đánh giá quý II"
mkdir -p "$folder"
cp evaluations/demo/*.evaluation.json "$folder/"
wfolder=$(winpath "$folder")

step "validate"
win validate evaluations/demo evaluations/demo-agencies >"$work/out" 2>&1 || fail "validate demo: $(cat "$work/out")"
win validate "$wfolder" >"$work/out" 2>&1 || fail "validate $wfolder: $(cat "$work/out")"
grep -q "3 hợp lệ" "$work/out" || fail "validate did not speak Vietnamese: $(cat "$work/out")"
printf '{ "format": "evaldesk.evaluation", ' >"$folder/hỏng.evaluation.json"
set +e; win validate "$wfolder" >"$work/out" 2>&1; code=$?; set -e
[ "$code" = 1 ] || fail "validate of a bad file exited $code, not 1"
grep -q "hỏng.evaluation.json" "$work/out" || fail "the bad file is not named: $(cat "$work/out")"
rm "$folder/hỏng.evaluation.json"
set +e; win summary --no-such-option >/dev/null 2>&1; code=$?; set -e
[ "$code" = 2 ] || fail "bad usage exited $code, not 2"

step "summary --json, Windows beside Linux"
for data in evaluations/demo evaluations/demo-agencies; do
  win summary --json "$data" | tr -d '\r' >"$work/windows.json"
  "$linux" summary --json "$data" >"$work/linux.json"
  cmp -s "$work/windows.json" "$work/linux.json" ||
    fail "summary --json $data differs: $(diff "$work/linux.json" "$work/windows.json" | head -20)"
done
win summary --json "$wfolder" | tr -d '\r' >"$work/windows.json"
"$linux" summary --json "$folder" >"$work/linux.json"
cmp -s "$work/windows.json" "$work/linux.json" || fail "summary --json differs in $folder"

step "submit, in a folder with Vietnamese letters and spaces"
# binh-tran's draft is complete; chau-le's lacks four scores (the data of tests/integration/cli_summary.rs).
draft="$folder/binh-tran.evaluation.json"
win submit "$(winpath "$draft")" >"$work/out" 2>&1 || fail "submit: $(cat "$work/out")"
grep -q '"status": "submitted"' "$draft" || fail "submit did not mark the session submitted"
"$linux" validate "$draft" >/dev/null || fail "the session sealed on Windows does not validate on Linux"
set +e; win submit "$(winpath "$folder/chau-le.evaluation.json")" >"$work/out" 2>&1; code=$?; set -e
[ "$code" = 1 ] && grep -q "G8.4" "$work/out" || fail "an incomplete submit exited $code: $(cat "$work/out")"

step "a save over a file another program holds open"
mkdir -p "$work/held"
held_file=$work/held/phiên.evaluation.json
cp evaluations/demo/binh-tran.evaluation.json "$held_file"
before=$(sha256sum <"$held_file")
hold() { # hold FILE MS: held open (as Explorer's preview does) for MS milliseconds
  rm -f "$work/ready"
  wine target/wine-hold-open.exe "$(winpath "$1")" "$2" "$(winpath "$work/ready")" &
  for _ in $(seq 100); do [ -f "$work/ready" ] && return 0; sleep 0.1; done
  fail "hold-open did not start"
}
hold "$held_file" 8000
set +e; win submit "$(winpath "$held_file")" >"$work/out" 2>&1; code=$?; set -e
wait
[ "$code" = 1 ] || fail "a save over a held file exited $code, not 1: $(cat "$work/out")"
grep -q "đang mở tệp này" "$work/out" || fail "no plain message for a held file: $(cat "$work/out")"
[ "$(sha256sum <"$held_file")" = "$before" ] || fail "the held file was changed"
if ls "$work/held" | grep -q "\.tmp$"; then fail "a temporary file was left beside the held file"; fi
hold "$held_file" 300
win submit "$(winpath "$held_file")" >"$work/out" 2>&1 || fail "a save once the file was let go: $(cat "$work/out")"
wait

step "report, into the folder with Vietnamese letters and spaces"
win report --out "$(winpath "$folder")\\Báo cáo" "$wfolder" >"$work/out" 2>&1 || fail "report: $(cat "$work/out")"
for ext in docx xlsx html csv; do
  ls "$folder/Báo cáo/"*."$ext" >/dev/null 2>&1 || fail "report wrote no .$ext"
done
ls "$folder/Báo cáo/"*/*.png >/dev/null 2>&1 || fail "report wrote no charts"
echo "windows: Wine scenarios took $((SECONDS - scenario_started)) s"

step "package: the zip and the installer"
PROFILE=release SKIP_BUILD=1 package/windows.sh
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
zip=target/package/EvalDesk-$version-windows-x64.zip
setup=target/package/EvalDesk-$version-setup.exe
listing=$(unzip -l "$zip")
for f in evaldesk.exe HUONG-DAN.txt GUIDE.txt checklists/dms-vn.checklist.json \
  templates/tieu-chi-mau.xlsx evaluations/demo/an-nguyen.evaluation.json licences/THIRD-PARTY.txt; do
  grep -q "EvalDesk-$version/$f" <<<"$listing" || fail "$zip lacks $f"
done
grep -qi "bcryptprimitives\|\.bak$\|\.lock$" <<<"$listing" && fail "$zip holds a file it must not"

step "installer: install for the user, run, uninstall keeping the sessions"
wine "$setup" /S
user_dir=$(winepath -u "$(wine cmd /c echo %LOCALAPPDATA% | tr -d '\r')")
docs=$(winepath -u "$(wine cmd /c echo %USERPROFILE% | tr -d '\r')")/Documents/EvalDesk
installed="$user_dir/Programs/EvalDesk/evaldesk.exe"
[ -f "$installed" ] || fail "the installer did not install $installed"
[ -f "$docs/evaluations/demo/an-nguyen.evaluation.json" ] || fail "no demo sessions in $docs"
wine "$installed" validate "$(winpath "$docs/evaluations")" >/dev/null || fail "the installed program"
echo "keep" >"$docs/evaluations/mine.txt"
wine "$user_dir/Programs/EvalDesk/uninstall.exe" /S _?="$(winpath "$user_dir/Programs/EvalDesk")"
[ ! -f "$installed" ] || fail "the uninstaller left $installed"
[ -f "$docs/evaluations/mine.txt" ] && [ -f "$docs/evaluations/demo/an-nguyen.evaluation.json" ] ||
  fail "the uninstaller removed the user's sessions"
wineserver -k || true
echo "windows: all of it took $((SECONDS - started)) s"
