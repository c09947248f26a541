"""Ingest throughput (1 and 2 local workers, and a Dask cluster of two workers on loopback)
and peak memory of `muster ingest` on 1,000 vs 10,000 generated articles.

    python bench/ingest.py [--articles 1000] [--memory 1000,10000] [--skip-dask]

Each measurement runs `muster ingest` as a child process on a JSONL dump into a fresh SQLite
file; peak memory is the child's maximum resident set size (for Dask, of the client process).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_articles  # noqa: E402


def write_dump(path: Path, count: int, seed: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        done = 0
        while done < count:
            for text in generate_articles(min(500, count - done), seed=seed + done):
                f.write(json.dumps({"text": text, "outlet": "Bench Wire"}) + "\n")
            done += min(500, count - done)


def ingest(dump: Path, db: Path, *extra: str) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one `muster ingest` child."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "muster", "ingest", str(dump), "--db", str(db), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"muster ingest failed on {dump}")
    return elapsed, usage.ru_maxrss / 1024


def dask_cluster(workdir: Path) -> tuple[str, list[subprocess.Popen]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                               str(port), "--dashboard-address", ":0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              cwd=workdir)]
    procs += [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                "--dashboard-address", ":0", "--local-directory", str(workdir / f"w{i}")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=workdir) for i in range(2)]
    from distributed import Client

    for _ in range(120):
        try:
            with Client(address, timeout="5s") as client:
                if len(client.scheduler_info()["workers"]) == 2:
                    return address, procs
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit("the Dask cluster did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory", default="1000,10000")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="muster-bench-"))
    dump = work / "corpus.jsonl"
    write_dump(dump, args.articles, seed=100)
    print(f"throughput on {args.articles} articles (~700 words each), {os.cpu_count()} cores")
    runs = [("1 process", ()), ("2 local workers", ("--workers", "2"))]
    procs: list[subprocess.Popen] = []
    if not args.skip_dask:
        address, procs = dask_cluster(work)
        runs.append(("Dask, 2 workers", ("--scheduler", address)))
    try:
        for label, extra in runs:
            seconds, rss = ingest(dump, work / f"{label.replace(' ', '_')}.db", *extra)
            print(f"  {label:18s} {seconds:7.1f} s  {args.articles / seconds:6.1f} articles/s  peak RSS {rss:6.0f} MiB")
    finally:
        for p in procs:
            p.terminate()
    print("peak memory, 1 process")
    for count in (int(x) for x in args.memory.split(",")):
        path = work / f"memory-{count}.jsonl"
        write_dump(path, count, seed=200)
        seconds, rss = ingest(path, work / f"memory-{count}.db")
        print(f"  {count:6d} articles  {seconds:7.1f} s  peak RSS {rss:6.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
