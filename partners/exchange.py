"""The partner list as a file: the CSV/JSON export and the format `import_partners` reads back.

One column list serves both directions, so an exported file can be edited and imported again.
"""

import csv
import io
from collections.abc import Iterable

from django.utils.translation import gettext_lazy as _

# (column, model field); "obszary" and "adres_strony" are handled separately.
FIELD_COLUMNS = [
    ("klucz", "slug"),
    ("nazwa", "title"),
    ("nazwa_skrocona", "short_name"),
    ("rodzaj", "organisation_type"),
    ("powiat", "powiat"),
    ("strona_www", "website"),
    ("email", "email"),
    ("telefon", "phone"),
    ("ulica", "street_address"),
    ("kod_pocztowy", "postal_code"),
    ("miejscowosc", "city"),
    ("szerokosc_geograficzna", "latitude"),
    ("dlugosc_geograficzna", "longitude"),
    ("data_przystapienia", "joined_date"),
    ("podpisal", "signatory"),
    ("rola", "role"),
]
AREAS_COLUMN = "obszary"
URL_COLUMN = "adres_strony"  # exported for readers, ignored on import
COLUMNS = [*(column for column, _field in FIELD_COLUMNS), AREAS_COLUMN, URL_COLUMN]
REQUIRED_COLUMNS = {"klucz", "nazwa", "rodzaj"}
AREA_SEPARATOR = "|"
# Excel set to Polish expects a semicolon between columns; the import accepts commas too.
DELIMITER = ";"
FILE_NAME = _("partnerzy-aliansu")
# A spreadsheet runs a cell starting with one of these as a formula ("CSV injection"): the export
# puts an apostrophe in front, which spreadsheets read as "this is text", and the import drops it.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def as_text_cell(value: str) -> str:
    return TEXT_MARK + value if value.startswith(FORMULA_PREFIXES) else value


def from_text_cell(value: str) -> str:
    """Undo `as_text_cell`: an apostrophe followed by a formula character was added by the export."""
    if value.startswith(TEXT_MARK) and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def partner_row(partner, url: str) -> dict[str, str]:
    """One partner as export columns; `partner.areas` must be prefetched."""
    row = {}
    for column, field_name in FIELD_COLUMNS:
        value = getattr(partner, field_name)
        row[column] = "" if value is None else str(value)
    row[AREAS_COLUMN] = AREA_SEPARATOR.join(area.slug for area in partner.areas.all())
    row[URL_COLUMN] = url
    return row


def partner_json(partner, url: str) -> dict:
    """One partner for the JSON export: typed values and readable labels next to the codes."""
    return {
        "klucz": partner.slug,
        "nazwa": partner.title,
        "nazwa_skrocona": partner.short_name,
        "rodzaj": partner.organisation_type,
        "rodzaj_nazwa": str(partner.get_organisation_type_display()),
        "powiat": partner.powiat,
        "powiat_nazwa": str(partner.get_powiat_display()) if partner.powiat else "",
        "strona_www": partner.website,
        "email": partner.email,
        "telefon": partner.phone,
        "ulica": partner.street_address,
        "kod_pocztowy": partner.postal_code,
        "miejscowosc": partner.city,
        "szerokosc_geograficzna": None if partner.latitude is None else float(partner.latitude),
        "dlugosc_geograficzna": None if partner.longitude is None else float(partner.longitude),
        "data_przystapienia": partner.joined_date.isoformat() if partner.joined_date else None,
        "podpisal": partner.signatory,
        "rola": partner.role,
        "obszary": [area.slug for area in partner.areas.all()],
        "adres_strony": url,
    }


def write_csv(rows: Iterable[dict[str, str]]) -> str:
    """CSV text with a byte order mark, so that Excel reads the Polish letters as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: as_text_cell(value) for column, value in row.items()} for row in rows)
    return buffer.getvalue()
