"""What every benchmark here shares: a throwaway production-like site served by gunicorn on
127.0.0.1, a bounded load generator, SQL query counts, and the results table.

Scripts import this module by its plain name (`from common import ...`): they run as
`uv run python bench/<script>.py`, which puts bench/ first on sys.path.
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

# Run inside the benchmark's environment (production settings, the benchmark database): the SQL
# queries one request of each path costs, after one warm-up request.
COUNT_QUERIES = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST=sys.argv[1], HTTP_X_FORWARDED_PROTO="https")
counts = {}
for path in sys.argv[2:]:
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        status = client.get(path).status_code
    if status != 200:
        raise SystemExit(f"GET {path} answered {status}")
    counts[path] = len(context.captured_queries)
print(json.dumps(counts))
"""


@dataclass
class Result:
    path: str
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p95_ms: float
    max_ms: float


@dataclass
class Site:
    """A served benchmark site: its environment (for manage.py and query counts) and port."""

    env: dict[str, str]
    port: int
    uses_postgres: bool


def argument_parser(description: str, *, news: int, partners: int) -> argparse.ArgumentParser:
    """The options every benchmark takes; `news`/`partners` are the default synthetic counts."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--news", type=int, default=news, help=f"synthetic news items ({news})")
    parser.add_argument(
        "--partners", type=int, default=partners, help=f"synthetic partners ({partners})"
    )
    parser.add_argument("--requests", type=int, default=300, help="measured requests per URL (300)")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured requests per URL (20)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (4)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3)")
    parser.add_argument(
        "--max-seconds", type=float, default=120, help="stop measuring a URL after this long (120)"
    )
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    return parser


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


def analyze(url: str) -> None:
    """Refresh the planner's statistics after the bulk load, as autovacuum soon would on a live
    site; measuring before that would time plans made for an empty database."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ANALYZE")


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


@contextlib.contextmanager
def production_site(args: argparse.Namespace, *extra_load_arguments: str) -> Iterator[Site]:
    """Build a throwaway site (demo content plus `args.news`/`args.partners` synthetic items) with
    production settings in a scratch directory, serve it with gunicorn, and clean up afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
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
    try:
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
                *extra_load_arguments,
            )
            print(f"Content loaded in {time.perf_counter() - started:.1f} s", flush=True)
            if uses_postgres:
                analyze(database_url)

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
                yield Site(env=env, port=port, uses_postgres=uses_postgres)
            finally:
                server.terminate()
                server.wait(timeout=30)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def count_queries(env: dict[str, str], paths: list[str]) -> dict[str, int]:
    """SQL queries per path, measured in a separate process with the benchmark's settings."""
    process = subprocess.run(
        [sys.executable, "-c", COUNT_QUERIES, HOST, *paths],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if process.returncode:
        raise SystemExit(f"Counting SQL queries failed:\n{process.stderr}")
    return json.loads(process.stdout.strip().splitlines()[-1])


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


def report(
    args: argparse.Namespace,
    site: Site,
    results: list[Result],
    queries: dict[str, int] | None = None,
) -> None:
    """Print the results table (with SQL counts when given) and write --json if asked."""
    print()
    print(
        f"{args.news} synthetic news, {args.partners} synthetic partners; gunicorn with "
        f"{args.workers} workers; {args.concurrency} client threads; {os.cpu_count()} CPUs"
    )
    width = max(32, *(len(result.path) for result in results))
    sql_header = f" {'SQL':>4}" if queries else ""
    print(
        f"{'path':{width}}{sql_header} {'requests':>8} {'req/s':>8} {'p50 ms':>8} "
        f"{'p95 ms':>8} {'max ms':>8}"
    )
    for result in results:
        sql = f" {queries[result.path]:4}" if queries else ""
        print(
            f"{result.path:{width}}{sql} {result.requests:8} {result.requests_per_second:8} "
            f"{result.p50_ms:8} {result.p95_ms:8} {result.max_ms:8}"
        )
    if args.json:
        rows = [asdict(result) for result in results]
        if queries:
            for row in rows:
                row["sql_queries"] = queries[row["path"]]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "database": "postgresql" if site.uses_postgres else "sqlite",
                    "news": args.news,
                    "partners": args.partners,
                    "workers": args.workers,
                    "concurrency": args.concurrency,
                    "results": rows,
                },
                indent=2,
            )
        )
