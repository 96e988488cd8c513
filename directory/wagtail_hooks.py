from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.models import AbuseReport, ConsularMission, Opportunity, Organisation


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


class OrganisationViewSet(SnippetViewSet):
    """Organisations: drafts, revisions, locking and the moderators' workflow."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "verified", UpdatedAtColumn(), LiveStatusTagColumn()]
    list_filter = ["kind", "verified", "live"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 265


register_snippet(OrganisationViewSet)


class OpportunityViewSet(SnippetViewSet):
    """Investment opportunities: drafts, revisions, locking and the moderators' workflow."""

    model = Opportunity
    icon = "pick"
    menu_label = _("Opportunities")
    list_display = [
        "title",
        "country",
        "instrument",
        "status",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["instrument", "status", "verified", "live"]
    search_fields = ["title"]
    add_to_admin_menu = True
    menu_order = 266


register_snippet(OpportunityViewSet)


class AbuseReportViewSet(SnippetViewSet):
    """Reports of contact requests, for the moderators: they mark each one handled."""

    model = AbuseReport
    icon = "warning"
    menu_label = _("Abuse reports")
    list_display = ["__str__", "reported_sender", "handled", "created_at"]
    list_filter = ["handled"]
    add_to_admin_menu = True
    menu_order = 268


register_snippet(AbuseReportViewSet)
