"""manage.py import_partners FILE.csv — the directory's partners from a file in the export format."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from partners.importer import ImportFileError, import_rows, parse
from partners.models import PartnerIndexPage


class Command(BaseCommand):
    help = (
        "Imports Alliance partners from a CSV file with the columns of the directory's export "
        "(see docs/partners.md). Nothing is saved when any row is invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file (UTF-8, with or without BOM)")
        parser.add_argument(
            "--dry-run", action="store_true", help="only validate the file, save nothing"
        )

    def handle(self, *args, file: Path, dry_run: bool, **options):
        # Messages are for the library's editors: Polish, whatever the shell's locale.
        with translation.override(settings.LANGUAGE_CODE):
            self.run(file, dry_run)

    def run(self, file: Path, dry_run: bool) -> None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CommandError(_("Nie ma pliku %s.") % file) from None
        except UnicodeDecodeError:
            raise CommandError(
                _("Plik %s nie jest zapisany w UTF-8 (w Excelu: „CSV UTF-8”).") % file
            ) from None
        directory = PartnerIndexPage.objects.first()
        if directory is None:
            raise CommandError(_("Brak strony Aliansu: najpierw utwórz ją w panelu."))

        try:
            rows = parse(text)
        except ImportFileError as error:
            for message in error.errors:
                self.stderr.write(message)
            raise CommandError(
                _("Nie zaimportowano niczego: błędy w pliku %(file)s: %(count)s.")
                % {"file": file, "count": len(error.errors)}
            ) from None
        self.stdout.write(_("Plik poprawny, partnerów w pliku: %s.") % len(rows))
        if dry_run:
            self.stdout.write(_("Tryb próbny (--dry-run): nic nie zapisano."))
            return

        def progress(number: int, total: int, outcome: str, row) -> None:
            self.stdout.write(f"[{number}/{total}] {outcome}: {row.values['title']}")

        result = import_rows(directory, rows, progress)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Gotowe: dodano %(created)s, zaktualizowano %(updated)s, bez zmian %(unchanged)s."
                )
                % vars(result)
            )
        )
