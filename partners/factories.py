import factory

from core.factories import BasePageFactory

from .models import PartnerIndexPage, PartnerPage
from .vocabularies import OrganisationType, Powiat


class PartnerIndexPageFactory(BasePageFactory):
    title = "Zachodniopomorski Alians dla Rozwoju Społeczeństwa Informacyjnego"
    slug = "alians"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Organizacja partnerska {n}")
    organisation_type = OrganisationType.NGO
    powiat = Powiat.GRYFICKI
    city = "Gryfice"

    class Meta:
        model = PartnerPage
        # The areas hook saves itself, only when it has something to save.
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)
            self.save()
