import datetime

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.factories import paragraphs
from home.models import HomePage, StandardPage
from images.factories import CustomImageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.models import EngagementArea, PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat
from tests.helpers import html_lang, main_content, only_h1, soup, visible_text


class PartnerPageTreeTests(WagtailPageTestCase):
    def test_partner_hangs_under_the_directory_only(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertCanCreateAt(PartnerIndexPage, PartnerPage)
        self.assertCanNotCreateAt(HomePage, PartnerPage)
        self.assertCanNotCreateAt(StandardPage, PartnerPage)
        self.assertCanNotCreateAt(NewsIndexPage, PartnerPage)
        self.assertCanNotCreateAt(PartnerPage, PartnerPage)

    def test_partner_has_no_children(self):
        self.assertAllowedSubpageTypes(PartnerPage, set())
        self.assertCanNotCreateAt(PartnerPage, NewsPage)


class PartnerPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partner_index = PartnerIndexPageFactory(parent=HomePage.objects.get())
        cls.page = PartnerPageFactory(parent=cls.partner_index, title="Gmina Miasto Szczecin")

    def form_data(self, **fields) -> dict:
        data = {
            "title": "Gmina Miasto Szczecin",
            "slug": self.page.slug,
            "organisation_type": OrganisationType.LOCAL_GOVERNMENT,
            "powiat": Powiat.SZCZECIN,
            "phone": "+48 91 424 50 00",
            "postal_code": "70-456",
            "city": "Szczecin",
            "body": streamfield([]),
        }
        data.update(fields)
        return nested_form_data(data)

    def test_renderable(self):
        self.assertPageIsRenderable(self.page)

    def test_editable(self):
        self.assertPageIsEditable(self.page, post_data=self.form_data())

    def test_previewable(self):
        self.assertPageIsPreviewable(self.page, post_data=self.form_data())

    def test_editor_saves_a_partner(self):
        self.login()
        data = self.form_data()
        data["action-publish"] = "action-publish"

        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[self.page.pk]), data)

        self.assertEqual(response.status_code, 302)
        page = PartnerPage.objects.get(pk=self.page.pk)
        self.assertEqual(page.organisation_type, OrganisationType.LOCAL_GOVERNMENT)
        self.assertEqual(page.powiat, Powiat.SZCZECIN)
        self.assertEqual(page.postal_address, "70-456 Szczecin")

    def test_editor_gets_errors_for_bad_contact_data(self):
        self.login()
        data = self.form_data(postal_code="70456", phone="zadzwoń", latitude="53.43")
        data["action-publish"] = "action-publish"

        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[self.page.pk]), data)

        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("postal_code", errors)
        self.assertIn("phone", errors)
        self.assertIn("Podaj obie współrzędne albo żadnej.", str(errors))


pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(partner_index) -> PartnerPage:
    page = PartnerPageFactory(
        parent=partner_index,
        title="Koszalińska Biblioteka Publiczna im. Joachima Lelewela",
        slug="kbp",
        short_name="KBP",
        organisation_type=OrganisationType.LIBRARY_OR_CULTURE,
        powiat=Powiat.KOSZALIN,
        website="https://www.biblioteka.koszalin.pl/",
        email="sekretariat@biblioteka.koszalin.pl",
        phone="+48 94 348 15 00",
        street_address="ul. Mickiewicza 23",
        postal_code="75-004",
        city="Koszalin",
        joined_date=datetime.date(2009, 12, 9),
        role="Gospodarz konferencji, na której podpisano porozumienie.",
        logo=CustomImageFactory(description="Logo Koszalińskiej Biblioteki Publicznej"),
        body=paragraphs("Biblioteka wojewódzka w Koszalinie."),
    )
    area = EngagementArea.objects.get_or_create(slug="edukacja", defaults={"name": "edukacja"})[0]
    page.areas.add(area)
    page.save()
    return page


def test_partner_page_shows_who_and_where(client, partner):
    response = client.get(partner.url)

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert only_h1(response) == partner.title
    main = main_content(response)
    text = visible_text(main)
    assert "biblioteka lub instytucja kultury" in text.casefold()
    assert "Koszalin (miasto na prawach powiatu)" in text
    assert "ul. Mickiewicza 23" in text
    assert "75-004 Koszalin" in text
    assert "9 grudnia 2009" in text
    assert "Gospodarz konferencji, na której podpisano porozumienie." in text
    assert "Biblioteka wojewódzka w Koszalinie." in text
    assert "edukacja" in text.casefold()
    assert main.find("img", alt="Logo Koszalińskiej Biblioteki Publicznej") is not None


def test_partner_page_contact_details_are_links(client, partner):
    main = main_content(client.get(partner.url))
    hrefs = [a["href"] for a in main.find_all("a", href=True)]

    assert "https://www.biblioteka.koszalin.pl/" in hrefs
    assert "mailto:sekretariat@biblioteka.koszalin.pl" in hrefs
    phone_links = [href for href in hrefs if href.startswith("tel:")]
    assert phone_links, "the phone number is not a tel: link"
    assert phone_links[0].replace(" ", "").removeprefix("tel:") == "+48943481500"


def test_partner_page_without_optional_details_renders(client, partner_index):
    page = PartnerPageFactory(
        parent=partner_index, powiat="", city="", organisation_type=OrganisationType.OTHER
    )

    response = client.get(page.url)

    assert response.status_code == 200
    assert only_h1(response) == page.title
    main = main_content(response)
    assert not [
        a for a in main.find_all("a", href=True) if a["href"].startswith(("tel:", "mailto:"))
    ]


def test_draft_and_private_partner_pages_are_not_shown(client, partner_index):
    PartnerPageFactory(parent=partner_index, slug="szkic", live=False)
    private = PartnerPageFactory(parent=partner_index, slug="ukryty", role="Rola poufna")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(f"{partner_index.url}szkic/").status_code == 404
    response = client.get(private.url)
    assert response.status_code == 302
    assert "Rola poufna" not in response.content.decode()


def test_partner_input_is_escaped(client, partner_index):
    page = PartnerPageFactory(
        parent=partner_index,
        slug="skrypt",
        title='<script>alert("nazwa")</script>',
        role='<script>alert("rola")</script>',
        signatory='<img src=x onerror=alert("podpis")>',
    )

    content = client.get(page.url).content.decode()

    assert '<script>alert("nazwa")</script>' not in content
    assert '<script>alert("rola")</script>' not in content
    assert '<img src=x onerror=alert("podpis")>' not in content
    assert soup(client.get(page.url)).find("img", src="x") is None
