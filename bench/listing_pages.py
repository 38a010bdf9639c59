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

from common import argument_parser, measure, production_site, report


def main() -> None:
    args = argument_parser(__doc__.split("\n\n")[0], news=2000, partners=300).parse_args()
    with production_site(args) as site:
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
        results = [measure(site.port, path, args) for path in paths]
    report(args, site, results)


if __name__ == "__main__":
    main()
