#!/usr/bin/env bash
# Draws EvalDesk's icon (assets/icon/evaldesk.png, 256 px, and evaldesk.ico with the sizes
# Windows shows: 16, 24, 32, 48, 64, 256) with ImageMagick. The results are committed; run
# this only to change the drawing. A ranking (three bars, longest first) and a tick: what
# the program does, legible at 16 px.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icon
mkdir -p "$out"
convert -size 256x256 xc:none \
  -fill '#1d5fa6' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#ffffff' \
  -draw 'roundrectangle 44,70 196,100 15,15' \
  -draw 'roundrectangle 44,122 164,152 15,15' \
  -draw 'roundrectangle 44,174 124,204 15,15' \
  -stroke '#f2b632' -strokewidth 22 -fill none \
  -draw 'stroke-linejoin round stroke-linecap round polyline 150,186 178,212 226,146' \
  "$out/evaldesk.png"
convert "$out/evaldesk.png" -define icon:auto-resize=256,64,48,32,24,16 "$out/evaldesk.ico"
