#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan) and runs each for SECONDS (default
# 20) over its seed corpus in tests/fuzz/corpus/<target>/; new inputs go to a temporary
# folder, never into the repository. Fails on the first crash, leak-free abort or sanitizer
# report, leaving the reproducer in build/fuzz/crashes/.
#   tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
crashes=build/fuzz/crashes
mkdir -p "$crashes"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
summary=()
for target in content_disposition content_range url_intake socket_message http1_response \
    browser_message; do
    mkdir -p "$work/$target"
    echo "== fuzz_$target for $seconds s" >&2
    log="$work/$target.log"
    if ! QT_QPA_PLATFORM=offscreen build/fuzz/tests/fuzz/fuzz_$target "$work/$target" \
        "tests/fuzz/corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -artifact_prefix="$crashes/${target}-" -print_final_stats=1 >"$log" 2>&1; then
        tail -40 "$log" >&2
        echo "FAIL: fuzz_$target found a problem; reproducer in $crashes" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    summary+=("fuzz_$target: $runs inputs in $seconds s, 0 crashes")
done
printf '%s\n' "${summary[@]}"
