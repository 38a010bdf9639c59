"""Fixed vocabularies of the Alliance directory. Values are ASCII and stable: they appear in shared URLs."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    LOCAL_GOVERNMENT = "samorzad", _("jednostka samorządu terytorialnego")
    NGO = "organizacja-pozarzadowa", _("organizacja pozarządowa")
    UNIVERSITY = "uczelnia", _("uczelnia")
    ICT_COMPANY = "firma-ict", _("firma sektora ICT")
    LIBRARY_OR_CULTURE = "biblioteka-kultura", _("biblioteka lub instytucja kultury")
    OTHER = "inna", _("inna")


class Powiat(models.TextChoices):
    """The 21 powiats of województwo zachodniopomorskie: 18 land powiats and 3 city powiats."""

    BIALOGARDZKI = "bialogardzki", _("białogardzki")
    CHOSZCZENSKI = "choszczenski", _("choszczeński")
    DRAWSKI = "drawski", _("drawski")
    GOLENIOWSKI = "goleniowski", _("goleniowski")
    GRYFICKI = "gryficki", _("gryficki")
    GRYFINSKI = "gryfinski", _("gryfiński")
    KAMIENSKI = "kamienski", _("kamieński")
    KOLOBRZESKI = "kolobrzeski", _("kołobrzeski")
    KOSZALINSKI = "koszalinski", _("koszaliński")
    LOBESKI = "lobeski", _("łobeski")
    MYSLIBORSKI = "mysliborski", _("myśliborski")
    POLICKI = "policki", _("policki")
    PYRZYCKI = "pyrzycki", _("pyrzycki")
    SLAWIENSKI = "slawienski", _("sławieński")
    STARGARDZKI = "stargardzki", _("stargardzki")
    SZCZECINECKI = "szczecinecki", _("szczecinecki")
    SWIDWINSKI = "swidwinski", _("świdwiński")
    WALECKI = "walecki", _("wałecki")
    KOSZALIN = "koszalin", _("Koszalin (miasto na prawach powiatu)")
    SZCZECIN = "szczecin", _("Szczecin (miasto na prawach powiatu)")
    SWINOUJSCIE = "swinoujscie", _("Świnoujście (miasto na prawach powiatu)")
