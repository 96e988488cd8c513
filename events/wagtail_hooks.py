from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from events import admin_views
from events.models import OfferingPage, ProgrammePage

app_name = "events_admin"
urlpatterns = [
    path("registrations/", admin_views.upcoming_events, name="index"),
    path("<int:page_id>/registrations/", admin_views.registrations, name="registrations"),
    path(
        "<int:page_id>/registrations/registrations.csv",
        admin_views.export,
        name="export",
    ),
    path("<int:page_id>/registrations/add/", admin_views.add_person, name="add"),
    path(
        "<int:page_id>/registrations/<int:registration_id>/cancel/",
        admin_views.cancel_registration,
        name="cancel",
    ),
    path(
        "<int:page_id>/registrations/<int:registration_id>/confirm/",
        admin_views.confirm_waiting,
        name="confirm",
    ),
    path("<int:page_id>/applications/", admin_views.applications, name="applications"),
    path(
        "<int:page_id>/applications/applications.csv",
        admin_views.applications_export,
        name="applications_export",
    ),
    path(
        "<int:page_id>/applications/<int:registration_id>/",
        admin_views.application_detail,
        name="application",
    ),
    path(
        "<int:page_id>/applications/files/<int:file_id>/",
        admin_views.application_file,
        name="application_file",
    ),
]


@hooks.register("register_admin_urls")
def register_events_urls():
    return [path("events/", include((urlpatterns, app_name), namespace=app_name))]


class EventRegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_registrations_menu(request.user)


@hooks.register("register_admin_menu_item")
def register_event_registrations_menu_item():
    return EventRegistrationsMenuItem(
        _("Registrations"),
        reverse("events_admin:index"),
        name="event-registrations",
        icon_name="date",
        order=260,
    )


class RegistrationsButton(PageMenuItem):
    """ "Registrations" (events, courses) or "Applications" (programmes) on the page's
    header (edit view) and in its listing menu."""

    icon_name = "group"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_programme = issubclass(self.page.specific_class, ProgrammePage)
        self.label = _("Applications") if self.is_programme else _("Registrations")

    @cached_property
    def url(self):
        name = "applications" if self.is_programme else "registrations"
        return reverse(f"events_admin:{name}", args=[self.page.pk])

    def is_shown(self, user):
        return admin_views.can_manage(user, self.page)


def _has_places(page):
    return issubclass(page.specific_class or type(page), OfferingPage)


@hooks.register("register_page_header_buttons")
def event_registrations_header_button(page, user, view_name, next_url=None):
    if _has_places(page):
        yield RegistrationsButton(page=page, priority=12)


@hooks.register("register_page_listing_more_buttons")
def event_registrations_listing_button(page, user, next_url=None):
    if _has_places(page):
        yield RegistrationsButton(page=page, priority=3)
