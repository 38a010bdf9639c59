from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EngagementArea


class EngagementAreaViewSet(SnippetViewSet):
    model = EngagementArea
    icon = "tasks"
    menu_label = _("Obszary zaangażowania")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    sort_order_field = "sort_order"


register_snippet(EngagementAreaViewSet)
