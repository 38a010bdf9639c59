"""What the site stores in a visitor's browser, by consent category: the single source for the
cookie banner's settings panel, consent.js and the privacy policy's cookie list.

The categories follow the ePrivacy rule (Prawo telekomunikacyjne / art. 5(3) of the directive):
what is strictly necessary needs no consent; everything else waits for an opt-in.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# Bump when the categories or their purposes change: visitors are then asked again.
CONSENT_VERSION = 1
# The first-party cookie holding the visitor's choice (version, date, accepted categories).
CONSENT_COOKIE_NAME = "zgoda_cookies"
# Consent is asked again after this many days (the supervisory authorities accept up to a year).
CONSENT_MAX_AGE_DAYS = 365


COOKIE = _("plik cookie")
LOCAL_STORAGE = _("pamięć lokalna przeglądarki (localStorage)")


@dataclass(frozen=True)
class StoredItem:
    """One cookie or storage entry: what it is called, who sets it, why and for how long."""

    name: str
    provider: str | Promise
    purpose: str | Promise
    lifetime: str | Promise
    kind: str | Promise = COOKIE


@dataclass(frozen=True)
class ConsentCategory:
    key: str
    name: str | Promise
    description: str | Promise
    items: tuple[StoredItem, ...]
    # Strictly necessary storage is always on and cannot be switched off.
    required: bool = False


OWN_SITE = _("ten serwis")

CATEGORIES: tuple[ConsentCategory, ...] = (
    ConsentCategory(
        key="niezbedne",
        name=_("Niezbędne"),
        description=_(
            "Bez nich serwis nie działa poprawnie. Zapamiętują Twój wybór dotyczący plików cookies "
            "i chronią formularze. Nie wymagają zgody i nie służą do śledzenia."
        ),
        required=True,
        items=(
            StoredItem(
                name=CONSENT_COOKIE_NAME,
                provider=OWN_SITE,
                purpose=_("Zapamiętuje Twój wybór w sprawie plików cookies (wersja i data)."),
                lifetime=_("12 miesięcy"),
            ),
            StoredItem(
                name="csrftoken",
                provider=OWN_SITE,
                purpose=_("Chroni formularze przed podszyciem się pod Ciebie (CSRF)."),
                lifetime=_("do 12 miesięcy; tylko gdy wysyłasz formularz"),
            ),
            StoredItem(
                name="reader-aids",
                provider=OWN_SITE,
                purpose=_(
                    "Zapamiętuje wybrany rozmiar tekstu i wysoki kontrast, gdy z nich skorzystasz."
                ),
                lifetime=_("do usunięcia w przeglądarce"),
                kind=LOCAL_STORAGE,
            ),
            StoredItem(
                name="sessionid",
                provider=OWN_SITE,
                purpose=_("Utrzymuje zalogowanie pracowników biblioteki do panelu redakcyjnego."),
                lifetime=_("2 tygodnie; tylko po zalogowaniu"),
            ),
        ),
    ),
    ConsentCategory(
        key="multimedia",
        name=_("Multimedia"),
        description=_(
            "Filmy i mapy z innych serwisów (YouTube, Vimeo, OpenStreetMap) wyświetlane na "
            "naszych stronach. Gdy je włączysz, te serwisy otrzymują Twój adres IP i mogą "
            "zapisać własne pliki cookies. Bez zgody pokazujemy tylko link do materiału "
            "i jego opis."
        ),
        items=(
            StoredItem(
                name=_("pliki cookies serwisu YouTube"),
                provider="Google Ireland Ltd. (youtube-nocookie.com)",
                purpose=_(
                    "Odtwarzanie filmu; w trybie rozszerzonej prywatności zapisywane dopiero "
                    "po uruchomieniu filmu."
                ),
                lifetime=_("zależnie od serwisu YouTube"),
            ),
            StoredItem(
                name=_("pliki cookies serwisu Vimeo"),
                provider="Vimeo.com, Inc. (player.vimeo.com)",
                purpose=_("Odtwarzanie filmu i zapamiętanie ustawień odtwarzacza."),
                lifetime=_("zależnie od serwisu Vimeo"),
            ),
            StoredItem(
                name=_("dane przekazywane OpenStreetMap"),
                provider="OpenStreetMap Foundation (openstreetmap.org)",
                purpose=_("Wyświetlenie mapy; serwis otrzymuje adres IP przy pobieraniu mapy."),
                lifetime=_("bez plików cookies; dane w dziennikach serwera"),
                kind=_("połączenie z serwisem"),
            ),
        ),
    ),
)

# Said in the banner and the privacy policy: the site measures nothing about its visitors.
NO_STATISTICS_NOTE = _(
    "Nie używamy plików cookies statystycznych, analitycznych ani reklamowych "
    "i nie mierzymy ruchu w serwisie."
)


def optional_category_keys() -> list[str]:
    """The categories a visitor may accept or refuse (consent.js knows only these)."""
    return [category.key for category in CATEGORIES if not category.required]
