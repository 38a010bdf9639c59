"""Requests per second, latency and SQL queries of typical site searches, served as in production.

Builds a throwaway site (demo content plus clearly marked synthetic news and partners), counts
the SQL queries of each search in-process, then runs gunicorn with production settings (persistent
database connections) on 127.0.0.1 and sends a bounded number of GET requests per search. Only
this machine's loopback is contacted.

    uv run python bench/search_queries.py \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_search      # the real measure
    uv run python bench/search_queries.py --news 500 --partners 50          # SQLite, quick look

A PostgreSQL database that does not exist is created, and dropped at the end. For Polish stemming
the server needs the dictionary (search/scripts/install_polish_dictionary.sh). See bench/README.md.
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
from urllib.parse import urlencode

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

SEARCHES = [
    {"q": "biblioteka"},
    {"q": "ksiazki"},  # without diacritics; the pages say "książki"
    {"q": "warsztatach", "typ": "aktualnosci"},  # inflected; the pages say "warsztaty"
    {"q": "spotkanie autorskie"},
    {"q": "organizacja partnerska", "typ": "partnerzy"},
    {"q": "dane syntetyczne", "page": "40"},
    {"q": "bibloteka"},  # a typo: no results, a "did you mean"
]
AUTOCOMPLETE = [{"q": "wiad"}, {"q": "koszal"}]

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


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=10000, help="synthetic news items (10000)")
    parser.add_argument("--partners", type=int, default=500, help="synthetic partners (500)")
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


def search_paths() -> list[str]:
    return [f"/szukaj/?{urlencode(params)}" for params in SEARCHES] + [
        f"/szukaj/podpowiedzi/?{urlencode(params)}" for params in AUTOCOMPLETE
    ]


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


def analyze(url: str) -> None:
    """Refresh the planner's statistics after the bulk load, as autovacuum soon would on a live
    site; measuring before that would time plans made for an empty database."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def main() -> None:
    args = parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-search-"))
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
    paths = search_paths()

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
        if uses_postgres:
            analyze(database_url)
        queries = count_queries(env, paths)

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
            results = [measure(port, path, args) for path in paths]
        finally:
            server.terminate()
            server.wait(timeout=30)

    print()
    print(
        f"{args.news} synthetic news, {args.partners} synthetic partners; gunicorn with "
        f"{args.workers} workers; {args.concurrency} client threads; {os.cpu_count()} CPUs"
    )
    width = max(len(path) for path in paths)
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
                    "news": args.news,
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
