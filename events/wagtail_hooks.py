from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from events import admin_views
from events.models import EventPage

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
        _("Event registrations"),
        reverse("events_admin:index"),
        name="event-registrations",
        icon_name="date",
        order=260,
    )


class RegistrationsButton(PageMenuItem):
    """ "Registrations" on an event page's header (edit view) and in its listing menu."""

    label = _("Registrations")
    icon_name = "group"

    @cached_property
    def url(self):
        return reverse("events_admin:registrations", args=[self.page.pk])

    def is_shown(self, user):
        return admin_views.can_manage(user, self.page)


def _is_event(page):
    return issubclass(page.specific_class or type(page), EventPage)


@hooks.register("register_page_header_buttons")
def event_registrations_header_button(page, user, view_name, next_url=None):
    if _is_event(page):
        yield RegistrationsButton(page=page, priority=12)


@hooks.register("register_page_listing_more_buttons")
def event_registrations_listing_button(page, user, next_url=None):
    if _is_event(page):
        yield RegistrationsButton(page=page, priority=3)
