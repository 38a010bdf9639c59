import pytest

from core.text import polish_slugify, transliterate


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Załuskiego", "zaluskiego"),
        (
            "Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego",
            "miejska-biblioteka-publiczna-im-zbigniewa-zaluskiego",
        ),
        ("Zażółć gęślą jaźń", "zazolc-gesla-jazn"),
        ("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn"),
        ("Świnoujście", "swinoujscie"),
        ("Łobez i Wałcz", "lobez-i-walcz"),
        ("Koszalińska Biblioteka Publiczna", "koszalinska-biblioteka-publiczna"),
        ("Stowarzyszenie „Miasta w Internecie”", "stowarzyszenie-miasta-w-internecie"),
        ("PRO@ctis – e-integracja", "proctis-e-integracja"),
        ("  9 grudnia 2009  ", "9-grudnia-2009"),
    ],
)
def test_polish_letters_are_transliterated_not_dropped(title, slug):
    assert polish_slugify(title) == slug


def test_slug_is_plain_ascii():
    slug = polish_slugify("Ąą Ćć Ęę Łł Ńń Óó Śś Źź Żż")
    assert slug == "aa-cc-ee-ll-nn-oo-ss-zz-zz"
    assert slug.isascii()


def test_text_with_nothing_to_keep_gives_an_empty_slug():
    assert polish_slugify("„…” – !") == ""


def test_transliteration_keeps_case_and_punctuation():
    assert (
        transliterate("Gmina Miasto Szczecin, ul. Łąkowa 1")
        == "Gmina Miasto Szczecin, ul. Lakowa 1"
    )
