#!/usr/bin/env bash
# The installer's own words, taken from the Fluent catalogs (messages `installer-*`, one
# line each, no arguments) so that they are translated where every other word is.
set -euo pipefail
cd "$(dirname "$0")/../.."
for lang in vi:VIETNAMESE en:ENGLISH; do
  code=${lang%%:*} nsis=${lang##*:}
  grep -E '^installer-[a-z-]+ = ' "assets/i18n/$code/evaldesk.ftl" | while IFS= read -r line; do
    id=${line%% = *} text=${line#* = }
    name=$(printf '%s' "$id" | tr 'a-z-' 'A-Z_')
    # NSIS strings: $ is written $$, a double quote $\".
    text=$(printf '%s' "$text" | sed 's/\$/$$/g; s/"/$\\"/g')
    echo "LangString $name \${LANG_$nsis} \"$text\""
  done
done
