"""The powiat map drawn by the site, schema.org JSON-LD, and the partner page's extras."""

import json
import re

import pytest

from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from partners.models import PartnerPage
from partners.vocabularies import OrganisationType, Powiat
from tests.helpers import main_content, soup, visible_text

pytestmark = pytest.mark.django_db


def json_ld(response) -> list[dict]:
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert scripts, "no JSON-LD on the page"
    return [json.loads(script.string) for script in scripts]


def test_map_has_a_link_per_powiat_with_its_count(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url, {"typ": "biblioteka-kultura"}))
    svg = main.find("svg")

    links = svg.find_all("a")
    assert len(links) == 21
    assert {link["data-powiat"] for link in links} == set(Powiat.values)
    assert all(link.find("path")["d"].startswith("M") for link in links)
    labels = {link["data-powiat"]: link["aria-label"] for link in links}
    # Counts follow the other filters (type: library or culture): ŁCK in łobeski, KBP in Koszalin.
    assert labels["lobeski"] == "powiat łobeski: 1 partner"
    assert labels["koszalin"] == "Koszalin (miasto na prawach powiatu): 1 partner"
    assert labels["swidwinski"] == "powiat świdwiński: 0 partnerów"
    lobeski = next(link for link in links if link["data-powiat"] == "lobeski")
    assert "powiat=lobeski" in lobeski["href"] and "typ=biblioteka-kultura" in lobeski["href"]
    # Shades are explained in words and backed by numbers on the map.
    assert lobeski.find("text").get_text() == "1"
    assert "brak partnerów" in visible_text(main.find(class_="powiat-map__legend"))


def test_map_link_filters_the_list(client, partner_index, varied_partners):
    main = main_content(client.get(partner_index.url))
    link = main.find("svg").find("a", attrs={"data-powiat": "lobeski"})
    assert link["aria-label"] == "powiat łobeski: 2 partnerzy"

    filtered = main_content(client.get(link["href"]))

    titles = [a.get_text(strip=True) for a in filtered.select(".card__link")]
    assert sorted(titles) == ["Lubińskie Stowarzyszenie Cyfrowe", "Łobeskie Centrum Kultury"]
    selected = filtered.find("svg").find("a", attrs={"aria-current": "true"})
    assert selected["data-powiat"] == "lobeski"


def test_map_names_its_source_and_licence(client, partner_index):
    attribution = main_content(client.get(partner_index.url)).find(class_="powiat-map__attribution")
    text = " ".join(attribution.get_text().split())

    assert "© 2019 Piotr Patrzyk, polska-geojson (MIT), dane: PRG, GUGiK" in text


def test_directory_json_ld_is_an_item_list(client, partner_index, varied_partners):
    (data,) = json_ld(client.get(partner_index.url, {"powiat": "koszalin"}))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ItemList"
    names = [item["name"] for item in data["itemListElement"]]
    assert names == ["Gmina Miasto Koszalin", "Koszalińska Biblioteka Publiczna"]
    assert [item["position"] for item in data["itemListElement"]] == [1, 2]
    assert data["itemListElement"][1]["url"].endswith(varied_partners["kbp"].url)
    assert data["itemListElement"][1]["url"].startswith("http")


def test_partner_json_ld_is_an_organization(client, partner_index):
    page = PartnerPageFactory(
        parent=partner_index,
        title="Koszalińska Biblioteka Publiczna",
        short_name="KBP",
        email="sekretariat@biblioteka.koszalin.pl",
        website="https://www.biblioteka.koszalin.pl/",
        street_address="ul. Mickiewicza 23",
        postal_code="75-004",
        city="Koszalin",
    )

    (data,) = json_ld(client.get(page.url))

    assert data["@type"] == "Organization"
    assert data["name"] == "Koszalińska Biblioteka Publiczna"
    assert data["alternateName"] == "KBP"
    assert data["sameAs"] == "https://www.biblioteka.koszalin.pl/"
    assert data["address"]["postalCode"] == "75-004"
    assert data["address"]["addressLocality"] == "Koszalin"
    assert data["memberOf"]["name"] == partner_index.title
    assert data["email"] == "sekretariat@biblioteka.koszalin.pl"


def test_json_ld_cannot_be_closed_by_a_name(client, partner_index):
    title = '</script><script>alert("x")</script> & <!--'
    page = PartnerPageFactory(parent=partner_index, title=title, slug="skrypt")

    for response in (client.get(page.url), client.get(partner_index.url)):
        content = response.content.decode()
        assert '<script>alert("x")</script>' not in content
        names = [data.get("name") for data in json_ld(response)]
        items = [
            item["name"] for data in json_ld(response) for item in data.get("itemListElement", [])
        ]
        assert title in names + items


def test_email_is_a_working_link_but_not_plain_text(client, partner_index):
    page = PartnerPageFactory(parent=partner_index, email="sekretariat@biblioteka.koszalin.pl")

    response = client.get(page.url)
    raw = response.content.decode()
    main = main_content(response)

    assert "sekretariat@biblioteka.koszalin.pl" not in raw
    assert not re.search(r"mailto:", raw)
    link = main.find("a", href="mailto:sekretariat@biblioteka.koszalin.pl")
    assert link is not None
    assert link.get_text() == "sekretariat@biblioteka.koszalin.pl"


def test_partner_page_lists_news_and_neighbours(client, partner_index, news_index):
    partner = PartnerPageFactory(
        parent=partner_index, title="Miejska Biblioteka Publiczna w Gryficach", slug="mbp"
    )
    neighbour = PartnerPageFactory(parent=partner_index, title="Gmina Gryfice", slug="gryfice")
    PartnerPageFactory(parent=partner_index, slug="daleko", powiat=Powiat.SZCZECIN)
    PartnerPageFactory(parent=partner_index, slug="szkic", powiat=Powiat.GRYFICKI, live=False)
    about = NewsPageFactory(parent=news_index, title="Biblioteka w Aliansie", slug="alians")
    about.related_partners.create(partner=partner)
    about.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Inna wiadomość", slug="inna")

    main = main_content(client.get(partner.url))
    news_section = main.find(id="news-heading").find_parent("section")
    neighbours_section = main.find(id="neighbours-heading").find_parent("section")

    assert [a.get_text(strip=True) for a in news_section.select(".card__link")] == [about.title]
    hrefs = [a["href"] for a in neighbours_section.find_all("a")]
    assert hrefs[:-1] == [neighbour.url]
    assert hrefs[-1] == f"{partner_index.url}?powiat=gryficki#katalog"


def test_partner_page_queries_do_not_grow_with_neighbours(
    client, partner_index, django_assert_max_num_queries
):
    partner = PartnerPageFactory(parent=partner_index, organisation_type=OrganisationType.OTHER)
    for n in range(8):
        PartnerPageFactory(parent=partner_index, slug=f"sasiad-{n}")
    client.get(partner.url)
    with django_assert_max_num_queries(30):
        assert client.get(partner.url).status_code == 200
    assert PartnerPage.objects.count() == 9
