#!/usr/bin/env bash
# The crates built into evaldesk.exe for TARGET, each with its version and licence, as
# Cargo.lock resolves them (cargo metadata, offline once fetched).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: third-party.sh TARGET}
echo "EvalDesk includes these open-source components (name, version, licence)."
echo "EvalDesk bao gồm các thành phần nguồn mở sau (tên, phiên bản, giấy phép)."
echo
cargo metadata --locked --format-version 1 --filter-platform "$target" |
  python3 package/windows/third-party.py
