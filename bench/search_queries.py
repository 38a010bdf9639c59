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

from urllib.parse import urlencode

from common import argument_parser, count_queries, measure, production_site, report

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


def search_paths() -> list[str]:
    return [f"/szukaj/?{urlencode(params)}" for params in SEARCHES] + [
        f"/szukaj/podpowiedzi/?{urlencode(params)}" for params in AUTOCOMPLETE
    ]


def main() -> None:
    args = argument_parser(__doc__.split("\n\n")[0], news=10000, partners=500).parse_args()
    paths = search_paths()
    with production_site(args) as site:
        queries = count_queries(site.env, paths)
        results = [measure(site.port, path, args) for path in paths]
    report(args, site, results, queries)


if __name__ == "__main__":
    main()
