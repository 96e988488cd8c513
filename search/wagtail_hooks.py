"""The editors' view of site search: its most frequent queries on the admin dashboard,
next to Wagtail's promoted results (Settings → Promoted search results)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

POPULAR_DAYS = 30
POPULAR_COUNT = 10
PROMOTION_PERMISSIONS = [
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
]


class PopularSearchesPanel(Component):
    name = "popular_searches"
    order = 300
    template_name = "search/admin/popular_searches_panel.html"

    def get_context_data(self, parent_context):
        from wagtail.contrib.search_promotions.models import Query

        since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
        return {
            "title": _("Popular searches"),
            "days": POPULAR_DAYS,
            "queries": [
                (query.query_string, query._hits)
                for query in Query.get_most_popular(date_since=since)[:POPULAR_COUNT]
            ],
        }


@hooks.register("construct_homepage_panels")
def add_popular_searches(request, panels):
    if any(request.user.has_perm(permission) for permission in PROMOTION_PERMISSIONS):
        panels.append(PopularSearchesPanel())
