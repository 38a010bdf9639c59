"""Polish name handling for the directory: folding for search and alphabetical order."""

import re
import unicodedata

from core.text import transliterate

# The Polish alphabet (with q, v, x for foreign names): "Ł" comes after "L", "Ś" after "S".
_POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"


def _collation_table() -> dict[int, str]:
    """A str.translate table turning lower-case text into a string that sorts the Polish way:
    letters become characters in alphabet order (above digits and the space), other Latin
    letters sort as their base letter (é as e), punctuation is dropped (it only breaks ties)."""
    rank = {letter: chr(0x100 + index) for index, letter in enumerate(_POLISH_ALPHABET)}
    table: dict[int, str] = {}
    for code in range(0x20, 0x250):
        char = chr(code)
        if char in rank:
            table[code] = rank[char]
        elif char.isspace():
            table[code] = " "
        elif char.isdigit():
            table[code] = char
        elif char.isalpha():
            table[code] = "".join(rank.get(base, "") for base in transliterate(char).casefold())
        else:
            table[code] = ""
    return table


_COLLATION = _collation_table()


def fold(value: str) -> str:
    """Lower-case ASCII text for diacritic-insensitive matching: "Koszalińska" → "koszalinska"."""
    return transliterate(value).casefold()


def clean_query(value: str, max_length: int = 100) -> str:
    """A search query typed or pasted by a person: control characters dropped (PostgreSQL rejects
    NUL in strings), whitespace collapsed, length bounded."""
    printable = "".join(char if unicodedata.category(char)[0] != "C" else " " for char in value)
    return " ".join(printable.split())[:max_length]


_NUMBER = re.compile(r"\d+")


def polish_sort_key(value: str) -> tuple[str, str, str]:
    """Sort key ordering names the way a Polish dictionary does, on every database; numbers in
    names sort by value ("nr 9" before "nr 10")."""
    folded = value.casefold()
    collated = " ".join(folded.translate(_COLLATION).split())
    return (_NUMBER.sub(lambda number: number.group().zfill(12), collated), folded, value)
