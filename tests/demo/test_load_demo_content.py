"""`manage.py load_demo_content`: the demo site built from the seed, idempotent, nothing invented."""

import datetime
import re
import socket
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, Revision

from core.models import LibrarySettings, NavigationSettings
from demo.seed_text import SEED_PATH, load_seed, parse_seed
from demo.synthetic import SYNTHETIC_PREFIX
from home.models import HomePage, StandardPage
from legal.models import (
    AccessibilityStatementPage,
    EasyReadPage,
    PrivacyPolicyPage,
    SignLanguagePage,
)
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat
from tests.helpers import squash

pytestmark = pytest.mark.django_db

LIBRARY_NAME = "Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego w Gryficach"
ALLIANCE_NAME = "Zachodniopomorski Alians dla Rozwoju Społeczeństwa Informacyjnego"
NEWS_URL = "/aktualnosci/biblioteka-przystapila-do-aliansu/"
PAGE_URLS = [
    "/",
    "/aktualnosci/",
    NEWS_URL,
    "/alians/",
    "/o-bibliotece/",
    "/kontakt/",
    "/polityka-prywatnosci/",
    "/deklaracja-dostepnosci/",
    "/tekst-latwy-do-czytania/",
    "/jezyk-migowy/",
]
# title → (type, powiat, city), as the seed and DESIGN.md §3 give them.
EXPECTED_PARTNERS = {
    LIBRARY_NAME: (OrganisationType.LIBRARY_OR_CULTURE, Powiat.GRYFICKI, "Gryfice"),
    "Koszalińska Biblioteka Publiczna im. Joachima Lelewela": (
        OrganisationType.LIBRARY_OR_CULTURE,
        Powiat.KOSZALIN,
        "Koszalin",
    ),
    "Urząd Marszałkowski Województwa Zachodniopomorskiego": (
        OrganisationType.LOCAL_GOVERNMENT,
        Powiat.SZCZECIN,
        "Szczecin",
    ),
    "Gmina Miasto Szczecin": (OrganisationType.LOCAL_GOVERNMENT, Powiat.SZCZECIN, "Szczecin"),
    "Gmina Miasto Koszalin — Urząd Miejski w Koszalinie": (
        OrganisationType.LOCAL_GOVERNMENT,
        Powiat.KOSZALIN,
        "Koszalin",
    ),
    "Stowarzyszenie „Miasta w Internecie”": (OrganisationType.NGO, "", ""),
    "Szczeciński Park Naukowo-Technologiczny": (
        OrganisationType.OTHER,
        Powiat.SZCZECIN,
        "Szczecin",
    ),
}
PHONE_OR_ADDRESS = re.compile(
    r"\d{2}-\d{3}|\+48|tel\.|\bul\.|@\w|\d{2,3}[ -]\d{2,3}[ -]\d{2,3}", re.IGNORECASE
)


def load(*args: str) -> str:
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seed():
    return load_seed()


@pytest.fixture
def demo_output() -> str:
    return load("--no-admin")


@pytest.fixture(scope="class")
def demo_site_for_class(django_db_setup, django_db_blocker):
    """The demo content loaded once for a class of read-only tests (each test still runs in its
    own savepoint), then rolled back so that other tests start from the migrated site."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = load("--no-admin")
        yield output
        transaction.set_rollback(True)


def text_of(html: str) -> str:
    return squash(BeautifulSoup(html, "html.parser").get_text(" "))


def stream_texts(stream) -> list[str]:
    return [
        text_of(child.value.source) if child.block_type == "paragraph" else "" for child in stream
    ]


def site_snapshot() -> dict:
    """Everything a second run could change: counts, tree, revisions, settings, menus."""
    library = LibrarySettings.load()
    navigation = NavigationSettings.load()
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path",
                "url_path",
                "title",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "live_revision_id",
                "last_published_at",
            )
        ),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "categories": list(NewsCategory.objects.values_list("pk", "name", "slug")),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "name", "slug")),
        "users": list(get_user_model().objects.values_list("pk", "username", "password")),
        "library": (library.pk, library.name, library.short_name, library.city),
        "navigation": (
            navigation.pk,
            navigation.main_menu.get_prep_value(),
            navigation.footer_menu.get_prep_value(),
        ),
    }


class TestSeed:
    def test_the_project_carries_its_own_copy_of_the_seed(self):
        # CI and fresh clones have only the repository, not the shared folder beside it.
        assert SEED_PATH.is_file()
        assert SEED_PATH.resolve().is_relative_to(Path(settings.BASE_DIR).resolve())

    def test_article_without_header_and_cookie_notice(self, seed):
        assert seed.site_header == LIBRARY_NAME
        assert seed.heading == ALLIANCE_NAME
        assert len(seed.paragraphs) == 7
        assert seed.paragraphs[0].startswith("Miejska Biblioteka Publiczna w Gryficach przystąpiła")
        assert seed.paragraphs[-1].startswith("Partnerstwo ukierunkowane będzie")
        text = " ".join(seed.paragraphs)
        assert "cookie" not in text.lower()
        assert "im. Zbigniewa Załuskiego" not in text

    def test_words_kept_verbatim_whitespace_of_the_copy_normalised(self, seed):
        # The seed's own spelling stays ("społeczenych"); the no-break space and the doubled space
        # copied from the browser do not.
        assert "grup społeczenych dotkniętych" in seed.paragraphs[5]
        assert seed.paragraphs[1].startswith("Podpisanie porozumienia odbyło się 9 grudnia")
        assert "Koszalińskiej Bibliotece" in seed.paragraphs[1]
        assert all(paragraph == paragraph.strip() for paragraph in seed.paragraphs)
        assert not any("\xa0" in paragraph or "  " in paragraph for paragraph in seed.paragraphs)

    def test_first_sentence_is_the_lead(self, seed):
        assert seed.first_sentence == seed.paragraphs[0]
        assert seed.first_sentence.endswith("a także firm sektora ICT.")

    def test_parser_rules(self):
        text = (
            "Biblioteka\nw Mieście\n\nBiblioteka\nw Mieście\n\nNagłówek\n\n"
            "Pierwsze zdanie. Drugie zdanie.\n\n\xa0Drugi  akapit.\n\n"
            "Akceptuj pliki cookies\n\nCookie Module Information\n"
        )
        article = parse_seed(text)
        assert article.site_header == "Biblioteka w Mieście"
        assert article.heading == "Nagłówek"
        assert article.paragraphs == ("Pierwsze zdanie. Drugie zdanie.", "Drugi akapit.")
        assert article.first_sentence == "Pierwsze zdanie."

    def test_parser_refuses_a_file_without_an_article(self):
        with pytest.raises(ValueError):
            parse_seed("Biblioteka\n\nBiblioteka\n\nAkceptuj pliki cookies\n")


@pytest.mark.usefixtures("demo_site_for_class")
class TestContent:
    def test_pages_at_their_urls_published_with_history(self):
        expected = {
            "/": HomePage,
            "/aktualnosci/": NewsIndexPage,
            NEWS_URL: NewsPage,
            "/alians/": PartnerIndexPage,
            "/o-bibliotece/": StandardPage,
            "/kontakt/": StandardPage,
            "/polityka-prywatnosci/": PrivacyPolicyPage,
            "/deklaracja-dostepnosci/": AccessibilityStatementPage,
            "/tekst-latwy-do-czytania/": EasyReadPage,
            "/jezyk-migowy/": SignLanguagePage,
        }
        pages_by_url = {page.url: page for page in Page.objects.live().specific()}
        for url, model in expected.items():
            page = pages_by_url[url]
            assert type(page) is model, url
            assert page.live and not page.has_unpublished_changes, url
            assert page.live_revision_id == page.latest_revision_id is not None, url
            assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()

    def test_homepage(self):
        home = HomePage.objects.get()
        assert home.hero_heading == LIBRARY_NAME
        assert home.title == LIBRARY_NAME
        assert "Gryficach" in home.hero_lead
        assert ALLIANCE_NAME.split()[0] in home.hero_lead

    def test_news_item_tells_the_seed_verbatim_once(self, seed):
        news = NewsPage.objects.get(slug="biblioteka-przystapila-do-aliansu")
        assert news.date == datetime.date(2009, 12, 9)
        assert news.lead == seed.first_sentence
        body = stream_texts(news.body)
        assert [block.block_type for block in news.body] == ["paragraph"] * len(body)
        # The lead opens the article; the body carries every following paragraph, in order.
        assert [news.lead, *body] == list(seed.paragraphs)

    def test_news_item_taxonomy_and_partners(self):
        news = NewsPage.objects.get(slug="biblioteka-przystapila-do-aliansu")
        assert [category.name for category in news.categories.all()] == ["Alians"]
        assert set(news.tags.names()) == {"Alians", "PRO@ctis", "społeczeństwo informacyjne"}
        assert {link.partner.title for link in news.related_partners.all()} == set(
            EXPECTED_PARTNERS
        )
        assert set(NewsCategory.objects.values_list("name", flat=True)) == {
            "Wydarzenia",
            "Alians",
            "Dla dzieci",
        }

    def test_slugs_are_ascii(self):
        slugs = [*Page.objects.values_list("slug", flat=True)]
        slugs += [*NewsCategory.objects.values_list("slug", flat=True)]
        slugs += [*Tag.objects.values_list("slug", flat=True)]
        assert all(re.fullmatch(r"[a-z0-9-]+", slug) for slug in slugs), slugs
        assert Tag.objects.get(name="społeczeństwo informacyjne").slug == (
            "spoleczenstwo-informacyjne"
        )

    def test_alliance_page(self, seed):
        alliance = PartnerIndexPage.objects.get()
        assert alliance.title == ALLIANCE_NAME
        assert alliance.slug == "alians"
        assert alliance.agreement_date == datetime.date(2009, 12, 9)
        assert alliance.agreement_place == (
            "Koszalińska Biblioteka Publiczna im. Joachima Lelewela w Koszalinie"
        )
        intro = text_of(alliance.intro)
        assert "regionalne partnerstwo samorządów, organizacji pozarządowych, uczelni" in intro
        assert seed.paragraphs[-2] in stream_texts(alliance.body)
        assert seed.paragraphs[-1] in stream_texts(alliance.body)

    def test_directory_holds_exactly_the_organisations_of_the_seed(self):
        partners = PartnerPage.objects.live()
        assert {
            partner.title: (partner.organisation_type, partner.powiat, partner.city)
            for partner in partners
        } == EXPECTED_PARTNERS
        for partner in partners:
            assert partner.role, partner.title
            # Nothing the seed does not say.
            assert not (partner.website or partner.email or partner.phone), partner.title
            assert not (partner.street_address or partner.postal_code), partner.title
            assert partner.latitude is None and partner.longitude is None
            assert partner.signatory == ""
            assert not partner.areas.exists()
            assert list(partner.body) == []
        assert [p.title for p in partners.exclude(joined_date=None)] == [LIBRARY_NAME]
        assert partners.get(title=LIBRARY_NAME).joined_date == datetime.date(2009, 12, 9)

    def test_roles_come_from_the_seed(self):
        roles = dict(PartnerPage.objects.values_list("slug", "role"))
        assert "9 grudnia 2009" in roles["miejska-biblioteka-publiczna-w-gryficach"]
        assert "Gospodarz" in roles["koszalinska-biblioteka-publiczna"]
        assert "Władysław Husejko" in roles["urzad-marszalkowski-wojewodztwa-zachodniopomorskiego"]
        assert "list intencyjny" in roles["gmina-miasto-szczecin"]
        assert "współorganizatorem" in roles["gmina-miasto-koszalin"]
        assert "Organizator" in roles["stowarzyszenie-miasta-w-internecie"]
        assert "PRO@ctis" in roles["szczecinski-park-naukowo-technologiczny"]

    def test_standard_pages_invent_no_contact_details(self):
        pages = {page.slug: page for page in StandardPage.objects.all()}
        assert {slug: page.title for slug, page in pages.items()} == {
            "o-bibliotece": "O bibliotece",
            "kontakt": "Kontakt",
        }
        for page in pages.values():
            text = " ".join([text_of(page.intro), *stream_texts(page.body)])
            assert not PHONE_OR_ADDRESS.search(text), (page.slug, PHONE_OR_ADDRESS.search(text))
        assert "w stopce" in " ".join(stream_texts(pages["o-bibliotece"].body))
        assert "w stopce" in text_of(pages["kontakt"].intro)

    def test_privacy_policy_keeps_the_rights_and_generates_the_rest(self, client):
        page = PrivacyPolicyPage.objects.get()
        headings = [child.value["text"] for child in page.body if child.block_type == "heading"]
        assert "Twoje prawa" in headings
        text = squash(
            BeautifulSoup(client.get("/polityka-prywatnosci/").content, "html.parser").get_text(" ")
        )
        for section in [
            "Administrator danych osobowych",
            "Inspektor ochrony danych",
            "zgoda_cookies",
        ]:
            assert section in text

    def test_accessibility_statement_is_honest_and_current(self):
        statement = AccessibilityStatementPage.objects.get()
        assert statement.entity_name == LIBRARY_NAME
        assert statement.status == "czesciowo-zgodna"
        gaps = [item.value["content"] for item in statement.non_accessible_content]
        assert any("PDF" in gap and "warstwy tekstowej" in gap for gap in gaps)
        assert {item.value["reason"] for item in statement.non_accessible_content} == {
            "niezgodnosc",
            "wylaczenie",
        }
        assert not statement.needs_review
        # Nothing the seed does not say: the contact falls back to the library's settings.
        assert statement.contact_email == statement.contact_phone == ""
        description = " ".join(text_of(b.value["description"].source) for b in statement.buildings)
        assert not PHONE_OR_ADDRESS.search(description)

    def test_easy_read_text_is_short_and_plain(self):
        page = EasyReadPage.objects.get()
        sentences = [
            sentence
            for child in page.body
            if child.block_type == "paragraph"
            for sentence in re.split(r"(?<=[.!?])\s+", child.value)
        ]
        assert len(sentences) >= 10
        # Easy-to-read Polish: one thought per sentence, few words.
        assert max(len(sentence.split()) for sentence in sentences) <= 10, sentences

    def test_sign_language_page_invents_no_video(self):
        page = SignLanguagePage.objects.get()
        assert page.video is None and page.captions is None
        assert "tłumacza polskiego języka migowego" in text_of(page.transcript)
        assert not PHONE_OR_ADDRESS.search(text_of(page.transcript))

    def test_settings_hold_only_what_the_seed_tells(self):
        library = LibrarySettings.load()
        assert (library.name, library.short_name, library.city) == (
            LIBRARY_NAME,
            "MBP w Gryficach",
            "Gryfice",
        )
        blank = ["street_address", "postal_code", "phone", "email", "catalogue_url", "bip_url"]
        assert all(getattr(library, name) == "" for name in blank)
        assert not library.opening_hours

    def test_menus(self):
        navigation = NavigationSettings.load()
        assert [child.value.href for child in navigation.main_menu] == [
            "/aktualnosci/",
            "/alians/",
            "/o-bibliotece/",
            "/kontakt/",
        ]
        assert [child.value.text for child in navigation.main_menu] == [
            "Aktualności",
            "Alians",
            "O bibliotece",
            "Kontakt",
        ]
        assert [child.value.href for child in navigation.footer_menu] == ["/kontakt/"]

    def test_summary_in_polish(self, demo_site_for_class):
        assert "Treści demonstracyjne:" in demo_site_for_class
        assert "partner Aliansu: utworzono 7, zaktualizowano 0, bez zmian 0" in demo_site_for_class


def test_content_loaded_for_a_class_is_rolled_back():
    # Runs after TestContent: its class-wide demo site must not leak into later tests.
    assert not PartnerPage.objects.exists()
    assert not StandardPage.objects.exists()
    assert HomePage.objects.get().hero_lead == ""


class TestIdempotence:
    def test_second_run_changes_nothing(self, demo_output):
        before = site_snapshot()
        output = load("--no-admin")
        assert site_snapshot() == before
        assert "utworzono 0, zaktualizowano 0" in output
        assert not re.search(r"utworzono [1-9]|zaktualizowano [1-9]", output)

    def test_editors_changes_and_drafts_are_kept(self, demo_output):
        partner = PartnerPage.objects.get(slug="gmina-miasto-szczecin")
        draft = partner.get_latest_revision_as_object()
        draft.role = "Zmieniona rola."
        draft.save_revision().publish()
        news = NewsPage.objects.get(slug="biblioteka-przystapila-do-aliansu")
        news.get_latest_revision_as_object().save_revision()  # an unpublished draft
        revisions = Revision.objects.count()

        load("--no-admin")

        partner.refresh_from_db()
        news.refresh_from_db()
        assert partner.role == "Zmieniona rola."
        assert news.has_unpublished_changes
        assert Revision.objects.count() == revisions

    def test_reset_restores_changed_content_with_one_new_revision(self, demo_output):
        partner = PartnerPage.objects.get(slug="gmina-miasto-szczecin")
        draft = partner.get_latest_revision_as_object()
        draft.role = "Zmieniona rola."
        draft.save_revision().publish()
        news = NewsPage.objects.get(slug="biblioteka-przystapila-do-aliansu")
        news.get_latest_revision_as_object().save_revision()  # an unpublished draft
        revisions = Revision.objects.count()

        output = load("--no-admin", "--reset")

        partner.refresh_from_db()
        news.refresh_from_db()
        assert "list intencyjny" in partner.role
        assert not news.has_unpublished_changes
        assert Revision.objects.count() == revisions + 2
        assert "partner Aliansu: utworzono 0, zaktualizowano 1, bez zmian 6" in output

    def test_editors_settings_are_kept(self, demo_output):
        library = LibrarySettings.load()
        library.phone = "91 000 00 00"
        library.save()
        load("--no-admin")
        assert LibrarySettings.load().phone == "91 000 00 00"


class TestAdminAccount:
    def test_password_printed_once_and_never_reset(self):
        first = load()
        match = re.search(r"Konto administratora: admin / (\S+) — zapisz je", first)
        assert match, first
        password = match.group(1)
        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.is_staff
        assert admin.check_password(password)
        assert len(password) >= 20

        second = load()
        assert password not in second
        assert "już istnieje" in second
        admin.refresh_from_db()
        assert admin.check_password(password)
        assert get_user_model().objects.filter(username="admin").count() == 1

    def test_no_admin_option(self, demo_output):
        assert not get_user_model().objects.exists()
        assert "Konto administratora" not in demo_output


class TestSyntheticData:
    def test_adds_the_requested_numbers_marked_as_synthetic(self, client):
        output = load("--no-admin", "--synthetic-news", "30", "--synthetic-partners", "25")
        assert "dodano 30" in output and "dodano 25" in output
        synthetic_news = NewsPage.objects.filter(title__startswith=SYNTHETIC_PREFIX)
        synthetic_partners = PartnerPage.objects.filter(title__startswith=SYNTHETIC_PREFIX)
        assert synthetic_news.count() == 30
        assert synthetic_partners.count() == 25
        assert NewsPage.objects.count() == 31
        assert PartnerPage.objects.count() == 32
        # Synthetic items never say anything about the real partners.
        assert not synthetic_news.filter(related_partners__isnull=False).exists()
        assert all(partner.city == "" for partner in synthetic_partners)

    def test_bulk_created_pages_are_proper_published_pages(self, client):
        load("--no-admin", "--synthetic-news", "12", "--synthetic-partners", "6")
        assert Page.find_problems() == ([], [], [], [], [])
        news_index = NewsIndexPage.objects.get()
        assert news_index.numchild == news_index.get_children().count() == 13

        item = NewsPage.objects.get(slug="dane-syntetyczne-aktualnosc-00005")
        assert item.live and item.live_revision_id == item.latest_revision_id
        draft = item.get_latest_revision_as_object()
        assert draft.title == item.title
        assert [c.pk for c in draft.categories.all()] == [c.pk for c in item.categories.all()]
        assert set(draft.tags.names()) == set(item.tags.names()) >= {"dane syntetyczne"}
        assert PageLogEntry.objects.filter(page=item, action="wagtail.publish").count() == 1

        partner = PartnerPage.objects.get(slug="dane-syntetyczne-partner-00003")
        assert partner.areas.count() >= 1
        assert PartnerPage.objects.live().search(partner.title).count() >= 1
        assert NewsPage.objects.live().search("warsztaty").count() >= 1

        # Editing one of them in the admin's way still works.
        draft.lead = "Zmieniony lead."
        draft.save_revision().publish()
        assert NewsPage.objects.get(pk=item.pk).lead == "Zmieniony lead."

    def test_tops_up_instead_of_duplicating(self):
        load("--no-admin", "--synthetic-news", "10")
        output = load("--no-admin", "--synthetic-news", "10")
        assert "dodano 0" in output
        load("--no-admin", "--synthetic-news", "15")
        slugs = NewsPage.objects.filter(title__startswith=SYNTHETIC_PREFIX).values_list(
            "slug", flat=True
        )
        assert len(slugs) == len(set(slugs)) == 15
        assert Page.find_problems() == ([], [], [], [], [])

    def test_rejects_negative_numbers(self):
        with pytest.raises(CommandError):
            load("--no-admin", "--synthetic-news", "-1")


def test_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("load_demo_content tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    load("--no-admin", "--synthetic-news", "3")
    assert NewsPage.objects.count() == 4


@pytest.mark.usefixtures("demo_site_for_class")
class TestRendering:
    @pytest.mark.parametrize("url", PAGE_URLS)
    def test_page_renders(self, client, url):
        response = client.get(url)
        assert response.status_code == 200

    def test_news_item_shows_the_whole_seed(self, client, seed):
        text = squash(BeautifulSoup(client.get(NEWS_URL).content, "html.parser").get_text(" "))
        for paragraph in seed.paragraphs:
            assert paragraph in text

    def test_partner_pages_and_filters_render(self, client):
        for partner in PartnerPage.objects.all():
            assert client.get(partner.url).status_code == 200
        response = client.get("/alians/", {"typ": OrganisationType.LOCAL_GOVERNMENT})
        text = squash(BeautifulSoup(response.content, "html.parser").get_text(" "))
        assert "Gmina Miasto Szczecin" in text
        assert "Szczeciński Park Naukowo-Technologiczny" not in text

    def test_synthetic_listing_renders(self, client):
        load("--no-admin", "--synthetic-news", "30", "--synthetic-partners", "30")
        assert client.get("/aktualnosci/", {"page": 2}).status_code == 200
        assert client.get("/alians/", {"page": 2}).status_code == 200
        assert client.get("/aktualnosci/dane-syntetyczne-aktualnosc-00007/").status_code == 200


class TestSitesLoadedBeforeTheLegalPageTypes:
    """Sites loaded before the legal app held the declaration as a standard page."""

    @pytest.fixture
    def old_statement(self) -> StandardPage:
        home = HomePage.objects.get()
        page = StandardPage(title="Deklaracja dostępności", slug="deklaracja-dostepnosci")
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    def test_a_plain_run_keeps_the_editors_page(self, old_statement):
        load("--no-admin")
        page = Page.objects.get(url_path__endswith="/deklaracja-dostepnosci/").specific
        assert type(page) is StandardPage
        assert not AccessibilityStatementPage.objects.exists()

    def test_reset_puts_the_new_type_at_the_address(self, client, old_statement):
        load("--no-admin", "--reset")
        response = client.get("/deklaracja-dostepnosci/")
        assert type(response.context["page"]) is AccessibilityStatementPage
        old_statement.refresh_from_db()
        assert not old_statement.live
        assert old_statement.slug == "deklaracja-dostepnosci-poprzednia-wersja"
