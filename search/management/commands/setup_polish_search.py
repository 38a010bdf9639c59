"""Re-creates the Polish text search configurations, e.g. after hunspell-pl was installed."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction

from search.text_search import create_configurations, reset_runtime_status


class Command(BaseCommand):
    help = (
        "(Re)creates the 'polish' and 'polish_simple' text search configurations on PostgreSQL "
        "with the hunspell-pl dictionary when the server has it. Run `update_index` afterwards."
    )
    # The command exists to fix what the search.W00x checks report; they need not run first.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database: str, **options):
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError("Only PostgreSQL has text search configurations.")
        with transaction.atomic(using=database):
            result = create_configurations(connection)
        reset_runtime_status()
        if result.stemming:
            self.stdout.write(self.style.SUCCESS("'polish': unaccent + hunspell-pl + simple."))
        else:
            self.stdout.write(
                self.style.WARNING(
                    "'polish': unaccent + simple, without stemming: the dictionary files "
                    "pl_pl_unaccent.{dict,affix} are not in the server's tsearch_data directory "
                    "(run search/scripts/install_polish_dictionary.sh as root)."
                )
            )
        if not result.unaccent:
            self.stdout.write(
                self.style.WARNING(
                    "The unaccent extension could not be created: diacritics must be typed."
                )
            )
        self.stdout.write("Now rebuild the index: manage.py update_index")
