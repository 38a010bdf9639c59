"""Reads the seed: the library's page announcing that it joined the Alliance, saved as plain text.

The file is a copy of a web page, so besides the article it carries the site's header (repeated once
per layout column) and, at the bottom, the text of a cookie banner. Only the article is content.
"""

import re
from dataclasses import dataclass
from pathlib import Path

SEED_PATH = Path(__file__).resolve().parent / "seed" / "library-alliance-page.txt"

# The cookie banner's lines ("Akceptuj pliki cookies…", "EU Cookie Directive Module Information").
_COOKIE_NOTICE = re.compile(r"cookie", re.IGNORECASE)


@dataclass(frozen=True)
class SeedArticle:
    site_header: str
    heading: str
    paragraphs: tuple[str, ...]

    @property
    def first_sentence(self) -> str:
        """The article's first sentence: it says what happened, so it serves as the lead."""
        match = re.match(r"(.+?[.!?])(\s|$)", self.paragraphs[0])
        return match.group(1) if match else self.paragraphs[0]


def _normalise_whitespace(text: str) -> str:
    # The page was copied from a browser: paragraphs start with a no-break space and one has a
    # doubled space. Words, spelling and punctuation are kept exactly as published.
    return " ".join(text.split())


def parse_seed(text: str) -> SeedArticle:
    """Split the seed into the site header, the article's heading and its paragraphs."""
    blocks = [_normalise_whitespace(block) for block in re.split(r"\n\s*\n", text) if block.strip()]
    if not blocks:
        raise ValueError("The seed text is empty.")
    site_header = blocks[0]
    article = [block for block in blocks if block != site_header]
    while article and _COOKIE_NOTICE.search(article[-1]):
        article.pop()
    if len(article) < 2:
        raise ValueError("The seed text has no article after its header.")
    return SeedArticle(site_header=site_header, heading=article[0], paragraphs=tuple(article[1:]))


def load_seed(path: Path = SEED_PATH) -> SeedArticle:
    return parse_seed(path.read_text(encoding="utf-8"))
