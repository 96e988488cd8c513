import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, LocaleColumn, UpdatedAtColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Alert, FooterText, Subscriber
from portal.csv_export import csv_response


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    add_to_admin_menu = False


register_snippet(FooterTextViewSet)


class AlertViewSet(SnippetViewSet):
    """Alerts: drafts, revisions and publishing. Publishing, changing or unpublishing one
    empties the page cache; publishing one marked "e-mail" queues its e-mails."""

    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    list_display = [
        "title",
        LocaleColumn(),
        "level",
        Column("countries", label=_("Target countries"), accessor="target_label"),
        "starts_at",
        "expires_at",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["level", "live", "send_email"]
    search_fields = ["title"]
    add_to_admin_menu = True
    menu_order = 275


register_snippet(AlertViewSet)


# --- Newsletter subscribers --------------------------------------------------------------


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Subscriptions come only from the double opt-in: nobody adds or edits one here.
    Editors with the view permission list and export them; with delete, remove one."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber), exact_class=True)

STATUS_CHOICES = [("confirmed", _("Confirmed")), ("pending", _("Waiting for confirmation"))]

# (column heading, value of a subscriber) of the CSV export.
CSV_COLUMNS = [
    (_("E-mail address"), lambda s: s.email),
    (_("Status"), lambda s: STATUS_CHOICES[0][1] if s.is_confirmed else STATUS_CHOICES[1][1]),
    (_("Language"), lambda s: s.language),
    (_("Topics"), lambda s: ", ".join(s.topic_labels())),
    (_("Countries"), lambda s: ", ".join(str(country.code) for country in s.countries)),
    (_("Subscribed"), lambda s: s.created.isoformat(timespec="seconds")),
    (
        _("Confirmed"),
        lambda s: s.confirmed_at.isoformat(timespec="seconds") if s.confirmed_at else "",
    ),
    (
        _("Last digest"),
        lambda s: s.last_digest_at.isoformat(timespec="seconds") if s.last_digest_at else "",
    ),
]


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=_("Any")
    )

    class Meta:
        model = Subscriber
        fields = ["language"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(confirmed_at__isnull=value == "pending")


class SubscriberIndexView(IndexView):
    """The listing, with a CSV download of what is listed (filters and search applied).
    Cells go through portal.csv_export, so none can run as a spreadsheet formula."""

    FORMATS = (IndexView.FORMAT_CSV,)
    list_export = ["email"]  # shows the download button; the columns are CSV_COLUMNS

    @cached_property
    def header_more_buttons(self):
        return [
            button
            for button in super().header_more_buttons
            if "export=xlsx" not in getattr(button, "url", "")
        ]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not self.permission_policy.user_has_permission(self.request.user, "view"):
            raise PermissionDenied
        return csv_response(
            [str(heading) for heading, _value in CSV_COLUMNS],
            ([value(subscriber) for _heading, value in CSV_COLUMNS] for subscriber in queryset),
            "newsletter-subscribers.csv",
        )


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter")
    add_to_admin_menu = True
    menu_order = 276
    index_view_class = SubscriberIndexView
    list_display = ["email", "language", "confirmed_at", "last_digest_at", "created"]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    form_fields = ["language"]
    copy_view_enabled = False
    list_per_page = 50


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")
