"""Requests per second, latency and SQL queries of the partner directory, served as in production.

Builds a throwaway site (demo content plus 500 clearly marked synthetic partners), counts the SQL
queries of each URL in-process, then runs gunicorn with production settings on 127.0.0.1 and sends
a bounded number of GET requests to the directory without and with filters, its CSV export and
the API. Only this machine's loopback is contacted.

    uv run python bench/partner_directory.py                                  # SQLite
    uv run python bench/partner_directory.py \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_partners     # PostgreSQL

A PostgreSQL database that does not exist is created, and dropped at the end. See bench/README.md.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

# The server plumbing (database, gunicorn, timing) is the listing benchmark's, shared.
from listing_pages import (
    HOST,
    PROJECT_DIR,
    free_port,
    manage,
    measure,
    postgres_database,
    wait_until_serving,
)

PATHS = [
    "/alians/",
    "/alians/?typ=samorzad",
    "/alians/?powiat=gryficki&obszar=edukacja",
    "/alians/?q=organizacja+partnerska+nr+1&sort=data",
    "/alians/?typ=uczelnia&powiat=koszalin&obszar=e-administracja&q=dane&sort=data",
    "/alians/?page=10",
    "/alians/eksport/csv/?typ=samorzad",
    "/api/v2/partnerzy/?typ=uczelnia&fields=*",
]

# Run inside the benchmark's environment: the SQL queries of one request of each path, after a
# warm-up request.
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


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=500, help="synthetic partners (500)")
    parser.add_argument("--requests", type=int, default=200, help="measured requests per URL (200)")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured requests per URL (10)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument(
        "--max-seconds", type=float, default=60, help="stop measuring a URL after this long (60)"
    )
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    return parser.parse_args()


def count_queries(env: dict[str, str], paths: list[str]) -> dict[str, int]:
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


def main() -> None:
    args = parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-partners-"))
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
            "--synthetic-news=0",
            f"--synthetic-partners={args.partners}",
        )
        print(f"Content loaded in {time.perf_counter() - started:.1f} s", flush=True)
        queries = count_queries(env, PATHS)

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
            results = [measure(port, path, args) for path in PATHS]
        finally:
            server.terminate()
            server.wait(timeout=30)

    print()
    print(
        f"{args.partners} synthetic partners; gunicorn with {args.workers} workers; "
        f"{args.concurrency} client threads; {os.cpu_count()} CPUs"
    )
    width = max(len(path) for path in PATHS)
    print(
        f"{'path':{width}} {'SQL':>4} {'requests':>8} {'req/s':>8} {'p50 ms':>8} "
        f"{'p95 ms':>8} {'max ms':>8}"
    )
    for result in results:
        print(
            f"{result.path:{width}} {queries[result.path]:4} {result.requests:8} "
            f"{result.requests_per_second:8} {result.p50_ms:8} {result.p95_ms:8} {result.max_ms:8}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "database": "postgresql" if uses_postgres else "sqlite",
                    "partners": args.partners,
                    "workers": args.workers,
                    "concurrency": args.concurrency,
                    "results": [
                        {**asdict(result), "sql_queries": queries[result.path]}
                        for result in results
                    ],
                },
                indent=2,
            )
        )
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
