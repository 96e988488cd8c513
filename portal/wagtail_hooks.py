from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import Sector


class SectorViewSet(SnippetViewSet):
    """The sectors taxonomy shared by member profiles, organisations and opportunities."""

    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(SectorViewSet)
