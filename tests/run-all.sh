#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds Haul with its tests (Debug) and runs every test;
# then builds the headless haul (cmake --preset nogui) and checks it (tests/check_nogui.sh);
# then runs the fuzz targets for a bounded time (tests/fuzz/run.sh), the whole suite again
# under AddressSanitizer + UBSan (HAUL_SKIP_ASAN=1 skips it), and builds, lints, installs,
# runs and removes the Debian package (tests/package/test-package.sh;
# HAUL_SKIP_PACKAGE_TEST=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh --tests
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug "$@"
# Without the window: links no Widgets or Gui, and its verbs work (about a minute).
cmake --preset nogui >/dev/null
cmake --build --preset nogui
bash tests/check_nogui.sh build/nogui/bin/haul
# Hostile input, fuzzed: each libFuzzer target for a bounded time (clang, ASan, UBSan).
bash tests/fuzz/run.sh "${HAUL_FUZZ_SECONDS:-20}"
# The whole suite again under AddressSanitizer and UBSan (HAUL_SKIP_ASAN=1 skips it).
if [ "${HAUL_SKIP_ASAN:-}" != 1 ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    ctest --preset asan "$@"
fi
if [ "${HAUL_SKIP_PACKAGE_TEST:-}" != 1 ]; then
    bash tests/package/test-package.sh
fi
