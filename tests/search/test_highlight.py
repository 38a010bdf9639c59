"""Highlighted titles and excerpts are escaped, and their <mark> elements always balanced."""

from search.highlight import MARK_END, MARK_START, excerpt, mark_words, marked_to_html


def test_marks_become_mark_elements_and_text_is_escaped():
    html = marked_to_html(f"<b>&</b> {MARK_START}Biblioteka{MARK_END}")
    assert html == "&lt;b&gt;&amp;&lt;/b&gt; <mark>Biblioteka</mark>"


def test_stray_marks_never_produce_unbalanced_html():
    assert marked_to_html(f"{MARK_END}a{MARK_START}b{MARK_START}c") == "a<mark>bc</mark>"


def test_mark_words_matches_whole_words_without_diacritics():
    marked = mark_words("Książka, książki i Książ.", ["ksiazka"])
    assert marked == f"{MARK_START}Książka{MARK_END}, książki i Książ."


def test_excerpt_shows_words_around_the_first_match():
    words = [f"słowo{number}" for number in range(100)]
    words[60] = "Gryfice"
    text = excerpt(" ".join(words), ["gryfice"], length=10)
    assert text.startswith("… słowo52 ")
    assert f"{MARK_START}Gryfice{MARK_END}" in text
    assert text.endswith(" …")


def test_excerpt_without_a_match_starts_at_the_beginning():
    assert excerpt("Jeden dwa trzy.", ["cztery"]) == "Jeden dwa trzy."
    assert excerpt("", ["cztery"]) == ""
