from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.models import ConsularMission


class ConsularMissionViewSet(SnippetViewSet):
    model = ConsularMission
    icon = "site"
    menu_label = _("Consular missions")
    list_display = ["name", "kind", "country", "city"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "city"]
    add_to_admin_menu = True
    menu_order = 270


register_snippet(ConsularMissionViewSet)
