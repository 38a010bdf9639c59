"""`manage.py load_demo_content`: the demo site from the seed text (DESIGN.md §3).

Safe to run again: pages are matched by their slugs and only changed content gets a new revision.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils.translation import gettext as _

from demo.content import build_site
from demo.pages import Tally
from demo.seed_text import load_seed
from demo.synthetic import add_synthetic_news, add_synthetic_partners

ADMIN_USERNAME = "admin"


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    # Plain text: argparse cannot format lazy translations (Django's own commands do the same).
    help = (
        "Wczytuje treści demonstracyjne (strona główna, aktualność o przystąpieniu do Aliansu, "
        "katalog partnerów, strony informacyjne, ustawienia i menu). Można uruchamiać wielokrotnie."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-admin",
            action="store_true",
            help=_("Nie zakładaj konta administratora (testy, CI)."),
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help=_(
                "Przywróć treść demonstracyjną stron, które już istnieją (zmiany redaktorów "
                "zostaną zastąpione nową wersją; poprzednie zostają w historii strony)."
            ),
        )
        parser.add_argument(
            "--synthetic-news",
            type=_non_negative,
            default=0,
            metavar="N",
            help=_("Dodaj syntetyczne aktualności, tak by było ich N (do testów wydajności)."),
        )
        parser.add_argument(
            "--synthetic-partners",
            type=_non_negative,
            default=0,
            metavar="M",
            help=_("Dodaj syntetycznych partnerów, tak by było ich M (do testów wydajności)."),
        )

    def handle(self, *args, **options) -> None:
        seed = load_seed()
        tally = Tally(restore=options["reset"])
        with transaction.atomic():
            site = build_site(seed, tally)
        self._report(tally)

        if options["synthetic_news"]:
            added = add_synthetic_news(site.pages["news_index"], options["synthetic_news"])
            self.stdout.write(
                _("Syntetyczne aktualności: dodano %(added)d (łącznie %(total)d).")
                % {"added": added, "total": options["synthetic_news"]}
            )
        if options["synthetic_partners"]:
            added = add_synthetic_partners(site.pages["alliance"], options["synthetic_partners"])
            self.stdout.write(
                _("Syntetyczni partnerzy: dodano %(added)d (łącznie %(total)d).")
                % {"added": added, "total": options["synthetic_partners"]}
            )

        if not options["no_admin"]:
            self._ensure_admin()

    def _report(self, tally: Tally) -> None:
        kinds = sorted(set(tally.created) | set(tally.updated) | set(tally.unchanged))
        self.stdout.write(_("Treści demonstracyjne:"))
        for kind in kinds:
            self.stdout.write(
                "  "
                + _(
                    "%(kind)s: utworzono %(created)d, zaktualizowano %(updated)d, bez zmian %(same)d"
                )
                % {
                    "kind": kind,
                    "created": tally.created[kind],
                    "updated": tally.updated[kind],
                    "same": tally.unchanged[kind],
                }
            )

    def _ensure_admin(self) -> None:
        user_model = get_user_model()
        if user_model.objects.filter(username=ADMIN_USERNAME).exists():
            self.stdout.write(
                _("Konto administratora „%(username)s” już istnieje.")
                % {"username": ADMIN_USERNAME}
            )
            return
        password = secrets.token_urlsafe(18)
        user_model.objects.create_superuser(ADMIN_USERNAME, email="", password=password)
        self.stdout.write(
            self.style.WARNING(
                _(
                    "Konto administratora: %(username)s / %(password)s — zapisz je, "
                    "nie zostanie pokazane ponownie"
                )
                % {"username": ADMIN_USERNAME, "password": password}
            )
        )
