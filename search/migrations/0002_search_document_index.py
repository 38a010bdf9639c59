"""A GIN index on `title || body` of Wagtail's search index table, on PostgreSQL only.

Wagtail's database backend filters on that concatenation. Without an index on the expression
PostgreSQL has no statistics for it and guesses that a query matches one row: for a common
multi-word query ("dane syntetyczne" over 10,000 news) it then picks a nested loop that took
28 s instead of 90 ms (bench/search_queries.py). The index gives it the statistics (ANALYZE
collects them for index expressions) and a fast path for rare words.
"""

from django.db import migrations

INDEX_NAME = "search_indexentry_document_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} USING gin ((title || body))"
    )
    schema_editor.execute(f"ANALYZE {table}")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_polish_text_search"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [migrations.RunPython(create_index, drop_index)]
