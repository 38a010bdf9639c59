"""Reading a partner list (the export's CSV format) back into the directory.

Every row is validated before anything is written; the writing happens in one transaction, so a
file with a single bad row changes nothing. The slug (`klucz`) is the stable key: importing the
same file twice changes nothing the second time.
"""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils.translation import gettext as _

from . import exchange
from .models import EngagementArea, PartnerIndexPage, PartnerPage
from .vocabularies import OrganisationType, Powiat

NULLABLE_FIELDS = {"latitude", "longitude", "joined_date"}


class ImportFileError(Exception):
    """The file cannot be imported; `errors` are Polish messages naming the line."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class PartnerRow:
    line: int
    values: dict = field(default_factory=dict)  # model field → cleaned value
    area_slugs: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _messages(error: ValidationError) -> str:
    return " ".join(str(message) for message in error.messages)


def parse(text: str) -> list[PartnerRow]:
    """Validated rows of a CSV text; raises ImportFileError listing every problem found."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise ImportFileError([_("Plik jest pusty.")]) from None
    except csv.Error as error:
        raise ImportFileError([_("wiersz 1: nie da się odczytać nagłówka (%s).") % error]) from None

    errors = []
    missing = sorted(exchange.REQUIRED_COLUMNS - set(header))
    if missing:
        errors.append(_("wiersz 1: brak wymaganych kolumn: %s.") % ", ".join(missing))
    unknown = [name for name in header if name and name not in exchange.COLUMNS]
    if unknown:
        errors.append(
            _("wiersz 1: nieznane kolumny: %(unknown)s (dozwolone: %(allowed)s).")
            % {"unknown": ", ".join(unknown), "allowed": ", ".join(exchange.COLUMNS)}
        )
    if errors:
        raise ImportFileError(errors)

    known_areas = set(EngagementArea.objects.values_list("slug", flat=True))
    rows: list[PartnerRow] = []
    seen_keys: dict[str, int] = {}
    while True:
        start_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append(
                _("wiersz %(line)s: błąd formatu CSV (%(error)s).")
                % {
                    "line": start_line,
                    "error": error,
                }
            )
            break
        line = start_line
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            errors.append(
                _("wiersz %(line)s: %(found)s kolumn zamiast %(expected)s.")
                % {"line": line, "found": len(cells), "expected": len(header)}
            )
            continue
        raw = dict(
            zip(header, (exchange.from_text_cell(cell.strip()) for cell in cells), strict=True)
        )
        row = PartnerRow(line=line)

        flagged: set[str] = set()

        def problem(column: str, message: str, line=line, flagged=flagged) -> None:
            flagged.add(column)
            errors.append(
                _("wiersz %(line)s, kolumna „%(column)s”: %(message)s")
                % {"line": line, "column": column, "message": message}
            )

        # The directory's own rules first, with the accepted values; then the model's.
        for column in sorted(exchange.REQUIRED_COLUMNS):
            if not raw.get(column):
                problem(column, _("wartość jest wymagana."))
        for column, allowed in (("rodzaj", OrganisationType.values), ("powiat", Powiat.values)):
            if raw.get(column) and raw[column] not in allowed and column not in flagged:
                problem(column, _("dozwolone wartości: %s.") % ", ".join(allowed))
        for column, field_name in exchange.FIELD_COLUMNS:
            if column not in raw or column in flagged:
                continue
            value = raw[column]
            model_field = PartnerPage._meta.get_field(field_name)
            if field_name in NULLABLE_FIELDS and value == "":
                row.values[field_name] = None
                continue
            try:
                if field_name == "slug":
                    validate_slug(value)
                row.values[field_name] = model_field.clean(value, None)
            except ValidationError as error:
                problem(column, _messages(error))
        if (row.values.get("latitude") is None) != (row.values.get("longitude") is None):
            problem(
                "szerokosc_geograficzna/dlugosc_geograficzna",
                _("podaj obie współrzędne albo żadnej."),
            )
        if exchange.AREAS_COLUMN in raw:
            slugs = [s.strip() for s in raw[exchange.AREAS_COLUMN].split(exchange.AREA_SEPARATOR)]
            row.area_slugs = [slug for slug in slugs if slug]
            for slug in row.area_slugs:
                if slug not in known_areas:
                    problem(exchange.AREAS_COLUMN, _("nieznany obszar zaangażowania „%s”.") % slug)
        key = raw.get("klucz", "")
        if key:
            if key in seen_keys:
                problem(
                    "klucz",
                    _("klucz „%(key)s” powtarza się (pierwszy raz w wierszu %(first)s).")
                    % {"key": key, "first": seen_keys[key]},
                )
            else:
                seen_keys[key] = line
        rows.append(row)
    if errors:
        raise ImportFileError(errors)
    if not rows:
        raise ImportFileError([_("Plik nie zawiera żadnego partnera.")])
    return rows


def import_rows(
    directory: PartnerIndexPage,
    rows: list[PartnerRow],
    progress: Callable[[int, int, str, PartnerRow], None] | None = None,
) -> ImportResult:
    """Create or update the partners of `rows` under `directory`, all or nothing."""
    result = ImportResult()
    areas = {area.slug: area for area in EngagementArea.objects.all()}
    with transaction.atomic():
        existing = {
            page.slug: page
            for page in PartnerPage.objects.child_of(directory).prefetch_related("areas")
        }
        for number, row in enumerate(rows, start=1):
            page = existing.get(row.values["slug"])
            wanted_areas = [areas[slug] for slug in row.area_slugs]
            if page is None:
                page = PartnerPage(**row.values)
                page.areas = wanted_areas
                directory.add_child(instance=page)
                page.save_revision().publish()
                result.created += 1
                outcome = _("dodano")
            else:
                changed = [
                    name for name, value in row.values.items() if getattr(page, name) != value
                ]
                areas_changed = {area.pk for area in page.areas.all()} != {
                    area.pk for area in wanted_areas
                }
                if changed or areas_changed:
                    for name, value in row.values.items():
                        setattr(page, name, value)
                    page.areas = wanted_areas
                    page.save_revision().publish()
                    result.updated += 1
                    outcome = _("zaktualizowano")
                else:
                    result.unchanged += 1
                    outcome = _("bez zmian")
            if progress:
                progress(number, len(rows), outcome, row)
    return result
