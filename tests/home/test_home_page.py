import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage, StandardPage
from images.factories import CustomImageFactory
from legal.models import (
    AccessibilityStatementPage,
    EasyReadPage,
    PrivacyPolicyPage,
    SignLanguagePage,
)
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType
from tests.helpers import (
    explain_growth,
    html_lang,
    main_content,
    only_h1,
    queries_to_render,
    soup,
    urls_in_order,
    visible_text,
)


class HomePageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(NewsIndexPage, HomePage)
        self.assertCanNotCreateAt(PartnerIndexPage, HomePage)

    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                NewsIndexPage,
                PartnerIndexPage,
                StandardPage,
                AccessibilityStatementPage,
                PrivacyPolicyPage,
                EasyReadPage,
                SignLanguagePage,
            },
        )
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(HomePage, PartnerIndexPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(HomePage, PartnerPage)

    def test_there_is_one_home_page(self):
        root = Page.get_first_root_node()
        self.assertEqual(HomePage.objects.count(), 1)
        self.assertFalse(HomePage.can_create_at(root))

        self.login()
        response = self.client.get(
            reverse("wagtailadmin_pages:add", args=["home", "homepage", root.pk])
        )
        self.assertIn(response.status_code, (302, 403))
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "homepage", root.pk]),
            {"title": "Druga strona główna", "slug": "druga", "hero_heading": "Druga"},
        )
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(HomePage.objects.count(), 1)


class HomePageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_page = HomePage.objects.get()
        NewsPageFactory(parent=NewsIndexPageFactory(parent=cls.home_page))
        PartnerPageFactory(parent=PartnerIndexPageFactory(parent=cls.home_page))

    def test_renderable(self):
        self.assertPageIsRenderable(self.home_page)

    def form_data(self) -> dict:
        return nested_form_data(
            {
                "title": self.home_page.title,
                "slug": self.home_page.slug,
                "hero_heading": "Zapraszamy do biblioteki",
                "hero_lead": "Nowe godziny otwarcia.",
                "latest_news_count": "4",
                "body": streamfield([("heading", {"text": "Godziny otwarcia", "level": "h2"})]),
            }
        )

    def test_editable(self):
        self.assertPageIsEditable(self.home_page, post_data=self.form_data())

    def test_previewable(self):
        self.assertPageIsPreviewable(self.home_page, post_data=self.form_data())

    def test_editor_saves_the_hero(self):
        self.login()
        data = self.form_data()
        data["action-publish"] = "action-publish"

        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.home_page.pk]), data
        )

        self.assertEqual(response.status_code, 302)
        home_page = HomePage.objects.get()
        self.assertEqual(home_page.hero_heading, "Zapraszamy do biblioteki")
        self.assertEqual(home_page.latest_news_count, 4)
        self.assertEqual(home_page.body[0].value["text"], "Godziny otwarcia")

    def test_editor_cannot_ask_for_more_than_twelve_news(self):
        self.login()
        data = self.form_data()
        data["latest_news_count"] = "50"
        data["action-publish"] = "action-publish"

        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.home_page.pk]), data
        )

        self.assertEqual(response.status_code, 200)
        self.assertIn("latest_news_count", response.context["form"].errors)
        self.assertEqual(HomePage.objects.get().latest_news_count, 3)


pytestmark = pytest.mark.django_db


@pytest.fixture
def filled_home_page(home_page):
    home_page.hero_heading = "Witamy w bibliotece w Gryficach"
    home_page.hero_lead = "Książki, wydarzenia i Internet dla wszystkich mieszkańców."
    home_page.hero_image = CustomImageFactory(description="Czytelnia biblioteki")
    home_page.latest_news_count = 3
    home_page.save()
    return home_page


def test_home_page_shows_hero(client, filled_home_page):
    response = client.get("/")

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert "Witamy w bibliotece w Gryficach" in only_h1(response)
    assert "Książki, wydarzenia i Internet dla wszystkich mieszkańców." in visible_text(response)
    assert soup(response).find("img", alt="Czytelnia biblioteki") is not None


def test_home_page_shows_the_latest_news_newest_first(client, filled_home_page, news_index):
    dates = [datetime.date(2024, 3, day) for day in (5, 1, 20, 10)]
    pages = [
        NewsPageFactory(parent=news_index, title=f"Wiadomość z {date:%d.%m}", date=date)
        for date in dates
    ]
    newest_first = sorted(pages, key=lambda page: page.date, reverse=True)

    response = client.get("/")

    main = main_content(response)
    shown = urls_in_order(main, [page.url for page in pages])
    assert shown == [page.url for page in newest_first[:3]]
    for page in newest_first[:3]:
        assert page.title in visible_text(main)
    assert newest_first[3].title not in visible_text(main)
    assert news_index.url in urls_in_order(main, [news_index.url])


def test_home_page_never_lists_drafts_or_private_news(client, filled_home_page, news_index):
    public = NewsPageFactory(parent=news_index, title="Wiadomość publiczna")
    NewsPageFactory(parent=news_index, title="Wiadomość w szkicu", live=False)
    with_password = NewsPageFactory(parent=news_index, title="Wiadomość z hasłem")
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    for_logged_in = NewsPageFactory(parent=news_index, title="Wiadomość dla zalogowanych")
    PageViewRestriction.objects.create(
        page=for_logged_in, restriction_type=PageViewRestriction.LOGIN
    )

    text = visible_text(main_content(client.get("/")))

    assert public.title in text
    assert "Wiadomość w szkicu" not in text
    assert "Wiadomość z hasłem" not in text
    assert "Wiadomość dla zalogowanych" not in text


def test_home_page_counts_the_alliance_partners(client, filled_home_page, partner_index):
    for _ in range(2):
        PartnerPageFactory(parent=partner_index, organisation_type=OrganisationType.UNIVERSITY)
    for _ in range(3):
        PartnerPageFactory(parent=partner_index, organisation_type=OrganisationType.NGO)
    PartnerPageFactory(parent=partner_index, live=False, organisation_type=OrganisationType.NGO)
    private = PartnerPageFactory(parent=partner_index, organisation_type=OrganisationType.OTHER)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    main = main_content(client.get("/"))

    teaser = next(
        (
            section
            for section in main.find_all(["section", "aside", "article", "div"])
            if partner_index.url in [a["href"] for a in section.find_all("a", href=True)]
            and "partner" in visible_text(section)
        ),
        None,
    )
    assert teaser is not None, "no Alliance teaser linking to the directory"
    teaser_text = visible_text(teaser).casefold()
    assert "5 partnerów" in teaser_text
    assert "uczelnia 2" in teaser_text
    assert "organizacja pozarządowa 3" in teaser_text
    assert "inna" not in teaser_text, "a type with only a private partner is counted"


def test_home_page_without_sections_still_renders(client, filled_home_page):
    response = client.get("/")

    assert response.status_code == 200
    assert "Witamy w bibliotece w Gryficach" in only_h1(response)


def test_home_page_escapes_editor_input(client, filled_home_page):
    filled_home_page.hero_lead = '<script>alert("lead")</script>'
    filled_home_page.save()

    content = client.get("/").content.decode()

    assert '<script>alert("lead")</script>' not in content
    assert "&lt;script&gt;" in content


def test_home_page_queries_do_not_grow_with_the_news(client, home_page, add_news):
    home_page.latest_news_count = 12
    home_page.save()
    add_news(5)
    few = queries_to_render(client, "/", "/aktualnosci/wiadomosc-")
    add_news(45)
    many = queries_to_render(client, "/", "/aktualnosci/wiadomosc-")

    assert len(many) == len(few), explain_growth(few, many)
