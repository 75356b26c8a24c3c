#!/bin/sh
# Renders the SVG sources to the PNGs blockwatch embeds and packagers install.
# Needs rsvg-convert (Debian: librsvg2-bin) and icotool (icoutils). Run from anywhere.
set -eu
cd "$(dirname "$0")"
mkdir -p png
for state in reachable checking blocked degraded offline paused; do
  for size in 16 22 24 32 48 64; do
    rsvg-convert -w "$size" -h "$size" "$state.svg" -o "png/$state-$size.png"
  done
  # The macOS menu bar's template image: black, its alpha is the shape;
  # 36 px is the 18 pt bar at 2x (the system tints it for light and dark bars).
  sed 's/#2e3436/#000000/g' "symbolic/$state-symbolic.svg" |
    rsvg-convert -w 36 -h 36 -o "png/$state-template-36.png"
done
# The application icon; 16 to 1024 make the macOS .icns (pkg/macos/make-app).
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" blockwatch.svg -o "png/blockwatch-$size.png"
done
# The Windows icon (both executables, the installer, the Start menu): every
# size the shell asks for; 256 stored as PNG, as Windows Vista and later read it.
# Needs icotool (Debian: icoutils).
ico=$(mktemp -d)
for size in 16 20 24 32 40 48 64 256; do
  rsvg-convert -w "$size" -h "$size" blockwatch.svg -o "$ico/$size.png"
done
icotool -c -o blockwatch.ico "$ico"/16.png "$ico"/20.png "$ico"/24.png "$ico"/32.png \
  "$ico"/40.png "$ico"/48.png "$ico"/64.png -r "$ico"/256.png
rm -r "$ico"
