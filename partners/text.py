"""Polish name handling for the directory: folding for search and alphabetical order."""

import unicodedata

from core.text import transliterate

# The Polish alphabet (with q, v, x for foreign names): "Ł" comes after "L", "Ś" after "S".
_POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_POLISH_ALPHABET)}
_DIGIT_BASE = -20
_SPACE_RANK = -30


def fold(value: str) -> str:
    """Lower-case ASCII text for diacritic-insensitive matching: "Koszalińska" → "koszalinska"."""
    return transliterate(value).casefold()


def clean_query(value: str, max_length: int = 100) -> str:
    """A search query typed or pasted by a person: control characters dropped (PostgreSQL rejects
    NUL in strings), whitespace collapsed, length bounded."""
    printable = "".join(char if unicodedata.category(char)[0] != "C" else " " for char in value)
    return " ".join(printable.split())[:max_length]


def polish_sort_key(value: str) -> tuple:
    """Sort key ordering names the way a Polish dictionary does, on every database.

    Letters outside the Polish alphabet sort as their base letter (é as e); punctuation is
    ignored at first, as in ICU's Polish collation, and only breaks ties."""
    primary: list[int] = []
    for char in value.casefold():
        if char in _LETTER_RANK:
            primary.append(_LETTER_RANK[char])
        elif char.isspace():
            if primary and primary[-1] != _SPACE_RANK:
                primary.append(_SPACE_RANK)
        elif char.isdigit():
            primary.append(_DIGIT_BASE + int(char) if char.isascii() else _DIGIT_BASE)
        else:
            base = transliterate(char)
            if base and base[0] in _LETTER_RANK:
                primary.extend(_LETTER_RANK[letter] for letter in base if letter in _LETTER_RANK)
    return (tuple(primary), value.casefold(), value)
