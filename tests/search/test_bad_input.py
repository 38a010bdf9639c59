"""Whatever arrives in ?q=, the search page answers with a sensible page and echoes it escaped."""

import pytest

from tests.helpers import main_content, soup, visible_text

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    " ",
    "a",
    "ą",
    "x" * 2000,
    "biblioteka " * 200,
    "& | ! ( ) :*",
    "biblioteka & !gryfice | (koszalin:*)",
    "a:*",
    "'",
    '"',
    "\"unclosed 'quotes",
    "''''\"\"\"\"",
    "\\",
    "biblio\\' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "%",
    "_",
    "😀",
    "📚 książki 📖",
    "\x00",
    "bib\x00lioteka",
    "\u202eodwrócony tekst",
    "<script>alert('q')</script>",
    "<b>pogrubienie</b>",
    "-",
    "---",
    "a-",
    "-b",
    "*",
    "biblioteka:A",
    "<->",
    "biblioteka <-> gryfice",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_answer_a_sensible_page(client, sample_site, query):
    response = client.get("/szukaj/", {"q": query})
    assert response.status_code == 200
    main = main_content(response)
    assert main.select_one("form[role=search] input[name=q]") is not None
    assert visible_text(main), "the page has nothing to say"


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_for_suggestions_answer_json(client, sample_site, query):
    response = client.get("/szukaj/podpowiedzi/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_nul_byte_in_the_raw_query_string(client, sample_site):
    response = client.get("/szukaj/?q=%00")
    assert response.status_code == 200
    response = client.get("/szukaj/?q=biblio%00teka&typ=%00&page=%00")
    assert response.status_code == 200


def test_invalid_utf8_and_repeated_parameters(client, sample_site):
    assert client.get("/szukaj/?q=%FF%FE").status_code == 200
    assert client.get("/szukaj/?q=biblioteka&q=gryfice&typ=a&typ=b").status_code == 200


def test_query_is_echoed_escaped(client, sample_site):
    response = client.get("/szukaj/", {"q": "<script>alert('q')</script> biblioteka"})
    html = response.content.decode()
    assert "<script>alert('q')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;q&#x27;)&lt;/script&gt;" in html
    field = main_content(response).select_one("input#search-page-q")
    assert field["value"] == "<script>alert('q')</script> biblioteka"


def test_one_character_query_asks_for_more(client, sample_site):
    response = client.get("/szukaj/", {"q": "a"})
    text = visible_text(main_content(response))
    assert "Wpisz co najmniej 2 litery lub cyfry" in text
    assert response.context["hits"] == []


def test_long_query_is_cut_and_says_so(client, sample_site):
    response = client.get("/szukaj/", {"q": "x" * 2000})
    field = main_content(response).select_one("input#search-page-q")
    assert len(field["value"]) == 200
    assert "pierwszych 200 znaków" in visible_text(main_content(response))


def test_nul_byte_never_reaches_the_page(client, sample_site):
    response = client.get("/szukaj/", {"q": "bib\x00lioteka"})
    assert "\x00" not in soup(response).select_one("input#search-page-q")["value"]


def test_post_is_refused_not_crashed(client, sample_site):
    assert client.post("/szukaj/", {"q": "biblioteka"}).status_code == 405
