#!/usr/bin/env bash
# Renders the hicolor PNG icons from haul.svg (Debian package librsvg2-bin). The PNGs are
# committed, so building Haul or its package does not need this.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p hicolor
for size in 48 128 256; do
    rsvg-convert -w "$size" -h "$size" haul.svg -o "hicolor/haul-$size.png"
done
