from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from members import admin_views

app_name = "members_admin"
urlpatterns = [
    path("", admin_views.member_list, name="index"),
    path("contacts.csv", admin_views.contact_export, name="export"),
    path(
        "<int:pk>/verify/",
        admin_views.set_investor_status,
        {"verified": True},
        name="verify",
    ),
    path(
        "<int:pk>/revoke/",
        admin_views.set_investor_status,
        {"verified": False},
        name="revoke",
    ),
]


@hooks.register("register_admin_urls")
def register_members_urls():
    return [path("members/", include((urlpatterns, app_name), namespace=app_name))]


class MembersMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_members(request.user)


@hooks.register("register_admin_menu_item")
def register_members_menu_item():
    return MembersMenuItem(
        _("Members"), reverse("members_admin:index"), name="members", icon_name="group", order=250
    )
