import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage, StandardPage
from images.factories import CustomImageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat
from tests.helpers import (
    explain_growth,
    html_lang,
    main_content,
    only_h1,
    queries_to_render,
    urls_in_order,
    visible_text,
)


class PartnerIndexPageTreeTests(WagtailPageTestCase):
    def test_directory_hangs_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(PartnerIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, PartnerIndexPage)
        self.assertCanNotCreateAt(StandardPage, PartnerIndexPage)
        self.assertCanNotCreateAt(NewsIndexPage, PartnerIndexPage)
        self.assertCanNotCreateAt(PartnerIndexPage, PartnerIndexPage)

    def test_directory_holds_partners_only(self):
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertCanNotCreateAt(PartnerIndexPage, StandardPage)
        self.assertCanNotCreateAt(PartnerIndexPage, NewsPage)

    def test_there_is_one_directory(self):
        home_page = HomePage.objects.get()
        self.assertTrue(PartnerIndexPage.can_create_at(home_page))
        PartnerIndexPageFactory(parent=home_page)
        self.assertFalse(PartnerIndexPage.can_create_at(home_page))

        self.login()
        add_url = reverse(
            "wagtailadmin_pages:add", args=["partners", "partnerindexpage", home_page.pk]
        )
        self.assertIn(self.client.get(add_url).status_code, (302, 403))
        self.client.post(add_url, {"title": "Drugi Alians", "slug": "drugi-alians"})
        self.assertEqual(PartnerIndexPage.objects.count(), 1)


class PartnerIndexPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partner_index = PartnerIndexPageFactory(parent=HomePage.objects.get())
        PartnerPageFactory(parent=cls.partner_index)

    def form_data(self) -> dict:
        return nested_form_data(
            {
                "title": self.partner_index.title,
                "slug": self.partner_index.slug,
                "agreement_date": "2009-12-09",
                "agreement_place": "Koszalin",
                "body": streamfield([("heading", {"text": "Cele Aliansu", "level": "h2"})]),
            }
        )

    def test_renderable(self):
        self.assertPageIsRenderable(self.partner_index)
        self.assertPageIsRenderable(self.partner_index, query_data={"typ": "uczelnia"})

    def test_editable(self):
        self.assertPageIsEditable(self.partner_index, post_data=self.form_data())

    def test_previewable(self):
        self.assertPageIsPreviewable(self.partner_index, post_data=self.form_data())


pytestmark = pytest.mark.django_db


def test_directory_shows_partner_cards_in_alphabetical_order(client, partner_index):
    partner_index.intro = "<p>Porozumienie na rzecz społeczeństwa informacyjnego.</p>"
    partner_index.save()
    names = [
        "Szczeciński Park Naukowo-Technologiczny",
        "Gmina Miasto Koszalin",
        "Urząd Marszałkowski",
    ]
    partners = [
        PartnerPageFactory(
            parent=partner_index,
            title=name,
            slug=f"partner-{n}",
            organisation_type=OrganisationType.LOCAL_GOVERNMENT,
            logo=CustomImageFactory(description=f"Logo: {name}"),
        )
        for n, name in enumerate(names)
    ]

    response = client.get(partner_index.url)

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert only_h1(response) == partner_index.title
    main = main_content(response)
    assert "Porozumienie na rzecz społeczeństwa informacyjnego." in visible_text(main)
    alphabetical = sorted(partners, key=lambda page: page.title)
    assert urls_in_order(main, [p.url for p in partners]) == [p.url for p in alphabetical]
    assert "jednostka samorządu terytorialnego" in visible_text(main).casefold()


def test_directory_has_a_filter_form(client, partner_index):
    PartnerPageFactory(parent=partner_index)

    main = main_content(client.get(partner_index.url, {"typ": "uczelnia", "powiat": "koszalin"}))

    form = next(
        (form for form in main.find_all("form") if form.find("select", attrs={"name": "typ"})),
        None,
    )
    assert form is not None, "no filter form with a `typ` select"
    assert form.get("method", "get").lower() == "get"
    type_select = form.find("select", attrs={"name": "typ"})
    powiat_select = form.find("select", attrs={"name": "powiat"})
    assert powiat_select is not None
    type_values = {option.get("value") for option in type_select.find_all("option")}
    assert set(OrganisationType.values) <= type_values
    powiat_values = {option.get("value") for option in powiat_select.find_all("option")}
    assert set(Powiat.values) <= powiat_values
    assert type_select.find("option", selected=True)["value"] == "uczelnia"
    assert powiat_select.find("option", selected=True)["value"] == "koszalin"
    # Every control has a label a screen reader can announce.
    for select in (type_select, powiat_select):
        assert form.find("label", attrs={"for": select.get("id")}) is not None


def test_directory_filters_by_type_and_powiat(client, partner_index):
    match = PartnerPageFactory(
        parent=partner_index,
        title="Politechnika Koszalińska",
        organisation_type=OrganisationType.UNIVERSITY,
        powiat=Powiat.KOSZALIN,
    )
    other_powiat = PartnerPageFactory(
        parent=partner_index,
        title="Uniwersytet Szczeciński",
        organisation_type=OrganisationType.UNIVERSITY,
        powiat=Powiat.SZCZECIN,
    )
    other_type = PartnerPageFactory(
        parent=partner_index,
        title="Gmina Miasto Koszalin",
        organisation_type=OrganisationType.LOCAL_GOVERNMENT,
        powiat=Powiat.KOSZALIN,
    )
    urls = [match.url, other_powiat.url, other_type.url]

    both = main_content(client.get(partner_index.url, {"typ": "uczelnia", "powiat": "koszalin"}))
    by_type = main_content(client.get(partner_index.url, {"typ": "uczelnia"}))
    by_powiat = main_content(client.get(partner_index.url, {"powiat": "koszalin"}))

    assert urls_in_order(both, urls) == [match.url]
    assert urls_in_order(by_type, urls) == [match.url, other_powiat.url]
    assert urls_in_order(by_powiat, urls) == [other_type.url, match.url]


def test_directory_never_lists_drafts_or_private_partners(client, partner_index):
    public = PartnerPageFactory(parent=partner_index, title="Organizacja publiczna")
    PartnerPageFactory(parent=partner_index, title="Organizacja w szkicu", live=False)
    with_password = PartnerPageFactory(parent=partner_index, title="Organizacja z hasłem")
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    for_logged_in = PartnerPageFactory(parent=partner_index, title="Organizacja ukryta")
    PageViewRestriction.objects.create(
        page=for_logged_in, restriction_type=PageViewRestriction.LOGIN
    )

    text = visible_text(main_content(client.get(partner_index.url)))

    assert public.title in text
    for title in ("Organizacja w szkicu", "Organizacja z hasłem", "Organizacja ukryta"):
        assert title not in text


def test_directory_paginates(client, partner_index):
    assert PartnerIndexPage.partners_per_page == 20
    partners = [
        PartnerPageFactory(parent=partner_index, title=f"Partner {n:02d}", slug=f"partner-{n:02d}")
        for n in range(21)
    ]
    urls = [page.url for page in partners]

    first = main_content(client.get(partner_index.url))
    second_response = client.get(partner_index.url, {"page": "2"})
    filtered_second = client.get(partner_index.url, {"page": "2", "typ": "inna"})

    assert urls_in_order(first, urls) == urls[:20]
    assert second_response.status_code == 200
    assert urls_in_order(main_content(second_response), urls) == urls[20:]
    # Filtered down to nothing: the second page falls back to the last (empty) one.
    assert filtered_second.status_code in (200, 404)
    if filtered_second.status_code == 200:
        assert urls_in_order(main_content(filtered_second), urls) == []


def test_pagination_links_keep_the_filters(client, partner_index):
    for n in range(21):
        PartnerPageFactory(
            parent=partner_index,
            slug=f"uczelnia-{n}",
            organisation_type=OrganisationType.UNIVERSITY,
        )

    main = main_content(client.get(partner_index.url, {"typ": "uczelnia"}))

    next_links = [a["href"] for a in main.find_all("a", href=True) if "page=2" in a["href"]]
    assert next_links, "no link to the second page"
    assert all("typ=uczelnia" in href for href in next_links)


@pytest.mark.parametrize(
    "query",
    [
        {"typ": "nonsense"},
        {"powiat": "<script>alert(1)</script>"},
        {"typ": "", "powiat": ""},
        {"typ": ["uczelnia", "inna"]},
        {"obszar": "nie-ma"},
        {"q": "x" * 5000},
        {"page": "abc"},
        {"page": "999"},
        {"page": "-1"},
        {"typ": "uczelnia\x00"},
    ],
)
def test_bad_filter_values_never_fail(client, partner_index, query):
    PartnerPageFactory(parent=partner_index)

    response = client.get(partner_index.url, query)

    assert response.status_code in (200, 404)
    assert b"<script>alert(1)</script>" not in response.content


def test_unknown_type_is_ignored(client, partner_index):
    partner = PartnerPageFactory(parent=partner_index)

    response = client.get(partner_index.url, {"typ": "nonsense", "powiat": "atlantyda"})

    assert response.status_code == 200
    assert urls_in_order(main_content(response), [partner.url]) == [partner.url]


def test_partner_names_are_escaped_in_the_directory(client, partner_index):
    PartnerPageFactory(parent=partner_index, title='<script>alert("nazwa")</script>', slug="skrypt")

    content = client.get(partner_index.url).content.decode()

    assert '<script>alert("nazwa")</script>' not in content
    assert "&lt;script&gt;" in content


@pytest.mark.parametrize("query", ["", "?typ=uczelnia", "?powiat=gryficki"])
def test_directory_queries_do_not_grow_with_the_partners(
    client, partner_index, add_partners, query
):
    add_partners(5)
    few = queries_to_render(client, partner_index.url + query, f"{partner_index.url}partner-")
    add_partners(45)
    many = queries_to_render(client, partner_index.url + query, f"{partner_index.url}partner-")

    assert len(many) == len(few), explain_growth(few, many)
