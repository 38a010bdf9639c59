"""What people type is cleaned before it reaches the search backend or the page."""

import pytest

from search.query import MAX_QUERY_LENGTH, MAX_TERMS, SearchQuery, clean_text, fold


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("  Biblioteka   w  Gryficach ", "Biblioteka w Gryficach"),
        ("ksi\x00ążka", "ksi ążka"),
        ("line\nbreak\ttab", "line break tab"),
        ("zero\u200bwidth", "zero width"),
        (None, ""),
    ],
)
def test_clean_text_keeps_one_printable_line(raw, text):
    assert clean_text(raw) == (text, False)


def test_clean_text_truncates_long_input():
    text, truncated = clean_text("słowo " * 400)
    assert truncated
    assert len(text) <= MAX_QUERY_LENGTH
    assert text == text.strip()


def test_operators_and_quotes_only_separate_words():
    query = SearchQuery.parse("""biblio* & (gryfice | !koszalin):* "sieć" 'x'""")
    assert query.terms == ("biblio", "gryfice", "koszalin", "sieć")
    assert query.backend_query == "biblio gryfice koszalin sieć"


def test_hyphenated_and_apostrophe_words_stay_whole():
    assert SearchQuery.parse("e-usługi O'Neill").words == ("e-usługi", "O'Neill")


def test_stop_words_are_dropped_unless_nothing_else_is_left():
    assert SearchQuery.parse("biblioteka w Gryficach").terms == ("biblioteka", "Gryficach")
    assert SearchQuery.parse("dla").terms == ("dla",)


def test_number_of_terms_is_bounded():
    query = SearchQuery.parse(" ".join(f"slowo{number}" for number in range(50)))
    assert len(query.terms) == MAX_TERMS


@pytest.mark.parametrize(
    ("raw", "empty", "too_short", "searchable"),
    [
        ("", True, False, False),
        ("   ", True, False, False),
        ("\x00", True, False, False),
        ("a", False, True, False),
        ("!!!", False, True, False),
        ("😀", False, True, False),
        ("ab", False, False, True),
        ("sieć", False, False, True),
    ],
)
def test_query_states(raw, empty, too_short, searchable):
    query = SearchQuery.parse(raw)
    assert (query.is_empty, query.is_too_short, query.is_searchable) == (
        empty,
        too_short,
        searchable,
    )


def test_promotion_keys_match_wagtails_normalised_form():
    query = SearchQuery.parse("  Godziny   otwarcia? ")
    assert query.promotion_keys == ["godziny otwarcia?", "godziny otwarcia"]


def test_fold_ignores_case_and_polish_diacritics():
    assert fold("ŁÓDŹ Książka") == "lodz ksiazka"
