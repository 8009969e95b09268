#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Haul with its tests (Debug) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh --tests
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug "$@"
