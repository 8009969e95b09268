#!/usr/bin/env bash
# Benchmark: Haul against curl, wget and aria2 on nginx at 127.0.0.1, alternating in one
# run, medians of ROUNDS rounds:
#   1. one 1 GiB file at full speed: haul transfer vs curl vs wget;
#   2. one 256 MiB file from a server block limited to 8 MB/s per connection:
#      haul transfer --connections 8 vs aria2c -x8 -s8 vs haul over one connection;
#   3. 2,000 files of 64 KiB: one haul transfer job vs curl -Z --parallel-max 16 and
#      aria2c -j16 -i list;
#   4. the window (tests/bench/bench_window.cpp, offscreen): shown with 10,000 jobs, its
#      memory, sorting and filtering them, the GUI thread's worst stall and its share of a
#      core while 50 jobs transfer, its worst stall while the engine syncs 1 GiB (Suspend and
#      Resume from the window twice a second).
# Prints a Markdown table of medians and ratios and writes it to tests/bench/RESULTS.md.
#   tests/bench/bench.sh [ROUNDS] [SCENARIO...]     (defaults: 3 rounds; scenarios 1 2 3)
# Needs: installer/setup-debian.sh --bench (it runs it) and builds the Release preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
shift || true
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(1 2 3 4)
root=$(pwd)
haul="$root/build/release/bin/haul"
work="$root/tests/bench/work"

bash installer/setup-debian.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release --target haul bench_window >/dev/null

mkdir -p "$work/www/small" "$work/out" "$work/nginx"
payload() { # name size_mib
    local file="$work/www/$1"
    if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne $(($2 * 1024 * 1024)) ]; then
        echo "Generating $1 ($2 MiB)..." >&2
        head -c $(($2 * 1024 * 1024)) /dev/urandom > "$file"
    fi
}
payload big.bin 1024
payload limited.bin 256
if [ "$(ls "$work/www/small" | wc -l)" -ne 2000 ]; then
    echo "Generating 2,000 files of 64 KiB..." >&2
    for i in $(seq -w 0 1999); do head -c 65536 /dev/urandom > "$work/www/small/f$i.bin"; done
fi
chmod -R a+rX "$work"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
slow=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server { listen 127.0.0.1:$port; root $work/www; }
    server { listen 127.0.0.1:$slow; root $work/www; limit_rate 8m; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work/out"' EXIT
for _ in $(seq 50); do
    curl -s -o /dev/null -r 0-0 "http://127.0.0.1:$port/big.bin" && break
    sleep 0.1
done

# One measured run: prints "wall cpu peak_kib".
measure() {
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2; return 1; }
    read -r wall user sys peak < "$work/time.txt"
    awk -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%s %.2f %s\n", w, u + s, p }'
}
check() { # file expected
    [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$(sha256sum "$2" | cut -d' ' -f1)" ] || {
        echo "wrong bytes in $1" >&2; exit 1; }
}
fresh() { rm -rf "$work/out" "$work/store.sqlite"*; mkdir -p "$work/out"; }
# Haul with its defaults: no Settings of the user's (a speed limit there would hold here).
H=(env HAUL_STORE="$work/store.sqlite" XDG_CONFIG_HOME="$work/config" "$haul")

declare -A rows
record() { rows[$1]+="$2;"; echo "  $1: $2" >&2; }

for i in $(seq "$rounds"); do
    echo "round $i" >&2
    if [[ " ${scenarios[*]} " == *" 1 "* ]]; then
        url="http://127.0.0.1:$port/big.bin"
        fresh; record 1-haul "$(measure "${H[@]}" transfer "$url" "$work/out/a.bin")"; check "$work/out/a.bin" "$work/www/big.bin"
        fresh; record 1-curl "$(measure curl -sS -o "$work/out/a.bin" "$url")"
        # curl leaves the bytes in the page cache; haul makes them durable before it reports
        # the file done. This row is curl with the same promise.
        fresh; record 1-curlsync "$(measure sh -c 'curl -sS -o "$1" "$2" && sync' - "$work/out/a.bin" "$url")"
        fresh; record 1-wget "$(measure wget -q -O "$work/out/a.bin" "$url")"
    fi
    if [[ " ${scenarios[*]} " == *" 2 "* ]]; then
        url="http://127.0.0.1:$slow/limited.bin"
        fresh; record 2-haul8 "$(measure "${H[@]}" transfer --connections 8 "$url" "$work/out/a.bin")"; check "$work/out/a.bin" "$work/www/limited.bin"
        fresh; record 2-aria2 "$(measure aria2c -q -x8 -s8 -k1M --file-allocation=none -d "$work/out" -o a.bin "$url")"
        fresh; record 2-haul1 "$(measure "${H[@]}" transfer --connections 1 "$url" "$work/out/a.bin")"
    fi
    # Three times per round: creating 2,000 files costs each tool a different time from one
    # run to the next on this disk (its inode allocator has to step over recently deleted
    # inodes), so this scenario needs more runs for a steady median.
    if [[ " ${scenarios[*]} " == *" 3 "* ]]; then
        urls=()
        for f in $(seq -w 0 1999); do urls+=("http://127.0.0.1:$port/small/f$f.bin"); done
        printf '%s\n' "${urls[@]}" > "$work/list.txt"
        for _ in 1 2 3; do
            fresh; record 3-haul "$(measure "${H[@]}" transfer --dest "$work/out" "${urls[@]}")"
            [ "$(ls "$work/out" | wc -l)" -eq 2000 ] || { echo "haul: files missing" >&2; exit 1; }
            check "$work/out/f1999.bin" "$work/www/small/f1999.bin"
            [ "$("${H[@]}" list --json | python3 -c 'import json,sys; print(sum(j["filesTransferred"] for j in json.load(sys.stdin)["jobs"]))')" -eq 2000 ] \
                || { echo "haul: not every file recorded in the store" >&2; exit 1; }
            fresh; record 3-curl "$(cd "$work/out" && measure curl -sS -Z --parallel-max 16 --remote-name-all "${urls[@]}")"
            # Haul makes the files durable before it reports the job done; curl with the same promise:
            fresh; record 3-curlsync "$(cd "$work/out" && measure sh -c 'curl -sS -Z --parallel-max 16 --remote-name-all "$@" && sync' - "${urls[@]}")"
        done
        fresh; record 3-aria2 "$(measure aria2c -q -j16 --file-allocation=none -d "$work/out" -i "$work/list.txt")"
    fi
    if [[ " ${scenarios[*]} " == *" 4 "* ]]; then
        QT_QPA_PLATFORM=offscreen "$root/build/release/tests/bench_window" 10000 2>/dev/null > "$work/window.txt"
        while read -r key value; do record "4-$key" "$value 0 0"; done < "$work/window.txt"
    fi
done

for key in "${!rows[@]}"; do echo "$key ${rows[$key]}"; done > "$work/rows.txt"
python3 - "$work/../RESULTS.md" "$work/rows.txt" <<'PY'
import statistics, sys, datetime, platform, os
rows = {}
for line in open(sys.argv[2]):
    key, values = line.split(" ", 1)
    runs = [tuple(float(x) for x in v.split()) for v in values.strip().strip(";").split(";") if v]
    rows[key] = [statistics.median(r[i] for r in runs) for i in range(3)]
out = []
def table(title, keys, names, ref):
    out.append(f"| {title} | wall (s) | CPU (s) | peak RSS (MiB) | wall / {names[ref]} |")
    out.append("|---|---|---|---|---|")
    for k in keys:
        if k not in rows: continue
        w, c, m = rows[k]
        out.append(f"| {names[k]} | {w:.2f} | {c:.2f} | {m / 1024:.1f} | {w / rows[ref][0]:.2f} |")
    out.append("")
checks = []
if "1-haul" in rows:
    names = {"1-haul": "haul transfer (durable: fdatasync before done)", "1-curl": "curl",
             "1-curlsync": "curl, then sync (durable)", "1-wget": "wget"}
    table("1 GiB at full speed", ["1-haul", "1-curl", "1-curlsync", "1-wget"], names, "1-curl")
    h, c = rows["1-haul"], rows["1-curl"]
    durable = f", {h[0] / rows['1-curlsync'][0]:.2f}x curl-then-sync" if "1-curlsync" in rows else ""
    checks.append(f"1 GiB: wall {h[0] / c[0]:.2f}x curl (target <= 0.9){durable}, CPU {h[1] / c[1]:.2f}x curl (target <= 1), peak {h[2] / 1024:.1f} MiB (target <= 64)")
if "2-haul8" in rows:
    names = {"2-haul8": "haul transfer --connections 8", "2-aria2": "aria2c -x8 -s8", "2-haul1": "haul transfer --connections 1"}
    table("256 MiB, server limited to 8 MB/s per connection", ["2-haul8", "2-aria2", "2-haul1"], names, "2-aria2")
    h8, a, h1 = rows["2-haul8"], rows["2-aria2"], rows["2-haul1"]
    checks.append(f"256 MiB limited: wall {h8[0] / a[0]:.2f}x aria2 (target <= 1.05), {h1[0] / h8[0]:.1f}x faster than one connection (target >= 6)")
if "3-haul" in rows:
    names = {"3-haul": "haul transfer (one job; durable before done)", "3-curl": "curl -Z --parallel-max 16",
             "3-curlsync": "curl -Z --parallel-max 16, then sync (durable)", "3-aria2": "aria2c -j16 -i list"}
    table("2,000 files of 64 KiB", ["3-haul", "3-curl", "3-curlsync", "3-aria2"], names, "3-curl")
    h, c = rows["3-haul"], rows["3-curl"]
    durable = f", {h[0] / rows['3-curlsync'][0]:.2f}x curl-then-sync" if "3-curlsync" in rows else ""
    checks.append(f"2,000 files: wall {h[0] / c[0]:.2f}x curl (target <= 1.5){durable}")
if "4-window-show-s" in rows:
    v = lambda k: rows["4-" + k][0]
    out.append("| the window, 10,000 jobs in the store (offscreen) | measured | target |")
    out.append("|---|---|---|")
    out.append(f"| shown after | {v('window-show-s'):.2f} s | < 1.5 s |")
    out.append(f"| memory (RSS) | {v('window-rss-mib'):.0f} MiB | < 200 MiB |")
    out.append(f"| sort by a column (median / worst) | {v('sort-median-ms'):.0f} / {v('sort-max-ms'):.0f} ms | < 100 ms |")
    out.append(f"| filter by search or category (median / worst) | {v('filter-median-ms'):.0f} / {v('filter-max-ms'):.0f} ms | < 100 ms |")
    out.append(f"| worst GUI-thread stall, 50 jobs transferring | {v('gui-worst-stall-ms'):.0f} ms | < 30 ms |")
    out.append(f"| GUI thread's share of a core, 50 jobs transferring | {100 * v('gui-core-share'):.1f} % | < 10 % |")
    if "4-gui-stall-during-sync-ms" in rows:
        out.append(f"| worst GUI stall while the engine syncs 1 GiB | {v('gui-stall-during-sync-ms'):.0f} ms | <= 30 ms |")
    out.append("")
out += ["- " + c for c in checks]
cpu = "unknown"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
except OSError:
    pass
out.append("")
out.append(f"Measured {datetime.date.today().isoformat()} on {platform.node() or 'this machine'}: {os.cpu_count()} cores ({cpu}), "
           f"{platform.system()} {platform.release()}; medians; nginx on 127.0.0.1.")
text = "\n".join(out) + "\n"
print(text)
open(sys.argv[1], "w").write(text)
PY
