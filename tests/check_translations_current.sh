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
others=()
for ts in "$work"/haul_*.ts; do
    [ "$(basename "$ts")" = haul_en.ts ] || others+=("$ts")
done
"$lupdate" -no-obsolete -locations none core app ui -ts "${others[@]}" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
# haul_en.ts holds the plural forms only (core/CMakeLists.txt, haulcore_lupdate_en).
if [ -f "$work/haul_en.ts" ]; then
    "$lupdate" -pluralonly -no-obsolete -locations none -target-language en core app ui \
        -ts "$work/haul_en.ts" >>"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
fi
status=0
for ts in "$root"/translations/haul_*.ts; do
    if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
        echo "$ts is not up to date with the sources; run: cmake --build --preset debug --target update_translations" >&2
        diff "$ts" "$work/$(basename "$ts")" | head -20 >&2
        status=1
    fi
done
exit $status
