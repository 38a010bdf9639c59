"""Highlighted titles and excerpts for one page of results, in a single query.

On PostgreSQL `ts_headline` highlights with the same configuration that matched, so "bibliotece"
marks "Biblioteka". Elsewhere the words are matched in Python the way SQLite's index matches them.
The text comes from the search index (the plain text of every indexed field), so the specific
page objects are never loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections, router
from django.utils.safestring import SafeString
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.conf import get_app_config
from wagtail.models import Page

from .highlight import MARK_END, MARK_START, excerpt, mark_words, marked_to_html
from .query import SearchQuery

_MARK_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}"'
TITLE_OPTIONS = f"{_MARK_OPTIONS}, HighlightAll=true"
BODY_OPTIONS = (
    f"{_MARK_OPTIONS}, MaxWords=20, MinWords=10, ShortWord=2, MaxFragments=2, "
    'FragmentDelimiter=" … "'
)


@dataclass(frozen=True)
class Highlight:
    title: SafeString
    excerpt: SafeString


def _index_entry_model():
    return get_app_config().get_model("IndexEntry")


def highlight_pages(pages: list[Page], query: SearchQuery, backend) -> dict[int, Highlight]:
    if not pages:
        return {}
    if isinstance(backend, PostgresSearchBackend):
        return _highlight_in_postgres(pages, query, backend.config or "simple")
    return _highlight_in_python(pages, query)


def _highlight_in_postgres(
    pages: list[Page], query: SearchQuery, config: str
) -> dict[int, Highlight]:
    index_entry = _index_entry_model()
    connection = connections[router.db_for_read(index_entry)]
    page_table = connection.ops.quote_name(Page._meta.db_table)
    entry_table = connection.ops.quote_name(index_entry._meta.db_table)
    # Table names come from model metadata; every value is a query parameter.
    sql = f"""
        SELECT page.id,
               ts_headline(%(config)s::regconfig, page.title, query, %(title_options)s),
               ts_headline(%(config)s::regconfig, COALESCE(entry.body_text, ''), query,
                           %(body_options)s)
        FROM {page_table} AS page
        CROSS JOIN plainto_tsquery(%(config)s::regconfig, %(query)s) AS query
        LEFT JOIN {entry_table} AS entry
               ON entry.content_type_id = page.content_type_id
              AND entry.object_id = page.id::text
        WHERE page.id = ANY(%(ids)s)
    """
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            {
                "config": config,
                "query": query.backend_query,
                "title_options": TITLE_OPTIONS,
                "body_options": BODY_OPTIONS,
                "ids": [page.pk for page in pages],
            },
        )
        rows = cursor.fetchall()
    return {
        page_id: Highlight(title=marked_to_html(title), excerpt=marked_to_html(body))
        for page_id, title, body in rows
    }


def _highlight_in_python(pages: list[Page], query: SearchQuery) -> dict[int, Highlight]:
    bodies = dict(
        _index_entry_model()
        .objects.filter(
            content_type_id__in={page.content_type_id for page in pages},
            object_id__in=[str(page.pk) for page in pages],
        )
        .values_list("object_id", "body")
    )
    highlights = {}
    for page in pages:
        body = bodies.get(str(page.pk)) or page.search_description
        highlights[page.pk] = Highlight(
            title=marked_to_html(mark_words(page.title, query.terms)),
            excerpt=marked_to_html(excerpt(body, query.terms)),
        )
    return highlights
