"""Highlighted titles and text excerpts for search results, always safely escaped."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import fold

# PostgreSQL's ts_headline marks matches with these private-use characters instead of HTML, so the
# text can be escaped first and the marks turned into <mark> afterwards.
MARK_START = "\ue000"
MARK_END = "\ue001"
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")
_TOKEN = re.compile(r"\S+")
_WORD_CORE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

EXCERPT_WORDS = 30
WORDS_BEFORE_MATCH = 8


def marked_to_html(text: str) -> SafeString:
    """Escape `text` and turn its match marks into balanced <mark> elements."""
    parts: list[str] = []
    is_open = False
    for part in _MARKS.split(text or ""):
        if part == MARK_START:
            if not is_open:
                parts.append("<mark>")
                is_open = True
        elif part == MARK_END:
            if is_open:
                parts.append("</mark>")
                is_open = False
        elif part:
            parts.append(escape(part))
    if is_open:
        parts.append("</mark>")
    # Safe: every piece of text was escaped above; only our own <mark> tags are added.
    return mark_safe("".join(parts))


def _matches(token: str, folded_terms: set[str]) -> bool:
    core = _WORD_CORE.search(token)
    return bool(core) and fold(core.group()) in folded_terms


def _mark_token(token: str, folded_terms: set[str]) -> str:
    """The token with its word (not the punctuation around it) between match marks."""
    core = _WORD_CORE.search(token)
    if not core or fold(core.group()) not in folded_terms:
        return token
    return f"{token[: core.start()]}{MARK_START}{core.group()}{MARK_END}{token[core.end() :]}"


def mark_words(text: str, terms: Iterable[str]) -> str:
    """`text` with whole words equal to a term (ignoring case and diacritics) marked. Used where
    the database cannot highlight (SQLite), matching what its full-text index matches."""
    folded_terms = {fold(term) for term in terms}
    return _TOKEN.sub(lambda match: _mark_token(match.group(), folded_terms), text or "")


def excerpt(text: str, terms: Iterable[str], length: int = EXCERPT_WORDS) -> str:
    """About `length` words of `text` around the first matching word, with matches marked."""
    folded_terms = {fold(term) for term in terms}
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return ""
    first_match = next(
        (index for index, token in enumerate(tokens) if _matches(token, folded_terms)), 0
    )
    start = max(0, min(first_match - WORDS_BEFORE_MATCH, len(tokens) - length))
    end = min(len(tokens), start + length)
    words = [_mark_token(token, folded_terms) for token in tokens[start:end]]
    return "".join(["… " if start > 0 else "", " ".join(words), " …" if end < len(tokens) else ""])
