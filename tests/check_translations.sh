#!/usr/bin/env bash
# Fails when a translation has unfinished, vanished or obsolete messages, or an empty
# plural form.
set -u
lconvert=${LCONVERT:-/usr/lib/qt6/bin/lconvert}
status=0
for ts in "$@"; do
    n=$("$lconvert" -no-finished -i "$ts" -of ts -o - | grep -c '<message')
    if [ "$n" != 0 ]; then
        echo "$ts: $n messages unfinished, vanished or obsolete" >&2
        status=1
    fi
    # A finished plural message needs every form of its language (English: one and other).
    e=$(grep -c '<numerusform></numerusform>\|<numerusform/>' "$ts")
    if [ "$e" != 0 ]; then
        echo "$ts: $e plural forms empty" >&2
        status=1
    fi
done
exit $status
