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

from common import argument_parser, count_queries, measure, production_site, report

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


def main() -> None:
    parser = argument_parser(__doc__.split("\n\n")[0], news=0, partners=500)
    # The directory alone: fewer workers and requests than the whole-site benchmarks.
    parser.set_defaults(requests=200, warmup=10, workers=2, max_seconds=60)
    args = parser.parse_args()
    with production_site(args) as site:
        queries = count_queries(site.env, PATHS)
        results = [measure(site.port, path, args) for path in PATHS]
    report(args, site, results, queries)


if __name__ == "__main__":
    main()
