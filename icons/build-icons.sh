#!/usr/bin/env bash
# Regenerates every icon file in this folder from mta-sts-wizard.svg, and copies the window-icon
# sizes into the application's resources. Reproducible: the same tool versions give byte-identical
# files (rsvg-convert writes no timestamps; icotool and png2icns copy the PNG data as it is).
#
# Tools (Debian 12): apt-get install librsvg2-bin icoutils icnsutils
#   rsvg-convert 2.54 (SVG -> PNG), icotool 0.32 (.ico), png2icns 0.8 (.icns)
set -euo pipefail
cd "$(dirname "$0")"
src=mta-sts-wizard.svg
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install librsvg2-bin icoutils icnsutils" >&2; exit 2; }
done

sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$src" --output "png/mta-sts-wizard-$s.png"
done

# Windows: the classic sizes as bitmaps, 256 as embedded PNG (what Explorer uses when large).
icotool --create --output mta-sts-wizard.ico \
  png/mta-sts-wizard-{16,24,32,48,64,128}.png --raw=png/mta-sts-wizard-256.png

# macOS: the sizes the .icns format knows (16, 32, 48, 128, 256, 512, 1024).
png2icns mta-sts-wizard.icns png/mta-sts-wizard-{16,32,48,128,256,512,1024}.png >/dev/null

# Window icons of the running app (ui.app.WizardWindow adds every size that exists).
res=../src/main/resources/org/mtasts/wizard/ui/app
mkdir -p "$res"
for s in 16 24 32 48 64 128 256; do
  cp "png/mta-sts-wizard-$s.png" "$res/icon-$s.png"
done
