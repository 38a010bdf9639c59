"""What people type into the search box, made safe and useful before it reaches the database."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.text import transliterate

# Longer input is cut here: enough for any real question, and it bounds the work of a request.
MAX_QUERY_LENGTH = 200
# More words than this add nothing to an AND query but cost to evaluate.
MAX_TERMS = 12
MIN_QUERY_LENGTH = 2

# A word: letters and digits, optionally joined by a hyphen or apostrophe ("e-usługi", "O'Neill").
# Everything else — FTS operators (& | ! ( ) : *), quotes, emoji — only separates words.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# Prepositions and conjunctions that almost every Polish text contains: requiring them in an AND
# query only loses results ("biblioteka w Koszalinie" must not need a literal "w"). Dropped when
# the query has other words.
STOP_WORDS = frozenset(
    {
        "a",
        "aby",
        "albo",
        "ale",
        "ani",
        "bo",
        "by",
        "czy",
        "do",
        "dla",
        "i",
        "ich",
        "jak",
        "jest",
        "lub",
        "na",
        "nad",
        "nie",
        "o",
        "od",
        "oraz",
        "po",
        "pod",
        "przez",
        "przy",
        "się",
        "są",
        "ta",
        "te",
        "to",
        "tu",
        "u",
        "w",
        "we",
        "z",
        "za",
        "ze",
        "że",
    }
)


def clean_text(raw: object) -> tuple[str, bool]:
    """The query as it will be shown back: printable, one-line, at most MAX_QUERY_LENGTH characters.
    Returns (text, was_truncated)."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    # Control and format characters (NUL from "%00", bidi overrides, zero-width joiners) are never
    # part of a search and can break the echoed page or the database driver.
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char for char in text
    )
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rstrip()
    return text, truncated


def fold(word: str) -> str:
    """Case- and diacritic-insensitive form for comparing words: "Książki" → "ksiazki"."""
    return transliterate(word).casefold()


@dataclass(frozen=True)
class SearchQuery:
    """A cleaned search: `text` for display, `terms` for the search backend."""

    text: str = ""
    words: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    truncated: bool = False

    @classmethod
    def parse(cls, raw: object) -> SearchQuery:
        text, truncated = clean_text(raw)
        words = tuple(_WORD.findall(text))[:MAX_TERMS]
        meaningful = tuple(word for word in words if fold(word) not in STOP_WORDS and len(word) > 1)
        return cls(text=text, words=words, terms=meaningful or words, truncated=truncated)

    @property
    def is_empty(self) -> bool:
        return not self.text

    @property
    def is_too_short(self) -> bool:
        """A single letter or only punctuation: nothing worth searching for."""
        return bool(self.text) and (not self.terms or len("".join(self.terms)) < MIN_QUERY_LENGTH)

    @property
    def is_searchable(self) -> bool:
        return not self.is_empty and not self.is_too_short

    @property
    def backend_query(self) -> str:
        """What the search backend receives: words only, so no input can be read as an operator."""
        return " ".join(self.terms)

    @property
    def promotion_keys(self) -> list[str]:
        """Strings under which editors may have promoted results for this query (Wagtail's
        search promotions store them lower-cased with single spaces)."""
        keys = [self.text.lower(), " ".join(self.words).lower()]
        return list(dict.fromkeys(key for key in keys if key))
