"""The directory as readers use it: combined facets with counts, chips, search, sorting."""

import pytest

from partners.factories import PartnerPageFactory
from partners.text import fold, polish_sort_key
from tests.helpers import main_content, visible_text

pytestmark = pytest.mark.django_db


def option_labels(main, name: str) -> dict[str, str]:
    select = main.find("select", attrs={"name": name})
    return {option["value"]: option.get_text(strip=True) for option in select.find_all("option")}


def listed(main, partners: dict) -> list[str]:
    """Slugs of the partners whose cards are shown, in order."""
    by_path = {page.url: slug for slug, page in partners.items()}
    found = []
    for card_link in main.select(".card__link"):
        slug = by_path.get(card_link["href"])
        if slug and slug not in found:
            found.append(slug)
    return found


def test_each_facet_counts_under_the_other_filters(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url, {"powiat": "lobeski", "obszar": "edukacja"}))

    assert listed(main, varied_partners) == ["lobez"]
    # Type counts: powiat łobeski AND area edukacja, the type itself left free.
    types = option_labels(main, "typ")
    assert types["biblioteka-kultura"].endswith("(1)")
    assert types["organizacja-pozarzadowa"].endswith("(0)")
    # Powiat counts: area edukacja only (KBP in Koszalin, ŁCK in łobeski).
    powiats = option_labels(main, "powiat")
    assert powiats["koszalin"].endswith("(1)")
    assert powiats["lobeski"].endswith("(1)")
    assert powiats["swidwinski"].endswith("(0)")
    # Area counts: powiat łobeski only (ŁCK: both areas, Lubińskie: e-administracja).
    areas = option_labels(main, "obszar")
    assert areas["edukacja"].endswith("(1)")
    assert areas["e-administracja"].endswith("(2)")


def test_facet_counts_without_filters_cover_everyone(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url))

    types = option_labels(main, "typ")
    assert types["organizacja-pozarzadowa"].endswith("(2)")
    assert types["biblioteka-kultura"].endswith("(2)")
    assert types["samorzad"].endswith("(1)")
    assert types["uczelnia"].endswith("(0)")
    assert "Znaleziono 5 partnerów" in visible_text(main)


def test_active_filters_are_chips_that_remove_one_filter(client, partner_index, varied_partners):
    response = client.get(
        partner_index.url, {"typ": "organizacja-pozarzadowa", "powiat": "lobeski", "q": "cyfr"}
    )
    main = main_content(response)
    chips = main.select(".active-filters a")

    texts = [" ".join(chip.get_text(" ").split()) for chip in chips]
    assert any("Rodzaj: organizacja pozarządowa" in text for text in texts)
    assert any("Powiat: łobeski" in text for text in texts)
    assert any("cyfr" in text for text in texts)
    assert all("usuń ten filtr" in text for text in texts)
    powiat_chip = next(chip for chip in chips if "łobeski" in chip.get_text())
    after = main_content(client.get(powiat_chip["href"]))
    # The powiat is gone, the other two filters stay.
    assert "powiat=" not in powiat_chip["href"]
    assert "typ=organizacja-pozarzadowa" in powiat_chip["href"]
    assert listed(after, varied_partners) == ["lubin"]
    assert after.find("select", attrs={"name": "powiat"}).find("option", selected=True) is None


def test_search_ignores_diacritics_and_case(client, partner_index, varied_partners):
    for query in ("koszalinska", "KOSZALIŃSKA", "Koszalińska biblioteka", "kbp"):
        main = main_content(client.get(partner_index.url, {"q": query}))
        assert listed(main, varied_partners) == ["kbp"], query
    main = main_content(client.get(partner_index.url, {"q": "lobeskie"}))
    assert listed(main, varied_partners) == ["lobez"]
    main = main_content(client.get(partner_index.url, {"q": "swidwinski"}))
    assert listed(main, varied_partners) == ["swid"]


def test_names_sort_in_polish_alphabetical_order(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url))

    # Ł after L, Ś after S (a byte or ASCII sort would put Ł and Ś after everything or fold them).
    assert listed(main, varied_partners) == ["gmina", "kbp", "lubin", "lobez", "swid"]


def test_sort_by_joining_date_puts_unknown_dates_last(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url, {"sort": "data"}))

    assert listed(main, varied_partners) == ["kbp", "swid", "lubin", "lobez", "gmina"]
    assert main.find("select", attrs={"name": "sort"}).find("option", selected=True)["value"] == (
        "data"
    )


def test_unknown_sort_falls_back_to_names(client, partner_index, varied_partners):
    response = client.get(partner_index.url, {"sort": "'; drop table"})

    assert response.status_code == 200
    assert listed(main_content(response), varied_partners)[0] == "gmina"


def test_empty_result_says_so_and_offers_to_clear(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url, {"typ": "uczelnia", "q": "koszalin"}))

    text = visible_text(main)
    assert "Nie znaleziono żadnego partnera." in text
    assert "Żadna organizacja nie spełnia wybranych kryteriów." in text
    clear = [a for a in main.find_all("a") if "Wyczyść filtry i pokaż" in a.get_text()]
    assert clear and clear[0]["href"].split("#")[0] == partner_index.url


def test_filter_form_is_a_plain_get_form_with_labels(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url))
    form = main.find("form", class_="filters")

    assert form["method"].lower() == "get"
    for name in ("q", "typ", "powiat", "obszar", "sort"):
        control = form.find(attrs={"name": name})
        assert control is not None, name
        assert form.find("label", attrs={"for": control["id"]}) is not None, name
    assert form.find("button", type="submit") is not None


@pytest.mark.parametrize(
    "query",
    [
        {"q": "\x00"},
        {"q": "koszalin\x00ska"},
        {"q": "%" * 300},
        {"q": "_"},
        {"obszar": ["edukacja", "nie-ma"]},
        {"sort": "x" * 5000},
        {"powiat": "lobeski", "page": "99999999999999999999"},
        {"typ": "uczelnia", "obszar": "edukacja", "q": "'\"<>", "sort": "data"},
    ],
)
def test_garbage_never_fails(client, partner_index, varied_partners, query):
    response = client.get(partner_index.url, query)

    assert response.status_code == 200
    assert b"<>" not in main_content(response).encode()


def test_percent_and_underscore_are_literal_in_search(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url, {"q": "%"}))
    assert listed(main, varied_partners) == []


def test_polish_sort_key_orders_the_alphabet():
    words = ["Żary", "Zalesie", "Źródło", "Łeba", "Lubin", "Ślesin", "Sopot", "Ćmielów", "Cedynia"]
    assert sorted(words, key=polish_sort_key) == [
        "Cedynia",
        "Ćmielów",
        "Lubin",
        "Łeba",
        "Sopot",
        "Ślesin",
        "Zalesie",
        "Źródło",
        "Żary",
    ]
    assert fold("Koszalińska Łódź") == "koszalinska lodz"
    numbered = ["Szkoła nr 10", "Szkoła nr 9", "Szkoła nr 100"]
    assert sorted(numbered, key=polish_sort_key) == ["Szkoła nr 9", "Szkoła nr 10", "Szkoła nr 100"]


def test_search_name_follows_renames(partner_index):
    partner = PartnerPageFactory(parent=partner_index, title="Stara nazwa", short_name="")
    partner.title = "Zespół Szkół w Łobzie"
    partner.save()
    partner.refresh_from_db()

    assert partner.search_name == "zespol szkol w lobzie"
