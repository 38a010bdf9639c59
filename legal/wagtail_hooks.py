"""Admin: the information-clause snippets and the yearly reminder to review the Deklaracja
dostępności (on the dashboard and on the declaration's edit view)."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AccessibilityStatementPage, InformationClause


class InformationClauseViewSet(SnippetViewSet):
    model = InformationClause
    icon = "info-circle"
    menu_label = _("Klauzule informacyjne RODO")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title"]
    search_fields = ["title"]


register_snippet(InformationClauseViewSet)


def overdue_statements() -> list[AccessibilityStatementPage]:
    return [page for page in AccessibilityStatementPage.objects.all() if page.needs_review]


class StatementReviewPanel(Component):
    """Dashboard warning: the declaration must be reviewed at least once a year."""

    name = "accessibility_statement_review"
    template_name = "legal/admin/statement_review_panel.html"
    order = 50

    def __init__(self, statements: list[AccessibilityStatementPage]):
        self.statements = statements

    def get_context_data(self, parent_context=None):
        return {"statements": self.statements}


@hooks.register("construct_homepage_panels")
def add_statement_review_panel(request, panels) -> None:
    statements = overdue_statements()
    if statements:
        panels.append(StatementReviewPanel(statements))


@hooks.register("before_edit_page")
def warn_about_overdue_statement(request, page) -> None:
    specific = page.specific
    if (
        request.method == "GET"
        and isinstance(specific, AccessibilityStatementPage)
        and specific.needs_review
    ):
        messages.warning(
            request,
            _(
                "Deklaracja dostępności była ostatnio przeglądana %(date)s — ponad rok temu. "
                "Sprawdź treści niedostępne, dane kontaktowe i daty, a potem ustaw nową datę "
                "ostatniego przeglądu."
            )
            % {"date": specific.review_date.strftime("%d.%m.%Y")},
        )
