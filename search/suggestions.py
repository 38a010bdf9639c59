"""'Did you mean…?' for searches that found nothing: the closest words from the site's titles."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max
from wagtail.query import PageQuerySet

from .query import STOP_WORDS, SearchQuery, fold

VOCABULARY_TIMEOUT = 60 * 60
# How alike a typed word and a title word must be (difflib ratio) to be offered instead.
SIMILARITY_CUTOFF = 0.75
MIN_WORD_LENGTH = 3
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def title_vocabulary(pages: PageQuerySet, scope: str = "") -> dict[str, str]:
    """Words of the titles of `pages`: folded form → the most common way it is written.

    `scope` tells apart vocabularies of different sites. Built from published, public titles only, so a suggestion never reveals a private page. Cached
    under a key that changes whenever a page is published, unpublished or deleted.
    """
    state = pages.aggregate(total=Count("pk"), latest=Max("last_published_at"))
    latest = state["latest"].timestamp() if state["latest"] else 0
    key = f"search:vocabulary:{scope}:{state['total']}:{latest}"
    vocabulary = cache.get(key)
    if vocabulary is not None:
        return vocabulary
    counts: Counter[str] = Counter()
    for title in pages.values_list("title", flat=True).iterator(chunk_size=2000):
        counts.update(word.lower() for word in _WORD.findall(title) if len(word) >= MIN_WORD_LENGTH)
    vocabulary = {}
    for word, _count in counts.most_common():
        vocabulary.setdefault(fold(word), word)
    cache.set(key, vocabulary, VOCABULARY_TIMEOUT)
    return vocabulary


def did_you_mean(query: SearchQuery, vocabulary: dict[str, str]) -> str | None:
    """The query with each unknown word replaced by the closest known one, or None when no word
    needs (or has) a replacement."""
    known = list(vocabulary)
    corrected = []
    changed = False
    for word in query.words:
        folded = fold(word)
        if (
            folded in vocabulary
            or folded in STOP_WORDS
            or len(folded) < MIN_WORD_LENGTH
            or folded.isdigit()
        ):
            corrected.append(word)
            continue
        matches = difflib.get_close_matches(folded, known, n=1, cutoff=SIMILARITY_CUTOFF)
        if matches:
            corrected.append(vocabulary[matches[0]])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
