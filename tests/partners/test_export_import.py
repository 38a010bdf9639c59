"""The directory as a file: CSV/JSON export of the filtered list, and `import_partners`."""

import csv
import datetime
import decimal
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from partners import exchange
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict[str, str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "no byte order mark: Excel would garble Polish letters"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def snapshot() -> dict[str, dict]:
    """What an import can change, per partner slug."""
    return {
        page.slug: {
            **{name: getattr(page, name) for _column, name in exchange.FIELD_COLUMNS},
            "live": page.live,
            "areas": sorted(area.slug for area in page.areas.all()),
        }
        for page in PartnerPage.objects.prefetch_related("areas")
    }


def import_file(tmp_path: Path, text: str, *args: str) -> tuple[str, str]:
    path = tmp_path / "partnerzy.csv"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_partners", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_csv_export_keeps_the_filters_and_polish_letters(client, partner_index, varied_partners):
    response = client.get(f"{partner_index.url}eksport/csv/", {"powiat": "lobeski"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert list(rows[0]) == exchange.COLUMNS
    # Filtered by powiat, in Polish order: L before Ł.
    assert [row["nazwa"] for row in rows] == [
        "Lubińskie Stowarzyszenie Cyfrowe",
        "Łobeskie Centrum Kultury",
    ]
    assert rows[1]["obszary"] == "e-administracja|edukacja"
    assert rows[1]["adres_strony"].endswith(varied_partners["lobez"].url)


def test_json_export_keeps_the_filters(client, partner_index, varied_partners):
    response = client.get(f"{partner_index.url}eksport/json/", {"typ": "samorzad", "q": "gmina"})

    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["liczba"] == 1
    (partner,) = data["partnerzy"]
    assert partner["nazwa"] == "Gmina Miasto Koszalin"
    assert partner["rodzaj_nazwa"] == "jednostka samorządu terytorialnego"
    assert partner["powiat_nazwa"] == "Koszalin (miasto na prawach powiatu)"
    assert partner["data_przystapienia"] is None


def test_directory_links_to_the_exports_with_its_filters(client, partner_index, varied_partners):
    html = client.get(partner_index.url, {"typ": "samorzad", "page": "1"}).content.decode()

    assert f'{partner_index.url}eksport/csv/?typ=samorzad"' in html
    assert f'{partner_index.url}eksport/json/?typ=samorzad"' in html


def test_csv_round_trip_recreates_the_directory(client, partner_index, varied_partners, tmp_path):
    kbp = varied_partners["kbp"]
    kbp.email = "sekretariat@biblioteka.koszalin.pl"
    kbp.phone = "+48 94 348 15 00"
    kbp.latitude, kbp.longitude = decimal.Decimal("54.19"), decimal.Decimal("16.17")
    kbp.save_revision().publish()
    before = snapshot()
    exported = client.get(f"{partner_index.url}eksport/csv/").content.decode("utf-8")

    PartnerPage.objects.all().delete()
    out, _err = import_file(tmp_path, exported)

    assert snapshot() == before
    assert "[5/5]" in out
    assert "dodano 5" in out
    assert client.get(varied_partners["lobez"].url).status_code == 200


def test_csv_cells_never_run_as_spreadsheet_formulas(
    client, partner_index, varied_partners, tmp_path
):
    kbp = varied_partners["kbp"]
    kbp.role = '=HYPERLINK("http://zlo.example/";"Kliknij")'
    kbp.phone = "+48 94 348 15 00"
    kbp.save_revision().publish()
    before = snapshot()
    response = client.get(f"{partner_index.url}eksport/csv/")
    row = next(row for row in read_csv(response) if row["klucz"] == kbp.slug)
    assert row["rola"] == "'" + kbp.role
    assert row["telefon"] == "'+48 94 348 15 00"

    PartnerPage.objects.all().delete()
    import_file(tmp_path, response.content.decode("utf-8"))
    assert snapshot() == before


def test_reimport_is_idempotent_and_updates_by_key(
    client, partner_index, varied_partners, tmp_path
):
    exported = client.get(f"{partner_index.url}eksport/csv/").content.decode("utf-8")
    revisions = {page.slug: page.latest_revision_id for page in PartnerPage.objects.all()}

    out, _err = import_file(tmp_path, exported)

    assert "bez zmian 5" in out
    assert {p.slug: p.latest_revision_id for p in PartnerPage.objects.all()} == revisions
    assert PartnerPage.objects.count() == 5

    changed = exported.replace("Gmina Miasto Koszalin", "Gmina Miasto Koszalin — Urząd Miejski")
    out, _err = import_file(tmp_path, changed)

    assert "zaktualizowano 1" in out
    assert PartnerPage.objects.get(slug="gmina").title == "Gmina Miasto Koszalin — Urząd Miejski"
    assert PartnerPage.objects.count() == 5


def test_import_accepts_comma_separated_files_with_fewer_columns(partner_index, tmp_path):
    text = (
        "klucz,nazwa,rodzaj,powiat,data_przystapienia,obszary\n"
        "pum,Pomorski Uniwersytet Medyczny,uczelnia,szczecin,2011-02-03,ochrona-zdrowia\n"
    )

    import_file(tmp_path, text)

    page = PartnerPage.objects.get(slug="pum")
    assert page.live
    assert page.joined_date == datetime.date(2011, 2, 3)
    assert page.search_name == "pomorski uniwersytet medyczny"
    assert [area.slug for area in page.areas.all()] == ["ochrona-zdrowia"]


def test_invalid_rows_leave_the_data_untouched(partner_index, varied_partners, tmp_path):
    before = snapshot()
    header = ";".join(exchange.COLUMNS)
    good = "nowy;Nowy Partner;;inna;;;;;;;;;;;;;;"
    rows = [
        header,
        good,
        "gmina;Gmina Miasto Koszalin (zmiana);;samorzad;koszalin;;;;;;;;;;;;;",
        "zly klucz;;;kosmiczna;atlantyda;nie-url;nie-email;zadzwoń;;7500;;53.4;;2009-13-40;;;nie-ma;",
        "nowy;Duplikat;;inna;;;;;;;;;;;;;;",
    ]

    with pytest.raises(CommandError, match="Nie zaimportowano niczego"):
        import_file(tmp_path, "\n".join(rows) + "\n")

    assert snapshot() == before
    assert not PartnerPage.objects.filter(slug="nowy").exists()


def test_import_errors_name_the_line_and_column_in_polish(partner_index, tmp_path):
    header = ";".join(exchange.COLUMNS)
    rows = [
        header,
        "dobry;Dobry Partner;;inna;;;;;;;;;;;;;;",
        "zly klucz;;;kosmiczna;atlantyda;nie-url;nie-email;zadzwoń;;7500;;53.4;;2009-13-40;;;nie-ma;",
    ]
    path = tmp_path / "bledy.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_partners", str(path), stdout=io.StringIO(), stderr=err)

    messages = err.getvalue().splitlines()
    assert messages and all(message.startswith("wiersz 3") for message in messages)
    text = err.getvalue()
    for column in (
        "klucz",
        "nazwa",
        "rodzaj",
        "powiat",
        "strona_www",
        "email",
        "telefon",
        "kod_pocztowy",
        "data_przystapienia",
        "obszary",
    ):
        assert f"kolumna „{column}”" in text, column
    assert "wartość jest wymagana" in text
    assert "Kod pocztowy w formacie 00-000." in text
    assert "podaj obie współrzędne albo żadnej" in text
    assert PartnerPage.objects.count() == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "Plik jest pusty"),
        ("nazwa;rodzaj\nX;inna\n", "brak wymaganych kolumn: klucz"),
        ("klucz;nazwa;rodzaj;kolor\nx;X;inna;zielony\n", "nieznane kolumny: kolor"),
        ("klucz;nazwa;rodzaj\nx;X\n", "wiersz 2: 2 kolumn zamiast 3"),
        ("klucz;nazwa;rodzaj\n", "nie zawiera żadnego partnera"),
    ],
)
def test_malformed_files_are_reported(partner_index, tmp_path, text, expected):
    path = tmp_path / "plik.csv"
    path.write_text(text, encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_partners", str(path), stdout=io.StringIO(), stderr=err)

    assert expected in err.getvalue()


def test_dry_run_saves_nothing(partner_index, tmp_path):
    out, _err = import_file(tmp_path, "klucz;nazwa;rodzaj\nx;Partner X;inna\n", "--dry-run")

    assert "nic nie zapisano" in out
    assert not PartnerPage.objects.exists()
