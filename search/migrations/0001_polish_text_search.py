"""Creates the `polish` and `polish_simple` text search configurations on PostgreSQL.

A no-op on other databases. When the hunspell-pl dictionary is not installed on the database
server, `polish` is created without stemming (unaccent + simple) and `manage.py check` warns.
After installing it later: `manage.py setup_polish_search`, then `manage.py update_index`.
"""

from django.db import migrations

# Shared with the setup_polish_search command, so the SQL lives in one place.
from search.text_search import create_configurations, drop_configurations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        create_configurations(schema_editor.connection)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        drop_configurations(schema_editor.connection)


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create, drop, elidable=False)]
