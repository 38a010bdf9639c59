"""Requests per second and latency of the listing pages, served the way production serves them.

Builds a throwaway site (demo content plus clearly marked synthetic news and partners), runs
gunicorn with production settings on 127.0.0.1, and sends a bounded number of GET requests to the
homepage, the news index (filtered by category, tag and year too), the RSS feed, two news pages and
the partner directory. Only this machine's loopback is contacted.

    uv run python bench/listing_pages.py                          # SQLite in a temporary directory
    uv run python bench/listing_pages.py --news 10000 --partners 500 \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_listing   # PostgreSQL

A PostgreSQL database that does not exist is created, and dropped at the end. See bench/README.md.
"""

import argparse
import contextlib
import http.client
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


@dataclass
class Result:
    path: str
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p95_ms: float
    max_ms: float


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=2000, help="synthetic news items (2000)")
    parser.add_argument("--partners", type=int, default=300, help="synthetic partners (300)")
    parser.add_argument("--requests", type=int, default=300, help="measured requests per URL (300)")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured requests per URL (20)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (4)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3)")
    parser.add_argument(
        "--max-seconds", type=float, default=120, help="stop measuring a URL after this long (120)"
    )
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    return parser.parse_args()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def postgres_database(url: str) -> Iterator[None]:
    """Create the database named in `url` when it is missing, and drop it afterwards."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield
    finally:
        if not exists:
            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def manage(env: dict[str, str], *arguments: str) -> None:
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=env, check=True)


def get(port: int, path: str) -> tuple[int, float]:
    """Status and seconds of one request, as the TLS-terminating proxy would forward it."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def wait_until_serving(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited before it served a request")
        with contextlib.suppress(OSError):
            if get(port, "/robots.txt")[0] == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within {timeout:.0f} s")


def measure(port: int, path: str, args: argparse.Namespace) -> Result:
    for _ in range(args.warmup):
        status, _seconds = get(port, path)
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}")

    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    remaining = iter(range(args.requests))
    deadline = time.monotonic() + args.max_seconds

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                if next(remaining, None) is None:
                    return
            status, seconds = get(port, path)
            with lock:
                latencies.append(seconds)
                if status != 200:
                    failures.append(status)

    threads = [threading.Thread(target=client) for _ in range(args.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if failures:
        raise SystemExit(f"GET {path}: {len(failures)} answers were not 200, e.g. {failures[0]}")

    milliseconds = sorted(seconds * 1000 for seconds in latencies)
    return Result(
        path=path,
        requests=len(milliseconds),
        seconds=round(elapsed, 2),
        requests_per_second=round(len(milliseconds) / elapsed, 1),
        p50_ms=round(statistics.median(milliseconds), 1),
        p95_ms=round(statistics.quantiles(milliseconds, n=20)[-1], 1),
        max_ms=round(milliseconds[-1], 1),
    )


def main() -> None:
    args = parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-listing-"))
    database_url = args.database_url or f"sqlite:///{scratch / 'bench.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(scratch / "static"),
        "MEDIA_ROOT": str(scratch / "media"),
        "LOG_LEVEL": "WARNING",
    }
    uses_postgres = database_url.startswith(("postgres://", "postgresql://"))
    database = postgres_database(database_url) if uses_postgres else contextlib.nullcontext()

    with database:
        print(f"Database: {'PostgreSQL' if uses_postgres else 'SQLite'}", flush=True)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        started = time.perf_counter()
        manage(
            env,
            "load_demo_content",
            "--no-admin",
            f"--synthetic-news={args.news}",
            f"--synthetic-partners={args.partners}",
        )
        print(f"Content loaded in {time.perf_counter() - started:.1f} s", flush=True)

        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                f"--bind={HOST}:{port}",
                f"--workers={args.workers}",
                "--log-level=warning",
            ],
            cwd=PROJECT_DIR,
            env=env,
        )
        try:
            wait_until_serving(port, server)
            middle_page = max(1, args.news // 12 // 2)
            paths = [
                "/",
                "/aktualnosci/",
                f"/aktualnosci/?page={middle_page}",
                "/aktualnosci/?kategoria=wydarzenia",
                "/aktualnosci/?tag=ksiazki",
                "/aktualnosci/?rok=2015",
                "/aktualnosci/rss/",
                "/aktualnosci/biblioteka-przystapila-do-aliansu/",
                f"/aktualnosci/dane-syntetyczne-aktualnosc-{max(1, args.news // 2):05d}/",
                "/alians/",
                "/alians/?typ=samorzad",
            ]
            results = [measure(port, path, args) for path in paths]
        finally:
            server.terminate()
            server.wait(timeout=30)

    print()
    print(
        f"{args.news} synthetic news, {args.partners} synthetic partners; gunicorn with "
        f"{args.workers} workers; {args.concurrency} client threads; {os.cpu_count()} CPUs"
    )
    print(f"{'path':52} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for result in results:
        print(
            f"{result.path:52} {result.requests:8} {result.requests_per_second:8} "
            f"{result.p50_ms:8} {result.p95_ms:8} {result.max_ms:8}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "database": "postgresql" if uses_postgres else "sqlite",
                    "news": args.news,
                    "partners": args.partners,
                    "workers": args.workers,
                    "concurrency": args.concurrency,
                    "results": [asdict(result) for result in results],
                },
                indent=2,
            )
        )
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
