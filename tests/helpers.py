"""Reading rendered pages the way a reader (or a screen reader) would."""

import re
from collections import Counter

from bs4 import BeautifulSoup, Tag
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext


def soup(response: HttpResponse) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def squash(text: str) -> str:
    """Whitespace collapsed, as a browser shows it."""
    return re.sub(r"\s+", " ", text).strip()


def visible_text(response_or_tag: HttpResponse | Tag) -> str:
    tag = response_or_tag if isinstance(response_or_tag, Tag) else soup(response_or_tag)
    return squash(tag.get_text(" "))


def only_h1(response: HttpResponse) -> str:
    """The text of the page's one <h1>; fails when there is none or more than one."""
    headings = soup(response).find_all("h1")
    assert len(headings) == 1, f"expected exactly one <h1>, found {len(headings)}"
    return squash(headings[0].get_text(" "))


def main_content(response: HttpResponse) -> Tag:
    """The <main> landmark: listings are checked there, not in menus or the footer."""
    main = soup(response).find("main")
    assert main is not None, "the page has no <main> landmark"
    return main


def link_hrefs(tag: Tag) -> list[str]:
    return [a["href"] for a in tag.find_all("a", href=True)]


def html_lang(response: HttpResponse) -> str | None:
    html = soup(response).find("html")
    return html.get("lang") if html else None


def urls_in_order(tag: Tag, candidates: list[str]) -> list[str]:
    """Which of `candidates` the links in `tag` point at, in the order a reader meets them
    (each once, even when a card links both its image and its title)."""
    wanted = set(candidates)
    found: list[str] = []
    for href in link_hrefs(tag):
        path = href.split("?")[0].split("#")[0]
        if "://" in path:
            path = "/" + path.split("://", 1)[1].partition("/")[2]
        if path in wanted and path not in found:
            found.append(path)
    return found


def queries_to_render(client: Client, url: str, links_prefix: str) -> list[str]:
    """The SQL of one GET of `url`, after a first GET has warmed up what is made once and kept
    (image renditions, the site's root paths). Also checks that the page shows more than one
    item linked under `links_prefix`, so that there is something to count."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    items = {href for href in link_hrefs(main_content(response)) if href.startswith(links_prefix)}
    assert len(items) > 1, f"no items under {links_prefix} on {url}"
    return [query["sql"] for query in captured.captured_queries]


def explain_growth(few: list[str], many: list[str]) -> str:
    """The statements that run more often with more items: where an N+1 hides."""

    def shape(sql: str) -> str:
        return re.sub(r"\b\d+\b", "?", sql)

    extra = Counter(map(shape, many))
    extra.subtract(Counter(map(shape, few)))
    grown = [f"{count}× {sql[:300]}" for sql, count in extra.most_common() if count > 0]
    return f"{len(few)} queries with few items, {len(many)} with many; extra:\n" + "\n".join(grown)
