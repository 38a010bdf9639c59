"""Template helpers shared by every page: breadcrumbs, Polish plurals, links and URLs.

Nothing here writes to the database; every tag reads what the page already has or makes at most
one query of its own.
"""

import re
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from django import template
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest
from django.template.context import Context
from django.utils.http import urlencode
from wagtail.models import Page

register = template.Library()


def polish_plural_category(count: int) -> str:
    """Which of the three Polish plural forms `count` takes: "one", "few" or "many".

    1 partner, 2–4 partnerzy (also 22–24, 32–34…, but not 12–14), 0 and 5+ partnerów.
    """
    count = abs(count)
    if count == 1:
        return "one"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "few"
    return "many"


@register.simple_tag
def plural(count, one: str, few: str, many: str) -> str:
    """The Polish form for `count`: `{% plural total "partner" "partnerzy" "partnerów" %}`.

    Django's `{% blocktranslate count %}` falls back to the English rule (two forms) while the
    project has no Polish message catalogue, so it cannot produce "partnerzy"/"partnerów" alike.
    """
    try:
        number = int(count)
    except (TypeError, ValueError):
        number = 0
    return {"one": one, "few": few, "many": many}[polish_plural_category(number)]


@register.simple_tag
def breadcrumb_trail(page: Page | None) -> list[Page]:
    """The published ancestors of `page` that readers can visit, homepage first (no tree root)."""
    if page is None or not getattr(page, "pk", None):
        return []
    return list(page.get_ancestors().filter(depth__gt=1).live())


@register.filter
def tel_href(phone: str) -> str:
    """A `tel:` address: "+48 91 384 20 00" → "tel:+48913842000"."""
    digits = re.sub(r"[^\d+]", "", phone or "")
    return f"tel:{digits}" if digits else ""


@register.filter
def path_within(path: str, href: str) -> bool:
    """Whether the current `path` is the page `href` or lies under it (the homepage only itself)."""
    if not path or not href:
        return False
    if href == "/":
        return path == "/"
    return path == href or (href.endswith("/") and path.startswith(href))


@register.filter
def display_url(url: str) -> str:
    """A web address as people read it aloud: without the scheme, "www." kept, no trailing slash."""
    text = re.sub(r"^https?://", "", url or "")
    return text.rstrip("/")


@register.filter
def hostname(url: str) -> str:
    """The site a web address belongs to, as readers know it: "https://www.youtube.com/x" → "youtube.com"."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


@register.filter
def file_type(document) -> str:
    """The document's type for readers, e.g. "PDF" or "DOCX"."""
    extension = getattr(document, "file_extension", "") or ""
    return extension.upper()


@register.simple_tag(takes_context=True)
def canonical_url(context: Context, page_number: int | None = None) -> str:
    """The address search engines should index: the page without query parameters, except the
    page number of a paginated listing beyond the first."""
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    if request is None:
        return ""
    if isinstance(page, Page) and page.pk:
        url = page.get_full_url(request) or request.build_absolute_uri(request.path)
    else:
        url = request.build_absolute_uri(request.path)
    if page_number and int(page_number) > 1:
        url = f"{url}?{urlencode({'page': int(page_number)})}"
    return url


@register.simple_tag(takes_context=True)
def absolute_url(context: Context, url: str) -> str:
    """`url` with scheme and host, for Open Graph tags that must not be relative."""
    request: HttpRequest | None = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.simple_tag
def optional_static(path: str) -> str:
    """The URL of a static file, or "" when the manifest does not list it.

    `{% static %}` raises with the hashed manifest storage of production when a file is missing,
    which would turn an optional enhancement (a script another team ships) into a server error.
    """
    try:
        return staticfiles_storage.url(path)
    except ValueError:
        return ""


@register.filter
def coordinate(value) -> str:
    """A coordinate with a dot as decimal separator, as maps and `geo:` links expect."""
    try:
        return format(Decimal(value).normalize(), "f")
    except (InvalidOperation, TypeError, ValueError):
        return ""


@register.filter
def live_links(links) -> list:
    """The links of a list that lead somewhere: a link to a deleted or unpublished page is dropped
    so that menus never show dead entries."""
    return [link for link in links or [] if getattr(link, "href", "")]


@register.simple_tag
def table_layout(table: dict | None) -> dict:
    """The cells of a table editor value, ready for a `<table>`: header row, body rows, which cells
    are headers (with their `scope`) and which are merged away.

    The value is the JSON the table editor stores: `data` (rows of text), the header choice and
    `mergeCells` (row, col, rowspan, colspan).
    """
    table = table or {}
    data = [list(row) for row in table.get("data") or []]
    choice = table.get("table_header_choice") or ""
    header_row = choice in ("row", "both") or (
        not choice and table.get("first_row_is_table_header")
    )
    header_col = choice in ("column", "col", "both") or (
        not choice and table.get("first_col_is_header")
    )
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for merge in table.get("mergeCells") or []:
        try:
            row, col = int(merge["row"]), int(merge["col"])
            rowspan, colspan = int(merge["rowspan"]), int(merge["colspan"])
        except (KeyError, TypeError, ValueError):
            continue
        spans[(row, col)] = (rowspan, colspan)
        covered.update(
            (r, c)
            for r in range(row, row + rowspan)
            for c in range(col, col + colspan)
            if (r, c) != (row, col)
        )

    def cells(row_index: int, row: list, in_header: bool) -> list[dict]:
        result = []
        for col_index, text in enumerate(row):
            if (row_index, col_index) in covered:
                continue
            rowspan, colspan = spans.get((row_index, col_index), (1, 1))
            is_row_header = header_col and col_index == 0 and not in_header
            result.append(
                {
                    "text": (text or "").strip() if isinstance(text, str) else text,
                    "is_header": in_header or is_row_header,
                    "scope": "col" if in_header else ("row" if is_row_header else ""),
                    "rowspan": rowspan if rowspan > 1 else None,
                    "colspan": colspan if colspan > 1 else None,
                }
            )
        return result

    head = cells(0, data[0], True) if header_row and data else []
    first_body_row = 1 if head else 0
    body = [
        cells(index, row, False)
        for index, row in enumerate(data[first_body_row:], start=first_body_row)
    ]
    return {"head": head, "body": body}


@register.simple_tag
def page_links(page_obj, on_each_side: int = 2, on_ends: int = 1) -> list:
    """Page numbers to link to, with `…` (Paginator.ELLIPSIS) where long runs are left out."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )
