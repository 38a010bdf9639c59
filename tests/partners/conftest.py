"""A small, varied Alliance directory for the directory, export, import and API tests."""

import datetime

import pytest

from partners.factories import PartnerPageFactory
from partners.models import EngagementArea, PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat


def area(slug: str) -> EngagementArea:
    """One of the eight areas the data migration seeds."""
    return EngagementArea.objects.get(slug=slug)


@pytest.fixture
def varied_partners(partner_index: PartnerIndexPage) -> dict[str, PartnerPage]:
    """Five partners spread over types, powiats and areas, named to test Polish order."""
    education = area("edukacja")
    e_government = area("e-administracja")
    specs = {
        "kbp": {
            "title": "Koszalińska Biblioteka Publiczna",
            "short_name": "KBP",
            "organisation_type": OrganisationType.LIBRARY_OR_CULTURE,
            "powiat": Powiat.KOSZALIN,
            "joined_date": datetime.date(2009, 12, 9),
            "areas": [education],
        },
        "lobez": {
            "title": "Łobeskie Centrum Kultury",
            "organisation_type": OrganisationType.LIBRARY_OR_CULTURE,
            "powiat": Powiat.LOBESKI,
            "joined_date": datetime.date(2012, 5, 1),
            "areas": [education, e_government],
        },
        "lubin": {
            "title": "Lubińskie Stowarzyszenie Cyfrowe",
            "organisation_type": OrganisationType.NGO,
            "powiat": Powiat.LOBESKI,
            "joined_date": datetime.date(2010, 3, 15),
            "areas": [e_government],
        },
        "gmina": {
            "title": "Gmina Miasto Koszalin",
            "organisation_type": OrganisationType.LOCAL_GOVERNMENT,
            "powiat": Powiat.KOSZALIN,
            "joined_date": None,
            "areas": [e_government],
        },
        "swid": {
            "title": "Świdwiński Klub Informatyczny",
            "organisation_type": OrganisationType.NGO,
            "powiat": Powiat.SWIDWINSKI,
            "joined_date": datetime.date(2009, 12, 9),
            "areas": [],
        },
    }
    return {
        slug: PartnerPageFactory(parent=partner_index, slug=slug, **fields)
        for slug, fields in specs.items()
    }
