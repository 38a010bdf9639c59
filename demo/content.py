"""The demo site built from the seed (DESIGN.md §3): the library's pages, the Alliance and its partners.

Every fact here comes from the seed (`seed_text.SEED_PATH`) or is generic text that holds for any
library; where the seed says nothing (addresses, phones, opening hours) fields stay blank for the
editors to fill in.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from wagtail.models import Page, Site

from core.models import LibrarySettings, NavigationSettings
from home.models import HomePage, StandardPage
from news.factories import NewsCategoryFactory
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat

from .pages import Tally, polish_tags, sync_page, sync_setting
from .seed_text import SeedArticle

# The seed dates the signing "9 grudnia" without a year; the agreement is from December 2009.
AGREEMENT_DATE = datetime.date(2009, 12, 9)
AGREEMENT_PLACE = "Koszalińska Biblioteka Publiczna im. Joachima Lelewela w Koszalinie"
LIBRARY_SHORT_NAME = "MBP w Gryficach"

CATEGORY_NAMES = ["Wydarzenia", "Alians", "Dla dzieci"]
NEWS_TAGS = ["Alians", "PRO@ctis", "społeczeństwo informacyjne"]
NEWS_SLUG = "biblioteka-przystapila-do-aliansu"


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def rich_paragraph(html: str) -> dict:
    """A paragraph whose (trusted, hand-written) HTML holds links to pages of the site."""
    return {"type": "paragraph", "value": f"<p>{html}</p>"}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def page_link(page: Page, text: str) -> str:
    return f'<a linktype="page" id="{page.pk}">{escape(text)}</a>'


def menu_link(page: Page, label: str = "") -> dict:
    return {"type": "link", "value": {"page": page.pk, "url": "", "label": label}}


@dataclass(frozen=True)
class Partner:
    slug: str
    title: str
    organisation_type: str
    powiat: str
    city: str
    role: str
    short_name: str = ""
    joined_date: datetime.date | None = None

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "short_name": self.short_name,
            "organisation_type": self.organisation_type,
            "powiat": self.powiat,
            "city": self.city,
            "joined_date": self.joined_date,
            "role": self.role,
        }


# Exactly the organisations the seed names, in the order it names them, each with the part the
# seed says it played. Contact details, addresses and signatories are not in the seed: left blank.
PARTNERS = [
    Partner(
        slug="miejska-biblioteka-publiczna-w-gryficach",
        title="Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego w Gryficach",
        short_name=LIBRARY_SHORT_NAME,
        organisation_type=OrganisationType.LIBRARY_OR_CULTURE,
        powiat=Powiat.GRYFICKI,
        city="Gryfice",
        joined_date=AGREEMENT_DATE,
        role=(
            "Przystąpiła do Aliansu, podpisując porozumienie 9 grudnia 2009 r. w Koszalińskiej "
            "Bibliotece Publicznej im. Joachima Lelewela w Koszalinie."
        ),
    ),
    Partner(
        slug="koszalinska-biblioteka-publiczna",
        title="Koszalińska Biblioteka Publiczna im. Joachima Lelewela",
        organisation_type=OrganisationType.LIBRARY_OR_CULTURE,
        powiat=Powiat.KOSZALIN,
        city="Koszalin",
        role=(
            "Gospodarz podpisania porozumienia: 9 grudnia 2009 r. odbyła się w niej konferencja "
            "podsumowująca realizację projektu PRO@ctis."
        ),
    ),
    Partner(
        slug="urzad-marszalkowski-wojewodztwa-zachodniopomorskiego",
        title="Urząd Marszałkowski Województwa Zachodniopomorskiego",
        organisation_type=OrganisationType.LOCAL_GOVERNMENT,
        powiat=Powiat.SZCZECIN,
        city="Szczecin",
        role=(
            "Marszałek Województwa Zachodniopomorskiego Władysław Husejko wziął udział "
            "w konferencji w Koszalinie, podczas której podpisano porozumienie."
        ),
    ),
    Partner(
        slug="gmina-miasto-szczecin",
        title="Gmina Miasto Szczecin",
        organisation_type=OrganisationType.LOCAL_GOVERNMENT,
        powiat=Powiat.SZCZECIN,
        city="Szczecin",
        role=(
            "Prezydent Szczecina wziął udział w konferencji w Koszalinie i podpisał z prezydentem "
            "Koszalina list intencyjny w sprawie budowy zachodniopomorskiego portalu edukacyjnego."
        ),
    ),
    Partner(
        slug="gmina-miasto-koszalin",
        title="Gmina Miasto Koszalin — Urząd Miejski w Koszalinie",
        organisation_type=OrganisationType.LOCAL_GOVERNMENT,
        powiat=Powiat.KOSZALIN,
        city="Koszalin",
        role=(
            "Urząd Miejski w Koszalinie był współorganizatorem konferencji podsumowującej projekt "
            "PRO@ctis; prezydent Koszalina podpisał z prezydentem Szczecina list intencyjny "
            "w sprawie budowy zachodniopomorskiego portalu edukacyjnego."
        ),
    ),
    Partner(
        slug="stowarzyszenie-miasta-w-internecie",
        title="Stowarzyszenie „Miasta w Internecie”",
        organisation_type=OrganisationType.NGO,
        # The seed does not place the association in any powiat of the voivodeship.
        powiat="",
        city="",
        role=(
            "Organizator konferencji podsumowującej projekt PRO@ctis, który realizuje wraz "
            "ze Szczecińskim Parkiem Naukowo-Technologicznym."
        ),
    ),
    Partner(
        slug="szczecinski-park-naukowo-technologiczny",
        title="Szczeciński Park Naukowo-Technologiczny",
        organisation_type=OrganisationType.OTHER,
        powiat=Powiat.SZCZECIN,
        city="Szczecin",
        role="Realizuje projekt PRO@ctis wraz ze Stowarzyszeniem „Miasta w Internecie”.",
    ),
]


@dataclass
class DemoSite:
    """The pages the demo content consists of, for the menus and for the command's callers."""

    home: HomePage
    pages: dict[str, Page] = field(default_factory=dict)


def _sync_homepage(values: dict[str, Any], tally: Tally) -> HomePage:
    """The site's HomePage (migration home/0003 creates it), or a new one if it was removed."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        home = site.root_page.specific
    else:
        home = HomePage.objects.first()
    if home is not None:
        return sync_page(home.get_parent(), HomePage, home.slug, values, tally)
    home = sync_page(Page.get_first_root_node(), HomePage, "strona-glowna", values, tally)
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=LIBRARY_SHORT_NAME,
        )
    else:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


def _news_body(seed: SeedArticle) -> list[dict]:
    # The lead shows the first sentence above the body; the body carries the rest of the article
    # verbatim, so that the whole seed text reads once, in order.
    rest_of_first = seed.paragraphs[0][len(seed.first_sentence) :].strip()
    body_paragraphs = ([rest_of_first] if rest_of_first else []) + list(seed.paragraphs[1:])
    return [paragraph(text) for text in body_paragraphs]


def build_site(seed: SeedArticle, tally: Tally) -> DemoSite:
    library_name = seed.site_header
    home = _sync_homepage(
        {
            "title": library_name,
            "hero_heading": library_name,
            "hero_lead": (
                "Miejska biblioteka publiczna w Gryficach. W grudniu 2009 roku przystąpiliśmy "
                "do Zachodniopomorskiego Aliansu dla Rozwoju Społeczeństwa Informacyjnego."
            ),
            "search_description": f"{library_name}: aktualności biblioteki i Alians.",
        },
        tally,
    )
    site = DemoSite(home=home)
    home_kind = str(HomePage._meta.verbose_name)
    home_written_now = bool(tally.created[home_kind] or tally.updated[home_kind])

    site.pages["news_index"] = sync_page(
        home,
        NewsIndexPage,
        "aktualnosci",
        {
            "title": "Aktualności",
            "intro": "<p>Wiadomości z Miejskiej Biblioteki Publicznej w Gryficach.</p>",
            "search_description": "Aktualności Miejskiej Biblioteki Publicznej w Gryficach.",
        },
        tally,
    )
    site.pages["alliance"] = alliance = sync_page(
        home,
        PartnerIndexPage,
        "alians",
        {
            "title": seed.heading,
            "intro": (
                f"<p>{escape(seed.heading)} to regionalne partnerstwo samorządów, organizacji "
                "pozarządowych, uczelni wyższych, a także firm sektora ICT. Porozumienie "
                "podpisano podczas konferencji podsumowującej realizację projektu PRO@ctis.</p>"
            ),
            "agreement_date": AGREEMENT_DATE,
            "agreement_place": AGREEMENT_PLACE,
            # The seed closes with what the signatories will do: the Alliance's goals.
            "body": [heading("Cele Aliansu"), *(paragraph(text) for text in seed.paragraphs[-2:])],
            "search_description": (
                "Regionalne partnerstwo samorządów, organizacji pozarządowych, uczelni "
                "i firm sektora ICT: cele Aliansu i katalog partnerów."
            ),
        },
        tally,
    )
    partners = [
        sync_page(alliance, PartnerPage, partner.slug, partner.values(), tally)
        for partner in PARTNERS
    ]

    categories = {}
    for position, name in enumerate(CATEGORY_NAMES):
        existed = NewsCategory.objects.filter(name=name).exists()
        categories[name] = NewsCategoryFactory(name=name, sort_order=position)
        tally.record("unchanged" if existed else "created", str(NewsCategory._meta.verbose_name))

    site.pages["news"] = sync_page(
        site.pages["news_index"],
        NewsPage,
        NEWS_SLUG,
        {
            "title": (
                "Biblioteka przystąpiła do Zachodniopomorskiego Aliansu dla Rozwoju "
                "Społeczeństwa Informacyjnego"
            ),
            "date": AGREEMENT_DATE,
            "lead": seed.first_sentence,
            "body": _news_body(seed),
            "categories": [categories["Alians"]],
            "tags": polish_tags(NEWS_TAGS),
            "related_partners": [{"partner": partner} for partner in partners],
        },
        tally,
    )

    if home_written_now:
        _feature_news(home, site.pages["news"])
    _standard_pages(site, library_name, tally)
    _settings(site, library_name, tally)
    return site


def _feature_news(home: HomePage, news: NewsPage) -> None:
    """Make the seed article the homepage's featured news. Only when this run wrote the homepage
    (first load or --reset): an editor's later pick, or their choice of none, is kept."""
    draft = home.get_latest_revision_as_object()
    if draft.featured_news_id == news.pk:
        return
    draft.featured_news = news
    draft.save_revision(log_action=True).publish()


def _standard_pages(site: DemoSite, library_name: str, tally: Tally) -> None:
    home, alliance = site.home, site.pages["alliance"]
    site.pages["about"] = sync_page(
        home,
        StandardPage,
        "o-bibliotece",
        {
            "title": "O bibliotece",
            "intro": (
                f"<p>{escape(library_name)} jest miejską biblioteką publiczną w Gryficach.</p>"
            ),
            "body": [
                heading("Biblioteka w Aliansie"),
                paragraph(
                    "9 grudnia 2009 r. biblioteka przystąpiła do Zachodniopomorskiego Aliansu dla "
                    "Rozwoju Społeczeństwa Informacyjnego — regionalnego partnerstwa samorządów, "
                    "organizacji pozarządowych, uczelni wyższych, a także firm sektora ICT. "
                    "Porozumienie podpisano w Koszalińskiej Bibliotece Publicznej im. Joachima "
                    "Lelewela w Koszalinie."
                ),
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Partnerzy Aliansu",
                        "text": "Poznaj organizacje, które tworzą Alians, i ich rolę w nim.",
                        "link": {"page": alliance.pk, "url": "", "label": "Katalog partnerów"},
                    },
                },
                heading("Kontakt"),
                paragraph("Dane kontaktowe znajdziesz w stopce każdej strony."),
            ],
            "search_description": f"Informacje o bibliotece: {library_name}.",
        },
        tally,
    )
    site.pages["privacy"] = privacy = sync_page(
        home,
        StandardPage,
        "polityka-prywatnosci",
        {
            "title": "Polityka prywatności",
            "intro": (
                "<p>Kto przetwarza dane osobowe w związku z korzystaniem z serwisu biblioteki, "
                "jakie pliki cookies stosujemy i jakie prawa przysługują Ci na podstawie RODO.</p>"
            ),
            "body": [
                heading("Administrator danych"),
                paragraph(
                    f"Administratorem danych osobowych jest {library_name}. Dane kontaktowe "
                    "biblioteki znajdziesz w stopce każdej strony."
                ),
                heading("Inspektor ochrony danych"),
                paragraph(
                    "W sprawach dotyczących ochrony danych osobowych możesz się skontaktować "
                    "z inspektorem ochrony danych. Jego dane kontaktowe podajemy w stopce każdej "
                    "strony."
                ),
                heading("Jakie dane przetwarzamy i po co"),
                paragraph(
                    "Przeglądanie serwisu nie wymaga podawania danych osobowych. Jeśli napiszesz "
                    "do biblioteki, przetwarzamy dane, które podasz, wyłącznie po to, by załatwić "
                    "Twoją sprawę, i tylko tak długo, jak jest to potrzebne lub jak wymagają "
                    "tego przepisy. Przy każdym formularzu, który zbiera dane osobowe, znajdziesz "
                    "klauzulę informacyjną z celem i podstawą prawną przetwarzania."
                ),
                heading("Pliki cookies"),
                paragraph(
                    "Serwis zapisuje w Twojej przeglądarce wyłącznie pliki cookies niezbędne do "
                    "jego działania, na przykład chroniące formularze przed nadużyciami "
                    "i utrzymujące sesję osób zalogowanych do panelu redakcyjnego. Nie używamy "
                    "plików cookies analitycznych ani reklamowych."
                ),
                heading("Twoje prawa"),
                paragraph(
                    "Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub "
                    "ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo "
                    "wniesienia sprzeciwu — w zakresie, w jakim przewiduje to RODO. Jeśli uznasz, "
                    "że przetwarzamy Twoje dane niezgodnie z prawem, możesz wnieść skargę do "
                    "Prezesa Urzędu Ochrony Danych Osobowych."
                ),
            ],
            "search_description": "Jak biblioteka przetwarza dane osobowe i jakich cookies używa.",
        },
        tally,
    )
    site.pages["accessibility"] = accessibility = sync_page(
        home,
        StandardPage,
        "deklaracja-dostepnosci",
        {
            "title": "Deklaracja dostępności",
            "intro": (
                f"<p>{escape(library_name)} zobowiązuje się zapewnić dostępność swojej strony "
                "internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej "
                "stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja "
                "dostępności dotyczy serwisu internetowego biblioteki.</p>"
            ),
            # The sections of the official template, in its order; the dedicated page type with
            # date fields replaces this page in a later issue.
            "body": [
                heading("Daty publikacji i aktualizacji"),
                paragraph(
                    "Serwis jest w budowie. Datę publikacji strony internetowej i datę ostatniej "
                    "istotnej aktualizacji podamy w dniu uruchomienia serwisu."
                ),
                heading("Status pod względem zgodności z ustawą"),
                paragraph(
                    "Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej "
                    "stron internetowych i aplikacji mobilnych podmiotów publicznych. Serwis "
                    "budujemy tak, aby spełniał wymagania WCAG 2.1 na poziomie AA; do czasu "
                    "zakończenia budowy i oceny dostępności nie deklarujemy pełnej zgodności."
                ),
                heading("Treści niedostępne"),
                paragraph(
                    "Pełną listę treści niedostępnych podamy w tym miejscu po zakończeniu oceny "
                    "dostępności serwisu."
                ),
                heading("Przygotowanie deklaracji dostępności"),
                paragraph(
                    "Deklaracja zostanie sporządzona na podstawie samooceny po zakończeniu "
                    "budowy serwisu; podamy wtedy datę jej sporządzenia i ostatniego przeglądu."
                ),
                heading("Informacje zwrotne i dane kontaktowe"),
                paragraph(
                    "Jeśli zauważysz problem z dostępnością serwisu, napisz lub zadzwoń do "
                    "biblioteki — dane kontaktowe podajemy w stopce każdej strony. Tą samą drogą "
                    "możesz poprosić o udostępnienie informacji w innej formie albo o zapewnienie "
                    "dostępności strony lub jej elementu."
                ),
                heading("Obsługa wniosków i skarg związanych z dostępnością"),
                paragraph(
                    "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony "
                    "internetowej lub jej elementu. Żądanie powinno zawierać dane kontaktowe "
                    "osoby występującej z żądaniem, wskazanie strony lub jej elementu, której "
                    "dotyczy żądanie, oraz wskazanie dogodnej formy dostępu alternatywnego, jeśli "
                    "dotyczy."
                ),
                paragraph(
                    "Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni od dnia jego "
                    "wystąpienia. Jeśli dotrzymanie tego terminu nie jest możliwe, niezwłocznie "
                    "informujemy, kiedy realizacja żądania będzie możliwa; termin ten nie może "
                    "być dłuższy niż 2 miesiące. Jeśli zapewnienie dostępności nie jest możliwe, "
                    "możemy zaproponować alternatywny sposób dostępu do informacji."
                ),
                paragraph(
                    "W przypadku odmowy realizacji żądania lub niedotrzymania terminów możesz "
                    "złożyć skargę. Po wyczerpaniu tej procedury możesz złożyć wniosek do "
                    "Rzecznika Praw Obywatelskich."
                ),
                heading("Dostępność architektoniczna"),
                paragraph(
                    "Opis dostępności budynku biblioteki (wejścia, komunikacja w budynku, "
                    "toalety, pętla indukcyjna, wejście z psem asystującym, tłumacz języka "
                    "migowego) opublikujemy w tym miejscu."
                ),
                heading("Aplikacje mobilne"),
                paragraph("Serwis nie ma aplikacji mobilnej."),
            ],
            "search_description": "Deklaracja dostępności serwisu biblioteki.",
        },
        tally,
    )
    site.pages["contact"] = sync_page(
        home,
        StandardPage,
        "kontakt",
        {
            "title": "Kontakt",
            "intro": (
                "<p>Dane kontaktowe biblioteki — adres, telefon, adres e-mail i godziny otwarcia "
                "— znajdziesz w stopce każdej strony.</p>"
            ),
            "body": [
                heading("Ochrona danych osobowych"),
                rich_paragraph(
                    "Dane kontaktowe inspektora ochrony danych również podajemy w stopce. Zasady "
                    f"przetwarzania danych opisuje {page_link(privacy, 'polityka prywatności')}."
                ),
                heading("Dostępność serwisu"),
                rich_paragraph(
                    "Jeśli coś w serwisie jest dla Ciebie niedostępne, napisz lub zadzwoń do nas. "
                    "Jak zgłosić problem i czego możesz żądać, opisuje "
                    f"{page_link(accessibility, 'deklaracja dostępności')}."
                ),
            ],
            "search_description": "Jak skontaktować się z biblioteką.",
        },
        tally,
    )


def _settings(site: DemoSite, library_name: str, tally: Tally) -> None:
    # Only what the seed tells; address, phone, e-mail, hours, BIP and OPAC stay for the editors
    # (and are not overwritten once they fill them in).
    sync_setting(
        LibrarySettings,
        {"name": library_name, "short_name": LIBRARY_SHORT_NAME, "city": "Gryfice"},
        tally,
    )
    pages = site.pages
    sync_setting(
        NavigationSettings,
        {
            "main_menu": [
                menu_link(pages["news_index"]),
                menu_link(pages["alliance"], "Alians"),
                menu_link(pages["about"]),
                menu_link(pages["contact"]),
            ],
            "footer_menu": [
                menu_link(pages["accessibility"]),
                menu_link(pages["privacy"]),
                menu_link(pages["contact"]),
            ],
        },
        tally,
    )
