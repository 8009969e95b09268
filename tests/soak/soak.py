#!/usr/bin/env python3
"""Crash soak: downloads that survive SIGKILL.

Serves files of mixed sizes from nginx on 127.0.0.1 (speed-limited per connection, so
transfers are in flight when the axe falls), queues one job per file in a fresh store,
then starts `haul serve --auto-complete` and kills it with SIGKILL at random moments,
again and again, restarting it each time, until every job has finished. Once, while the
owner is dead, it also truncates a temporary file below its checkpoint (a tail lost in a
power cut) and checks that Haul noticed and fetched those bytes again.

Then it checks: every final file's SHA-256 equals the server's, no job is missing or
unfinished, no .haul-part is left, and SQLite's integrity_check passes. It prints a
Markdown report (and writes it with --report). Exit 0 only when everything holds.

  tests/soak/soak.py [--haul PATH] [--kills N] [--files N] [--max-kib N] [--rate R]
                     [--time-limit S] [--seed N] [--report FILE]
Needs nginx (installer/setup-debian.sh --tests installs nginx-light).
"""
import argparse
import hashlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Soak:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.work = Path(tempfile.mkdtemp(prefix="haul-soak-"))
        self.www = self.work / "www"
        self.out = self.work / "out"
        self.store = self.work / "store.sqlite"
        self.env = dict(os.environ, HAUL_STORE=str(self.store), LANGUAGE="en", LC_ALL="C.UTF-8",
                        HOME=str(self.work / "home"), XDG_CONFIG_HOME=str(self.work / "config"))
        self.nginx = None
        self.serve = None
        self.kills = 0
        self.truncated = None  # (name, checkpointed bytes, kept bytes)
        self.log = self.work / "serve.log"
        self.problems = []

    # --- the server -------------------------------------------------------------------
    def start_server(self):
        # nginx's workers run as another user when started by root.
        self.work.chmod(0o755)
        self.www.mkdir(mode=0o755)
        self.out.mkdir()
        sizes = []
        for i in range(self.args.files):
            # Mixed sizes: a third small (one connection), the rest large enough to split.
            if i % 3 == 0:
                size = self.rng.randint(1, 256) * 1024
            else:
                size = self.rng.randint(self.args.max_kib // 4, self.args.max_kib) * 1024
            size += self.rng.randint(0, 1023)
            path = self.www / f"file{i:02d}.bin"
            path.write_bytes(os.urandom(size))
            path.chmod(0o644)
            sizes.append(size)
        self.total = sum(sizes)
        self.port = free_port()
        conf = self.work / "nginx"
        conf.mkdir()
        (conf / "nginx.conf").write_text(f"""
worker_processes 1;
daemon off;
pid {conf}/nginx.pid;
error_log {conf}/error.log;
events {{ worker_connections 256; }}
http {{
    log_format ranges '$status "$http_range"';
    access_log {conf}/access.log ranges;
    client_body_temp_path {conf}/body;
    proxy_temp_path {conf}/proxy;
    fastcgi_temp_path {conf}/fastcgi;
    uwsgi_temp_path {conf}/uwsgi;
    scgi_temp_path {conf}/scgi;
    server {{ listen 127.0.0.1:{self.port}; root {self.www}; limit_rate {self.args.rate}; }}
}}
""")
        self.nginx = subprocess.Popen(["nginx", "-c", str(conf / "nginx.conf"), "-p", str(conf)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("nginx did not start")

    # --- haul -------------------------------------------------------------------------
    def haul(self, *words, check=True):
        p = subprocess.run([self.args.haul, *words], env=self.env, capture_output=True,
                           text=True, timeout=30)
        if check and p.returncode != 0:
            raise SystemExit(f"haul {' '.join(words)} failed ({p.returncode}): {p.stderr}")
        return p.stdout

    def jobs(self):
        return json.loads(self.haul("list", "--json"))["jobs"]

    def queue_jobs(self):
        for f in sorted(self.www.iterdir()):
            # Every other job may use four connections per file: both kinds are soaked.
            connections = "4" if int(f.stem[-2:]) % 2 else "1"
            job = self.haul("create", "--name", f"soak-{f.stem}", "--connections", connections
                            ).strip().split()[-1]
            self.haul("addfile", job, f"http://127.0.0.1:{self.port}/{f.name}", str(self.out))
            self.haul("resume", job)

    def start_owner(self):
        log = open(self.log, "a")
        log.write(f"--- start {time.strftime('%H:%M:%S')}\n")
        log.flush()
        self.serve = subprocess.Popen([self.args.haul, "serve", "--auto-complete"], env=self.env,
                                      stdout=log, stderr=log)
        log.close()

    def kill_owner(self):
        if self.serve.poll() is not None:
            raise SystemExit(f"haul serve exited by itself ({self.serve.returncode}); see {self.log}")
        self.serve.send_signal(signal.SIGKILL)
        self.serve.wait()
        self.serve = None
        self.kills += 1

    def all_finished(self):
        jobs = self.jobs()
        failed = [j for j in jobs if j["state"] in ("Error", "Cancelled")]
        if failed:
            raise SystemExit(f"a job ended in {failed[0]['state']}: {json.dumps(failed[0].get('error'))}")
        return all(j["state"] == "Acknowledged" for j in jobs)

    def truncate_one(self):
        """With the owner dead: cut a temp file below the bytes its checkpoint counted."""
        for job in self.jobs():
            for f in job["files"]:
                temp = Path(f["localPath"] + ".haul-part") if f["localPath"] else None
                if not temp or not temp.exists() or f["completed"]:
                    continue
                counted = f["bytesTransferred"]
                size = temp.stat().st_size
                if counted >= 128 * 1024 and size >= counted:
                    keep = counted // 3
                    os.truncate(temp, keep)
                    self.truncated = (Path(f["localPath"]).name, counted, keep)
                    return True
        return False

    # --- the run ----------------------------------------------------------------------
    def run(self):
        started = time.time()
        deadline = started + self.args.time_limit
        self.start_server()
        self.queue_jobs()
        while self.kills < self.args.kills and time.time() < deadline:
            self.start_owner()
            time.sleep(self.rng.uniform(self.args.min_life, self.args.max_life))
            self.kill_owner()
            if self.truncated is None and self.kills >= 2:
                self.truncate_one()
            if self.all_finished():
                break
        # Then let it finish; if everything finished before the kills were done, the run
        # was too short to prove anything.
        self.start_owner()
        while time.time() < deadline and not self.all_finished():
            if self.serve.poll() is not None:
                raise SystemExit(f"haul serve exited by itself ({self.serve.returncode}); see {self.log}")
            time.sleep(0.2)
        finished = self.all_finished()
        self.serve.send_signal(signal.SIGTERM)
        try:
            self.serve.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.serve.kill()
            self.serve.wait()
        # A clean stop exits 0; a sanitizer report (or any crash) on the way out does not.
        if self.serve.returncode != 0:
            self.problems.append(f"haul serve did not stop cleanly on SIGTERM "
                                 f"(exit {self.serve.returncode}); see {self.log}")
        self.serve = None
        self.elapsed = time.time() - started
        self.verify(finished)

    def verify(self, finished):
        if not finished:
            self.problems.append(f"not every job finished within {self.args.time_limit} s")
        if self.kills < self.args.kills:
            self.problems.append(f"only {self.kills} kills before everything finished "
                                 f"(wanted {self.args.kills}): slow the server down")
        jobs = self.jobs()
        names = sorted(j["name"] for j in jobs)
        wanted = sorted(f"soak-{f.stem}" for f in self.www.iterdir())
        if names != wanted:
            self.problems.append(f"jobs missing or extra: {sorted(set(wanted) ^ set(names))}")
        self.lost = 0
        for f in sorted(self.www.iterdir()):
            got = self.out / f.name
            if not got.exists():
                self.lost += 1
                self.problems.append(f"{f.name}: missing")
            elif sha256(got) != sha256(f):
                self.lost += 1
                self.problems.append(f"{f.name}: SHA-256 differs from the server's")
        extra = sorted(p.name for p in self.out.iterdir() if p.name not in {f.name for f in self.www.iterdir()})
        if extra:
            self.problems.append(f"unexpected files in the destination: {extra}")
        left = sorted(str(p) for p in self.work.rglob("*.haul-part"))
        if left:
            self.problems.append(f".haul-part left: {left}")
        db = sqlite3.connect(f"file:{self.store}?mode=ro", uri=True)
        self.integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.close()
        if self.integrity != "ok":
            self.problems.append(f"integrity_check: {self.integrity}")
        log = self.log.read_text(errors="replace")
        if self.truncated is None:
            self.problems.append("no temp file was truncated (none was far enough along)")
        else:
            # The exact notice for that file: what its checkpoint counted, and at most what
            # the cut left on disk (a segmented file trusts each range up to its first gap).
            name, counted, kept = self.truncated
            notice = re.search(rf"{re.escape(name)}: the checkpoint counted {counted} bytes "
                               rf"but only (\d+) are on disk", log)
            if not notice:
                self.problems.append(f"no resume notice for the truncated {name} "
                                     f"({counted} bytes counted)")
            elif int(notice.group(1)) > kept:
                self.problems.append(f"{name}: the notice trusts {notice.group(1)} bytes, "
                                     f"but only {kept} were left")
        self.notices = [line for line in log.splitlines() if "checkpoint" in line]
        # What the server saw: closed ranges are segments (several connections per file),
        # open ones resumes after a kill.
        self.requests = {"whole": 0, "segment": 0, "resume": 0}
        for line in (self.work / "nginx" / "access.log").read_text().splitlines():
            status, _, rng = line.partition(" ")
            rng = rng.strip('"')
            if rng in ("", "-"):
                self.requests["whole"] += 1
            elif rng.endswith("-"):
                self.requests["resume"] += 1
            else:
                self.requests["segment"] += 1
        if self.requests["segment"] == 0:
            self.problems.append("no file was fetched over several connections")
        if self.requests["resume"] == 0:
            self.problems.append("no download was resumed with a range after a kill")

    def report(self):
        a = self.args
        lines = [
            f"| crash soak, {time.strftime('%Y-%m-%d')} | |",
            "|---|---|",
            f"| downloads | {a.files} jobs, {self.total / 1048576:.1f} MiB, one- and multi-connection, nginx limit_rate {a.rate} per connection |",
            f"| SIGKILLs of the owning `haul serve` | {self.kills}, every {a.min_life}-{a.max_life} s at random (seed {a.seed}) |",
            f"| requests the server saw | {self.requests['whole']} whole, {self.requests['segment']} segments (closed ranges), {self.requests['resume']} resumes (open ranges) |",
            f"| temp file truncated below its checkpoint | {self.truncated[0] + f': {self.truncated[1]} bytes counted, {self.truncated[2]} kept' if self.truncated else 'none'} |",
            f"| final files equal to the server's (SHA-256) | {a.files - self.lost} of {a.files} |",
            f"| files lost | {self.lost} |",
            f"| `.haul-part` left | {len(list(self.work.rglob('*.haul-part')))} |",
            f"| SQLite integrity_check | {self.integrity} |",
            f"| wall time | {self.elapsed:.0f} s |",
        ]
        text = "\n".join(lines) + "\n"
        if self.notices:
            text += "\nResume notices from the log:\n\n" + "\n".join(f"    {n}" for n in self.notices[:5]) + "\n"
        return text

    def cleanup(self):
        if self.serve and self.serve.poll() is None:
            self.serve.kill()
            self.serve.wait()
        if self.nginx and self.nginx.poll() is None:
            self.nginx.terminate()  # nginx's master stops its workers on SIGTERM
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()
        if not self.problems and not self.args.keep:
            subprocess.run(["rm", "-rf", str(self.work)])


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--haul", default=str(here.parent.parent / "build/release/bin/haul"))
    ap.add_argument("--kills", type=int, default=12)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--max-kib", type=int, default=16 * 1024, help="largest file in KiB")
    ap.add_argument("--rate", default="512k", help="nginx limit_rate per connection")
    ap.add_argument("--min-life", type=float, default=0.5)
    ap.add_argument("--max-life", type=float, default=3.0)
    ap.add_argument("--time-limit", type=float, default=600)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--report")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    soak = Soak(args)
    try:
        soak.run()
    finally:
        soak.cleanup()
    text = soak.report()
    print(text)
    if args.report:
        Path(args.report).write_text(text)
    for p in soak.problems:
        print("FAIL:", p, file=sys.stderr)
    if soak.problems:
        print(f"(work folder kept: {soak.work})", file=sys.stderr)
    return 1 if soak.problems else 0


if __name__ == "__main__":
    sys.exit(main())
