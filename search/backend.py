"""Wagtail's database search backend, speaking Polish on PostgreSQL.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG":
"polish", "AUTOCOMPLETE_CONFIG": "polish_simple"}}``. On SQLite (and MySQL) this is Wagtail's own
database backend unchanged; the configuration names are ignored there.
"""

from django.db import connections, router
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.conf import get_app_config

from .text_search import POLISH_CONFIG, POLISH_SIMPLE_CONFIG, Status, runtime_status


def _index_connection():
    # The index model lives in wagtail.search (label "wagtailsearch"), not in modelsearch.
    index_entry = get_app_config().get_model("IndexEntry")
    return connections[router.db_for_read(index_entry)]


class PolishPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search with a configurable autocomplete configuration and a safe
    fallback when the Polish dictionary cannot be loaded."""

    def __init__(self, params: dict) -> None:
        super().__init__(params)
        # The stock backend hard-codes 'simple' for autocomplete, which does not fold diacritics:
        # "ksiaz" would not find "Książka".
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
        if self.config == POLISH_CONFIG:
            status = runtime_status(_index_connection())
            if status is Status.BROKEN:
                # Searching with a config whose dictionary cannot load fails every query.
                self.config = POLISH_SIMPLE_CONFIG
            elif status is Status.MISSING:
                self.config = "simple"
                self.autocomplete_config = "simple"


# Wagtail imports the module named in BACKEND and calls its `SearchBackend`.
def SearchBackend(params: dict):
    if _index_connection().vendor == "postgresql":
        return PolishPostgresSearchBackend(params)
    return database.SearchBackend(params)
