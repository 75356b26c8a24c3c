#!/bin/sh
# Renders the SVG sources to the PNGs blockwatch embeds and packagers install.
# Needs rsvg-convert (Debian: librsvg2-bin). Run from anywhere.
set -eu
cd "$(dirname "$0")"
mkdir -p png
for state in reachable checking blocked degraded offline paused; do
  for size in 16 22 24 32 48 64; do
    rsvg-convert -w "$size" -h "$size" "$state.svg" -o "png/$state-$size.png"
  done
done
for size in 48 128 256; do
  rsvg-convert -w "$size" -h "$size" blockwatch.svg -o "png/blockwatch-$size.png"
done
