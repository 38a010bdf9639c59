"""System checks: is the Polish search configuration on PostgreSQL really Polish?"""

from django.conf import settings
from django.core.checks import CheckMessage, Warning, register
from django.db import DatabaseError, connections, router
from django.db.migrations.recorder import MigrationRecorder
from modelsearch.conf import get_app_config

from .text_search import POLISH_CONFIG, Status, inspect_configuration

SETUP_HINT = (
    "On the database server, as root: apt-get install hunspell-pl && "
    "search/scripts/install_polish_dictionary.sh; then `manage.py setup_polish_search` and "
    "`manage.py update_index` (see docs/search.md)."
)


def _configured_search_config() -> str | None:
    backend = getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).get("default", {})
    return backend.get("SEARCH_CONFIG")


def _migration_applied(connection) -> bool:
    return ("search", "0001_polish_text_search") in MigrationRecorder(
        connection
    ).applied_migrations()


# Not tagged `database`: those checks only run with `check --database`, and the point is that a
# plain `manage.py check` (CI, deploys) tells people search is not stemming Polish.
@register("search")
def check_polish_text_search(app_configs=None, **kwargs) -> list[CheckMessage]:
    if _configured_search_config() != POLISH_CONFIG:
        return []
    connection = connections[router.db_for_read(get_app_config().get_model("IndexEntry"))]
    if connection.vendor != "postgresql":
        return []
    try:
        status = inspect_configuration(connection)
        # Before `migrate` has run, creating the configuration is its job, and Django already
        # reports unapplied migrations.
        if status is Status.MISSING and not _migration_applied(connection):
            return []
    except DatabaseError:
        # No database to ask (e.g. `check` on a build machine): nothing to report.
        return []

    if status is Status.FALLBACK:
        return [
            Warning(
                "PostgreSQL search runs without the Polish dictionary: the 'polish' text search "
                "configuration is unaccent + simple, so inflected forms are not matched "
                '("bibliotece" does not find "Biblioteka").',
                hint=SETUP_HINT,
                id="search.W001",
            )
        ]
    if status is Status.MISSING:
        return [
            Warning(
                "The 'polish' text search configuration does not exist in the database although "
                "the search app's migration ran; search uses 'simple' until it does.",
                hint="Run `manage.py setup_polish_search`, then `manage.py update_index`.",
                id="search.W002",
            )
        ]
    if status is Status.BROKEN:
        return [
            Warning(
                "The 'polish' text search configuration cannot load its dictionary files on the "
                "database server; search falls back to unaccent + simple (no inflection).",
                hint=SETUP_HINT,
                id="search.W003",
            )
        ]
    return []
