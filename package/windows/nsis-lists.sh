#!/usr/bin/env bash
# The installer's file lists from the staged folder: INSTALL_FILES (every file, into
# $INSTDIR), UNINSTALL_FILES (the same files deleted, then their folders if empty), and
# the demo sessions copied into the user's Documents\EvalDesk without overwriting.
set -euo pipefail
stage=${1:?usage: nsis-lists.sh STAGE}
cd "$stage"
win() { printf '%s' "$1" | sed 's|/|\\|g'; }
echo '!macro INSTALL_FILES'
find . -mindepth 1 -type d -printf '%P\n' | sort | while read -r d; do
  echo "  CreateDirectory \"\$INSTDIR\\$(win "$d")\""
done
find . -type f -printf '%P\n' | sort | while read -r f; do
  echo "  File \"/oname=\$INSTDIR\\$(win "$f")\" \"$stage/$f\""
done
echo '!macroend'
echo '!macro UNINSTALL_FILES'
find . -type f -printf '%P\n' | sort | while read -r f; do
  echo "  Delete \"\$INSTDIR\\$(win "$f")\""
done
find . -mindepth 1 -type d -printf '%P\n' | sort -r | while read -r d; do
  echo "  RMDir \"\$INSTDIR\\$(win "$d")\""
done
echo '!macroend'
echo '!macro DEMO_SESSIONS'
find evaluations -type f -printf '%P\n' | sort | while read -r f; do
  echo "  CreateDirectory \"\$DOCUMENTS\\EvalDesk\\evaluations\\$(win "$(dirname "$f")")\""
  echo "  SetOverwrite off"
  echo "  File \"/oname=\$DOCUMENTS\\EvalDesk\\evaluations\\$(win "$f")\" \"$stage/evaluations/$f\""
  echo "  SetOverwrite on"
done
echo '!macroend'
