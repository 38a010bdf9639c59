"""Text helpers that know Polish."""

import unicodedata

from django.utils.text import slugify

# Letters that do not decompose into a base letter + combining mark, so NFKD alone drops them.
_TRANSLITERATION = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


def transliterate(value: str) -> str:
    """ASCII version of a Polish text: "Załuskiego" → "Zaluskiego", "Świnoujście" → "Swinoujscie"."""
    decomposed = unicodedata.normalize("NFKD", str(value).translate(_TRANSLITERATION))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def polish_slugify(value: str) -> str:
    """An ASCII slug in which Polish letters are transliterated, never dropped."""
    return slugify(transliterate(value))
