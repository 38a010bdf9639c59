"""The demo site built from the seed (DESIGN.md §3): the library's pages, the Alliance and its partners.

Every fact here comes from the seed (`seed_text.SEED_PATH`) or is generic text that holds for any
library; where the seed says nothing (addresses, phones, opening hours) fields stay blank for the
editors to fill in.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from core.models import LibrarySettings, NavigationSettings
from home.models import HomePage, StandardPage
from legal.models import (
    AccessibilityStatementPage,
    AssessmentMethod,
    ComplianceStatus,
    EasyReadPage,
    PrivacyPolicyPage,
    SignLanguagePage,
)
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
    _legal_pages(site, library_name, tally)
    privacy, accessibility = site.pages["privacy"], site.pages["accessibility"]
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
            # The declaration, the privacy policy and the BIP are in every footer already.
            "footer_menu": [menu_link(pages["contact"])],
        },
        tally,
    )


def _legal_item(content: str, explanation: str, alternative: str, reason: str = "niezgodnosc"):
    return {
        "type": "item",
        "value": {
            "content": content,
            "reason": reason,
            "explanation": explanation,
            "alternative": alternative,
        },
    }


def _easy_read(kind: str, text: str) -> dict:
    return {"type": kind, "value": text}


def _sync_legal_page(
    home: HomePage, model: type[Page], slug: str, values: dict[str, Any], tally: Tally
) -> Page:
    """sync_page for a page type that replaced an earlier one at the same address.

    Sites loaded before the legal app held the declaration and the privacy policy as standard
    pages. Such a page is the editors' now: a plain run leaves it in place; --reset moves it
    aside (unpublished, renamed, its history kept) and creates the new type at the address.
    """
    occupant = (
        home.get_children()
        .filter(slug=slug)
        .exclude(content_type__model=model._meta.model_name)
        .first()
    )
    if occupant is not None:
        if not tally.restore:
            tally.record("unchanged", str(model._meta.verbose_name))
            return occupant.specific
        occupant = occupant.specific
        if occupant.live:
            occupant.unpublish()
        occupant.slug = f"{slug}-poprzednia-wersja"
        occupant.save()
        occupant.save_revision(log_action=True)
    return sync_page(home, model, slug, values, tally)


def _legal_pages(site: DemoSite, library_name: str, tally: Tally) -> None:
    """The pages the law asks for: privacy policy, accessibility statement, ETR and PJM."""
    home = site.home
    # The demo site goes public the day its content is loaded; the declaration is as old.
    today = timezone.localdate()
    site.pages["privacy"] = _sync_legal_page(
        home,
        PrivacyPolicyPage,
        "polityka-prywatnosci",
        {
            "title": "Polityka prywatności",
            "intro": (
                "<p>Kto przetwarza dane osobowe w związku z korzystaniem z serwisu biblioteki, "
                "jakie pliki cookies stosujemy i jakie prawa przysługują Ci na podstawie RODO.</p>"
            ),
            # The administrator, the data protection officer and the cookie list are generated
            # from the site settings and legal.consent; the body holds the rest.
            "body": [
                heading("Jakie dane przetwarzamy i po co"),
                paragraph(
                    "Przeglądanie serwisu nie wymaga podawania danych osobowych. Jeśli napiszesz "
                    "do biblioteki, przetwarzamy dane, które podasz, wyłącznie po to, by załatwić "
                    "Twoją sprawę, i tylko tak długo, jak jest to potrzebne lub jak wymagają "
                    "tego przepisy. Przy każdym formularzu, który zbiera dane osobowe, znajdziesz "
                    "klauzulę informacyjną z celem i podstawą prawną przetwarzania."
                ),
                heading("Materiały z innych serwisów"),
                paragraph(
                    "Filmy i mapy z innych serwisów pokazujemy dopiero wtedy, gdy się na to "
                    "zgodzisz. Do tego czasu w ich miejscu jest opis i zwykły link, a Twoja "
                    "przeglądarka nie łączy się z tymi serwisami."
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
    site.pages["accessibility"] = _sync_legal_page(
        home,
        AccessibilityStatementPage,
        "deklaracja-dostepnosci",
        {
            "title": "Deklaracja dostępności",
            "entity_name": library_name,
            "site_publication_date": today,
            "site_update_date": today,
            "status": ComplianceStatus.PARTIALLY_COMPLIANT,
            # Gaps that are real for a library site built on this portal: the portal itself is
            # tested against WCAG 2.1 AA, what editors and other services add may not be.
            "non_accessible_content": [
                _legal_item(
                    "Część archiwalnych dokumentów PDF to skany bez warstwy tekstowej.",
                    "Dokumenty zeskanowano, zanim biblioteka zaczęła publikować pliki "
                    "dostępne cyfrowo. Czytniki ekranu nie odczytają ich treści.",
                    "Na prośbę przygotujemy treść dokumentu w wersji tekstowej lub odczytamy ją.",
                ),
                _legal_item(
                    "Część zdjęć opublikowanych w starszych aktualnościach może nie mieć "
                    "opisu alternatywnego.",
                    "Opisy uzupełniamy przy przeglądzie archiwum aktualności.",
                    "Na prośbę opiszemy zawartość zdjęcia.",
                ),
                _legal_item(
                    "Filmy z innych serwisów (np. YouTube) mogą nie mieć napisów "
                    "ani audiodeskrypcji.",
                    "Odtwarzacze tych serwisów nie są pod naszą kontrolą. Przy każdym filmie "
                    "publikujemy jego opis lub transkrypcję.",
                    "Na prośbę przygotujemy transkrypcję filmu.",
                ),
                _legal_item(
                    "Multimedia nadawane na żywo oraz opublikowane przed 23 września 2020 r.",
                    "Ustawa o dostępności cyfrowej nie obejmuje tych treści (art. 3 ust. 2).",
                    "Na prośbę opiszemy ich zawartość.",
                    reason="wylaczenie",
                ),
            ],
            "preparation_date": today,
            "review_date": today,
            "assessment_method": AssessmentMethod.SELF_ASSESSMENT,
            "contact_person": "koordynator do spraw dostępności",
            "buildings": [
                {
                    "type": "building",
                    "value": {
                        "name": library_name,
                        "address": "Gryfice",
                        "description": (
                            "<p>Do budynku biblioteki można wejść z psem asystującym "
                            "(ustawa o rehabilitacji zawodowej i społecznej oraz zatrudnianiu "
                            "osób niepełnosprawnych, art. 20a).</p>"
                            "<p>Osoby głuche i słabosłyszące mogą skorzystać z bezpłatnej "
                            "pomocy tłumacza polskiego języka migowego po zgłoszeniu tej "
                            "potrzeby co najmniej 3 dni robocze przed wizytą.</p>"
                            "<p>Jeśli potrzebujesz pomocy przy wejściu lub w budynku, zadzwoń "
                            "lub napisz do nas przed wizytą — dane kontaktowe są w stopce "
                            "strony.</p>"
                        ),
                    },
                }
            ],
            "additional_information": (
                "<p>Serwis można obsługiwać samą klawiaturą. Pierwszy klawisz Tab przenosi do "
                "linku „Przejdź do treści”. Wszystkie strony mają nagłówki, opisane obrazy "
                "i polski język strony ustawiony dla czytników ekranu.</p>"
            ),
            "search_description": "Deklaracja dostępności serwisu biblioteki.",
        },
        tally,
    )
    site.pages["easy_read"] = sync_page(
        home,
        EasyReadPage,
        "tekst-latwy-do-czytania",
        {
            "title": "Informacje o bibliotece w tekście łatwym do czytania",
            "intro": "Tu przeczytasz, czym jest biblioteka w Gryficach i co możesz w niej zrobić.",
            "body": [
                _easy_read("heading", "Czym jest biblioteka"),
                _easy_read(
                    "paragraph",
                    "Biblioteka to miejsce z książkami.\n"
                    "Nasza biblioteka jest w Gryficach.\n"
                    "Nazywa się Miejska Biblioteka Publiczna imienia Zbigniewa Załuskiego.",
                ),
                _easy_read("heading", "Co możesz robić w bibliotece"),
                _easy_read(
                    "paragraph",
                    "Możesz wypożyczyć książkę.\n"
                    "Zabierasz ją do domu.\n"
                    "Czytasz ją.\n"
                    "Potem oddajesz ją do biblioteki.\n"
                    "Możesz też czytać książki i gazety na miejscu.",
                ),
                _easy_read("heading", "Ile to kosztuje"),
                _easy_read(
                    "paragraph",
                    "Wypożyczanie książek jest za darmo.\n"
                    "Potrzebujesz karty bibliotecznej.\n"
                    "Kartę dostaniesz w bibliotece.",
                ),
                _easy_read("heading", "Jak się z nami skontaktować"),
                _easy_read(
                    "paragraph",
                    "Możesz do nas przyjść.\n"
                    "Możesz też zadzwonić albo napisać e-mail.\n"
                    "Adres i telefon są na dole każdej strony.",
                ),
                _easy_read("heading", "O tej stronie internetowej"),
                _easy_read(
                    "paragraph",
                    "Na tej stronie są wiadomości z biblioteki.\n"
                    "Są tu też informacje o tym, jak korzystać z biblioteki.\n"
                    "Na górze strony jest wyszukiwarka.\n"
                    "Wpisz w nią słowo i naciśnij przycisk Szukaj.",
                ),
            ],
            "search_description": "Najważniejsze informacje o bibliotece w prostym języku.",
        },
        tally,
    )
    site.pages["sign_language"] = sync_page(
        home,
        SignLanguagePage,
        "jezyk-migowy",
        {
            "title": "Informacje dla osób głuchych i słabosłyszących",
            "intro": (
                "Najważniejsze informacje o bibliotece w tekście oraz o tym, jak skontaktować się "
                "z nami i umówić wizytę z tłumaczem polskiego języka migowego."
            ),
            "transcript": (
                f"<p>{escape(library_name)} jest miejską biblioteką publiczną w Gryficach. "
                "Wypożyczamy książki i udostępniamy zbiory na miejscu. Korzystanie z biblioteki "
                "jest bezpłatne; potrzebna jest karta biblioteczna, którą wydajemy "
                "w bibliotece.</p>"
                "<p>Możesz się z nami skontaktować e-mailem albo przyjść do biblioteki. "
                "Adres i dane kontaktowe podajemy w stopce każdej strony.</p>"
                "<p>Jeśli chcesz załatwić sprawę z pomocą tłumacza polskiego języka migowego "
                "(PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób "
                "głuchoniewidomych (SKOGN), zgłoś to co najmniej 3 dni robocze przed wizytą. "
                "Pomoc tłumacza jest bezpłatna.</p>"
            ),
            "search_description": "Informacje o bibliotece dla osób głuchych i słabosłyszących.",
        },
        tally,
    )
