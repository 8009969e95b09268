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
#   5. one 1 GiB file over https, HTTP/1.1 only: haul transfer vs curl --http1.1 vs aria2c -x4 -s4;
#   6. one 1 GiB file over https with HTTP/2: haul transfer vs curl --http2;
#   7. 2,000 files of 64 KiB over https, HTTP/1.1 only: one haul transfer job vs
#      curl -Z --parallel-max 16 --http1.1 and aria2c -j16 -i list;
#   8. 2,000 files of 64 KiB over https with HTTP/2: one haul transfer job vs
#      curl -Z --parallel-max 16 --http2.
#   The https rows use a test CA made here (tests/bench/work/tls), trusted by each client
#   alone (SSL_CERT_FILE, --cacert, --ca-certificate), never by the system; they also give
#   the CPU seconds nginx's workers used during each run (its encryption shares the cores).
# Prints a Markdown table of medians and ratios and writes it to tests/bench/RESULTS.md.
#   tests/bench/bench.sh [ROUNDS] [SCENARIO...]     (defaults: 3 rounds; scenarios 1 to 8)
#   HAUL_BENCH_PERF=1 also profiles one haul run of each https scenario (see below).
# Needs: installer/setup-debian.sh --bench (it runs it) and builds the Release preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
shift || true
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(1 2 3 4 5 6 7 8)
root=$(pwd)
haul="$root/build/release/bin/haul"
work="$root/tests/bench/work"

bash installer/setup-debian.sh --bench
cmake --preset release >/dev/null
built=$(cmake --build --preset release --target haul bench_window 2>&1) || {
    tail -n 40 <<< "$built" >&2; echo "bench: the Release build failed" >&2; exit 1; }

mkdir -p "$work/www/small" "$work/out" "$work/nginx" "$work/tls"
payload() { # name size_mib
    local file="$work/www/$1"
    if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne $(($2 * 1024 * 1024)) ]; then
        echo "Generating $1 ($2 MiB)..." >&2
        head -c $(($2 * 1024 * 1024)) /dev/urandom > "$file"
    fi
}
payload big.bin 1024
payload limited.bin 256
files_in() { find "$1" -mindepth 1 -maxdepth 1 -printf . | wc -c; }
if [ "$(files_in "$work/www/small")" -ne 2000 ]; then
    echo "Generating 2,000 files of 64 KiB..." >&2
    for i in $(seq -w 0 1999); do head -c 65536 /dev/urandom > "$work/www/small/f$i.bin"; done
fi
# A test CA and a certificate for 127.0.0.1 it signed (EC P-256), made once; made again when
# missing, not signed by that CA or expiring within a day.
tls="$work/tls"
ca="$tls/ca.pem"
if ! openssl verify -CAfile "$ca" "$tls/server.pem" >/dev/null 2>&1 \
    || ! openssl x509 -checkend 86400 -noout -in "$tls/server.pem" >/dev/null 2>&1; then
    echo "Generating a test CA and a certificate for 127.0.0.1..." >&2
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
        -subj "/CN=Haul bench test CA" -keyout "$tls/ca.key" -out "$ca" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" > "$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$ca" -CAkey "$tls/ca.key" -CAcreateserial -days 825 \
        -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
    openssl verify -CAfile "$ca" "$tls/server.pem" >/dev/null
fi
chmod -R a+rX "$work"
chmod 600 "$tls"/*.key

freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(freeport)
slow=$(freeport)
tls1=$(freeport) # https, HTTP/1.1 only
tls2=$(freeport) # https with HTTP/2
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
    # https as servers are usually set up: a session cache, TLS 1.2 and 1.3, nginx's
    # ciphers (encrypted in nginx's workers: no kernel TLS). A request with ?probe=NAME is
    # logged with the protocols it was served with.
    ssl_certificate $tls/server.pem;
    ssl_certificate_key $tls/server.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:SSL:10m;
    ssl_session_timeout 1h;
    map \$arg_probe \$probe { "" 0; default 1; }
    log_format probe '\$arg_probe \$server_port \$server_protocol \$ssl_protocol \$ssl_cipher';
    server {
        listen 127.0.0.1:$tls1 ssl;
        root $work/www;
        access_log $work/nginx/probe.log probe if=\$probe;
    }
    server {
        listen 127.0.0.1:$tls2 ssl http2;
        root $work/www;
        access_log $work/nginx/probe.log probe if=\$probe;
    }
}
CONF
rm -f "$work/nginx/probe.log" # (before nginx opens it)
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work/out"' EXIT
for _ in $(seq 50); do
    curl -s -o /dev/null -r 0-0 "http://127.0.0.1:$port/big.bin" && break
    sleep 0.1
done
# nginx's workers (children of its master), for the CPU they use serving each https run.
workers=()
for stat in /proc/[0-9]*/stat; do
    line=$(cat "$stat" 2>/dev/null) || continue
    read -ra f <<< "${line##*) }"
    [ "${f[1]}" = "$nginx_pid" ] && workers+=("$(basename "$(dirname "$stat")")")
done
[ ${#workers[@]} -eq 2 ] || { echo "nginx: expected 2 workers, found ${#workers[@]}" >&2; exit 1; }
ticks_per_s=$(getconf CLK_TCK)
nginx_ticks() { # utime + stime of nginx's workers, in clock ticks
    local total=0 pid line f
    for pid in "${workers[@]}"; do
        line=$(cat "/proc/$pid/stat")
        read -ra f <<< "${line##*) }" # f[0] is field 3 (state): utime is field 14, stime 15
        total=$((total + f[11] + f[12]))
    done
    echo "$total"
}
busy_ticks() { # CPU time of the whole machine (every core) in processes or taken by the
    # hypervisor, in clock ticks; not interrupts (loopback's network work is the transfer's)
    local user nice system steal
    read -r _ user nice system _ _ _ _ steal _ < /proc/stat
    echo $((user + nice + system + steal))
}

# One measured run: prints "wall cpu peak_kib".
measure() {
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2; return 1; }
    read -r wall user sys peak < "$work/time.txt"
    awk -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%s %.2f %s\n", w, u + s, p }'
}
# measure, and the CPU seconds nginx's workers used meanwhile and what every other process
# did (the machine's busy time less the client's and nginx's: others' work shares the cores
# too): prints "wall cpu peak_kib nginx_cpu others_cpu".
measure_tls() {
    local before busy after result
    sync # (here, so that the writeback of the last run's file is not counted as others')
    before=$(nginx_ticks) busy=$(busy_ticks)
    result=$(measure "$@") || return 1
    after=$(nginx_ticks) busy=$(($(busy_ticks) - busy))
    awk -v r="$result" -v t=$((after - before)) -v b="$busy" -v hz="$ticks_per_s" 'BEGIN {
        split(r, f, " "); o = (b - t) / hz - f[2]; printf "%s %.2f %.2f\n", r, t / hz, (o > 0 ? o : 0) }'
}
check() { # file expected
    [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$(sha256sum "$2" | cut -d' ' -f1)" ] || {
        echo "wrong bytes in $1" >&2; exit 1; }
}
size_is() { # file expected: the size alone (for other tools' copies of the 1 GiB file)
    [ "$(stat -c %s "$1" 2>/dev/null)" = "$(stat -c %s "$2")" ] || { echo "wrong size of $1" >&2; exit 1; }
}
count_is() { # folder n
    [ "$(files_in "$1")" -eq "$2" ] || { echo "$1: files missing" >&2; exit 1; }
}
stored_files() { # files the store records as transferred, over every job
    "${H[@]}" list --json | python3 -c 'import json,sys; print(sum(j["filesTransferred"] for j in json.load(sys.stdin)["jobs"]))'
}
fresh() { rm -rf "$work/out" "$work/store.sqlite"*; mkdir -p "$work/out"; }
# Haul with its defaults: no Settings of the user's (a speed limit there would hold here).
H=(env HAUL_STORE="$work/store.sqlite" XDG_CONFIG_HOME="$work/config" "$haul")
# Over https it trusts the test CA through SSL_CERT_FILE (beside the system's authorities).
HS=(env SSL_CERT_FILE="$ca" HAUL_STORE="$work/store.sqlite" XDG_CONFIG_HOME="$work/config" "$haul")
CS=(curl -sS --cacert "$ca")
AS=(aria2c -q --ca-certificate="$ca" --file-allocation=none)
smallurls() { # base: the 2,000 small files' URLs, one a line
    for f in $(seq -w 0 1999); do echo "$1/small/f$f.bin"; done
}

declare -A rows
record() {
    [ -n "$2" ] || { echo "$1: the run failed, no figures" >&2; exit 1; }
    rows[$1]+="$2;"; echo "  $1: $2" >&2
}
has() { [[ " ${scenarios[*]} " == *" $1 "* ]]; }

# Before the https rounds, one small file per client and port, each logged by nginx with the
# protocols it was served with (the report names them): haul over HTTP/2 where it says so.
# Haul is probed twice, as a job of one file (scenarios 5, 6) and of two (7, 8): it keeps
# HTTP/2 for jobs of many files, where their files share a connection.
if has 5 || has 6 || has 7 || has 8; then
    for p in "$tls1" "$tls2"; do
        fresh; "${HS[@]}" transfer "https://127.0.0.1:$p/small/f0000.bin?probe=haul" "$work/out/p.bin" >/dev/null 2>"$work/stderr.txt" \
            || { cat "$work/stderr.txt" >&2; echo "haul: https from 127.0.0.1:$p failed" >&2; exit 1; }
        check "$work/out/p.bin" "$work/www/small/f0000.bin"
        fresh; "${HS[@]}" transfer --dest "$work/out" "https://127.0.0.1:$p/small/f0001.bin?probe=haul-job" \
            "https://127.0.0.1:$p/small/f0002.bin?probe=haul-job" >/dev/null 2>"$work/stderr.txt" \
            || { cat "$work/stderr.txt" >&2; echo "haul: https from 127.0.0.1:$p failed" >&2; exit 1; }
        if [ "$p" = "$tls1" ]; then v=--http1.1; else v=--http2; fi
        "${CS[@]}" "$v" -o /dev/null "https://127.0.0.1:$p/small/f0000.bin?probe=curl$v"
    done
    "${AS[@]}" -d "$work/out" -o p2.bin "https://127.0.0.1:$tls1/small/f0000.bin?probe=aria2c"
    for _ in $(seq 50); do [ "$(wc -l < "$work/nginx/probe.log")" -ge 9 ] && break; sleep 0.1; done
fi

for i in $(seq "$rounds"); do
    echo "round $i" >&2
    if [[ " ${scenarios[*]} " == *" 1 "* ]]; then
        url="http://127.0.0.1:$port/big.bin"
        fresh; record 1-haul "$(measure "${H[@]}" transfer "$url" "$work/out/a.bin")"; check "$work/out/a.bin" "$work/www/big.bin"
        fresh; record 1-curl "$(measure curl -sS -o "$work/out/a.bin" "$url")"
        # curl leaves the bytes in the page cache; haul makes them durable before it reports
        # the file done. This row is curl with the same promise.
        fresh
        # shellcheck disable=SC2016 # (the inner shell expands $1 and $2)
        record 1-curlsync "$(measure sh -c 'curl -sS -o "$1" "$2" && sync' - "$work/out/a.bin" "$url")"
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
            count_is "$work/out" 2000
            check "$work/out/f1999.bin" "$work/www/small/f1999.bin"
            [ "$(stored_files)" -eq 2000 ] || { echo "haul: not every file recorded in the store" >&2; exit 1; }
            fresh; record 3-curl "$(cd "$work/out" && measure curl -sS -Z --parallel-max 16 --remote-name-all "${urls[@]}")"
            # Haul makes the files durable before it reports the job done; curl with the same promise:
            fresh
            # shellcheck disable=SC2016
            record 3-curlsync "$(cd "$work/out" && measure sh -c 'curl -sS -Z --parallel-max 16 --remote-name-all "$@" && sync' - "${urls[@]}")"
        done
        fresh; record 3-aria2 "$(measure aria2c -q -j16 --file-allocation=none -d "$work/out" -i "$work/list.txt")"
    fi
    if [[ " ${scenarios[*]} " == *" 4 "* ]]; then
        QT_QPA_PLATFORM=offscreen "$root/build/release/tests/bench_window" 10000 2>/dev/null > "$work/window.txt"
        while read -r key value; do record "4-$key" "$value 0 0"; done < "$work/window.txt"
    fi
    # aria2c with 4 connections, as many as haul opens per file by default (curl opens one).
    if has 5; then
        url="https://127.0.0.1:$tls1/big.bin"
        fresh; record 5-haul "$(measure_tls "${HS[@]}" transfer "$url" "$work/out/a.bin")"; check "$work/out/a.bin" "$work/www/big.bin"
        fresh; record 5-curl "$(measure_tls "${CS[@]}" --http1.1 -o "$work/out/a.bin" "$url")"; size_is "$work/out/a.bin" "$work/www/big.bin"
        fresh; record 5-aria2 "$(measure_tls "${AS[@]}" -x4 -s4 -d "$work/out" -o a.bin "$url")"; size_is "$work/out/a.bin" "$work/www/big.bin"
    fi
    if has 6; then
        url="https://127.0.0.1:$tls2/big.bin"
        fresh; record 6-haul "$(measure_tls "${HS[@]}" transfer "$url" "$work/out/a.bin")"; check "$work/out/a.bin" "$work/www/big.bin"
        fresh; record 6-curl "$(measure_tls "${CS[@]}" --http2 -o "$work/out/a.bin" "$url")"; size_is "$work/out/a.bin" "$work/www/big.bin"
    fi
    # As scenario 3, three times per round; 7 over HTTP/1.1 only, 8 with HTTP/2.
    for s in 7 8; do
        has $s || continue
        if [ $s = 7 ]; then p=$tls1 v=--http1.1; else p=$tls2 v=--http2; fi
        mapfile -t urls < <(smallurls "https://127.0.0.1:$p")
        printf '%s\n' "${urls[@]}" > "$work/list.txt"
        for _ in 1 2 3; do
            fresh; record $s-haul "$(measure_tls "${HS[@]}" transfer --dest "$work/out" "${urls[@]}")"
            count_is "$work/out" 2000
            check "$work/out/f1999.bin" "$work/www/small/f1999.bin"
            [ "$(stored_files)" -eq 2000 ] || { echo "haul: not every file recorded in the store" >&2; exit 1; }
            fresh; record $s-curl "$(cd "$work/out" && measure_tls "${CS[@]}" "$v" -Z --parallel-max 16 --remote-name-all "${urls[@]}")"
            count_is "$work/out" 2000
        done
        if [ $s = 7 ]; then
            fresh; record 7-aria2 "$(measure_tls "${AS[@]}" -j16 -d "$work/out" -i "$work/list.txt")"
            count_is "$work/out" 2000
        fi
    done
done

# HAUL_BENCH_PERF=1: after the rounds, one more (unmeasured) haul run of each https scenario
# chosen under a whole-machine profile (perf record -a), what the time goes to by thread and
# library, then by function, in tests/bench/work/perf-N.txt.
if [ -n "${HAUL_BENCH_PERF:-}" ]; then
    command -v perf >/dev/null || { echo "HAUL_BENCH_PERF needs perf (Debian package linux-perf)" >&2; exit 1; }
    for s in 5 6 7 8; do
        has $s || continue
        case $s in
            5) args=("https://127.0.0.1:$tls1/big.bin" "$work/out/a.bin") ;;
            6) args=("https://127.0.0.1:$tls2/big.bin" "$work/out/a.bin") ;;
            7) mapfile -t args < <(smallurls "https://127.0.0.1:$tls1"); args=(--dest "$work/out" "${args[@]}") ;;
            8) mapfile -t args < <(smallurls "https://127.0.0.1:$tls2"); args=(--dest "$work/out" "${args[@]}") ;;
        esac
        fresh; sync
        perf record -q -a -F 999 -o "$work/perf-$s.data" -- "${HS[@]}" transfer "${args[@]}" >/dev/null 2>"$work/stderr.txt" \
            || { cat "$work/stderr.txt" >&2; echo "perf record failed (root, or kernel.perf_event_paranoid=-1)" >&2; exit 1; }
        { perf report -i "$work/perf-$s.data" --stdio --sort comm,dso --percent-limit 1 2>/dev/null
          perf report -i "$work/perf-$s.data" --stdio --sort comm,dso,symbol --percent-limit 0.5 2>/dev/null; } \
            | sed -e '/^#/d' -e '/^$/d' -e 's/[ -]*$//' > "$work/perf-$s.txt"
        echo "profile of scenario $s (haul): $work/perf-$s.txt" >&2
    done
fi

for key in "${!rows[@]}"; do echo "$key ${rows[$key]}"; done > "$work/rows.txt"
python3 - "$work/../RESULTS.md" "$work/rows.txt" "$work/nginx/probe.log" "$tls1" "$tls2" <<'PY'
import statistics, sys, datetime, platform, os
# What nginx served each probe with: (client, port role) -> "HTTP/2.0 TLSv1.3 cipher"
served = {}
try:
    for line in open(sys.argv[3]):
        client, port, *proto = line.split()
        role = {sys.argv[4]: "HTTP/1.1-only", sys.argv[5]: "HTTP/2"}.get(port, port)
        served[(client.replace("--http1.1", "").replace("--http2", ""), role)] = " ".join(proto)
except OSError:
    pass
rows = {}
for line in open(sys.argv[2]):
    key, values = line.split(" ", 1)
    runs = [tuple(float(x) for x in v.split()) for v in values.strip().strip(";").split(";") if v]
    # wall, CPU, peak KiB and, for the https rows, nginx's and other processes' CPU during the run
    rows[key] = [statistics.median(r[i] for r in runs) for i in range(min(len(r) for r in runs))]
out = []
def table(title, keys, names, ref):
    nginx = all(len(rows[k]) > 4 for k in keys if k in rows)
    extra = " nginx's CPU (s) | others' CPU (s) |" if nginx else ""
    out.append(f"| {title} | wall (s) | CPU (s) | peak RSS (MiB) |{extra} wall / {names[ref]} |")
    out.append("|---|---|---|---|---|" + ("---|---|" if nginx else ""))
    for k in keys:
        if k not in rows: continue
        w, c, m = rows[k][:3]
        extra = f" {rows[k][3]:.2f} | {rows[k][4]:.2f} |" if nginx else ""
        out.append(f"| {names[k]} | {w:.2f} | {c:.2f} | {m / 1024:.1f} |{extra} {w / rows[ref][0]:.2f} |")
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
def https_big(s, proto, keys, names):
    if f"{s}-haul" not in rows: return
    table(f"1 GiB over https, {proto}", keys, names, f"{s}-curl")
    h, c = rows[f"{s}-haul"], rows[f"{s}-curl"]
    # client and nginx together, in cores: near 2, both cores were busy
    busy = ", ".join(f"{names[k].split(' ')[0]} + nginx {(rows[k][1] + rows[k][3]) / rows[k][0]:.1f}" for k in keys if k in rows)
    checks.append(f"1 GiB https {proto}: wall {h[0] / c[0]:.2f}x curl (target <= 0.85), CPU {h[1] / c[1]:.2f}x curl (target <= 1.1), "
                  f"peak {h[2] / 1024:.1f} MiB (target <= 64); cores busy (client's and nginx's CPU / wall, of 2): {busy}")
def https_small(s, proto, keys, names, target):
    if f"{s}-haul" not in rows: return
    table(f"2,000 files of 64 KiB over https, {proto}", keys, names, f"{s}-curl")
    h, c = rows[f"{s}-haul"], rows[f"{s}-curl"]
    checks.append(f"2,000 files https {proto}: wall {h[0] / c[0]:.2f}x curl (target <= {target}), peak {h[2] / 1024:.1f} MiB (target <= 64)")
https_big(5, "HTTP/1.1", ["5-haul", "5-curl", "5-aria2"],
          {"5-haul": "haul transfer (up to 4 connections, its default, one at this speed; durable before done)", "5-curl": "curl --http1.1",
           "5-aria2": "aria2c -x4 -s4 (4 connections)"})
# Haul over HTTP/2 where nginx offered it? If not, its HTTP/2 rows say so.
def spoken(client):
    got = served.get((client, "HTTP/2"), "HTTP/2.0").split(" ")[0]
    return "" if got == "HTTP/2.0" else f", served over {got}, not HTTP/2"
spoke = spoken("haul")
https_big(6, "HTTP/2", ["6-haul", "6-curl"],
          {"6-haul": f"haul transfer (up to 4 connections, its default, one at this speed; durable before done{spoke})", "6-curl": "curl --http2"})
https_small(7, "HTTP/1.1", ["7-haul", "7-curl", "7-aria2"],
            {"7-haul": "haul transfer (one job; durable before done)", "7-curl": "curl -Z --parallel-max 16 --http1.1",
             "7-aria2": "aria2c -j16 -i list"}, "1.0")
https_small(8, "HTTP/2", ["8-haul", "8-curl"],
            {"8-haul": f"haul transfer (one job; durable before done{spoken('haul-job')})", "8-curl": "curl -Z --parallel-max 16 --http2"}, "0.6")
out += ["- " + c for c in checks]
if served:
    out.append("")
    out.append("https: nginx's own TLS (no kernel TLS), a session cache, a test CA each client trusts alone. "
               "Served with (nginx's log of one probe request per client and port): "
               + "; ".join(f"{c} on the {r} port: {p}" for (c, r), p in sorted(served.items())) + ". "
               "nginx's CPU: what its two workers used during the run (utime + stime); they share the 2 cores with the client. "
               "Others' CPU: what the rest of the machine used meanwhile (user, system and steal time in /proc/stat less the client's and nginx's: "
               "other processes, kernel threads such as writeback, the hypervisor); well over a few tenths of a second and the row's figures are not the client's alone.")
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
# What a person found in the profiles of a run (tests/bench/ANALYSIS.md, dated), appended.
analysis = os.path.join(os.path.dirname(sys.argv[1]), "ANALYSIS.md")
if os.path.exists(analysis):
    text += "\n" + open(analysis).read()
print(text)
open(sys.argv[1], "w").write(text)
PY
