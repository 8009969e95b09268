#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Haul with its tests (Debug) and runs every test;
# then builds, lints, installs, runs and removes the Debian package
# (tests/package/test-package.sh; HAUL_SKIP_PACKAGE_TEST=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh --tests
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug "$@"
if [ "${HAUL_SKIP_PACKAGE_TEST:-}" != 1 ]; then
    bash tests/package/test-package.sh
fi
