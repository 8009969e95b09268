#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Haul (Release) and opens its window. Arguments are
# passed to haul, so a verb runs instead:
#   installer/start.sh transfer https://example.org/file.iso
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/bin/haul "$@"
