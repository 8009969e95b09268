#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Haul (Release) and starts it. Until the window
# exists, "starting" Haul shows the `haul transfer` help; pass arguments to run them instead:
#   installer/start.sh transfer https://example.org/file.iso
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ $# -eq 0 ]; then
    set -- transfer --help
fi
exec ./build/release/bin/haul "$@"
