#!/usr/bin/env bash
# Fails when the .ts files are not up to date with the sources: runs lupdate, with the
# options of the update_translations target, on copies and compares.
set -u
root=$1
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/translations/haul_*.ts "$work"/
cd "$root" || exit 1
"$lupdate" -no-obsolete -locations none core app ui -ts "$work"/haul_*.ts >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
status=0
for ts in "$root"/translations/haul_*.ts; do
    if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
        echo "$ts is not up to date with the sources; run: cmake --build --preset debug --target update_translations" >&2
        diff "$ts" "$work/$(basename "$ts")" | head -20 >&2
        status=1
    fi
done
exit $status
