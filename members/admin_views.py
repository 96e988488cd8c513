"""The editors' members listing in the Wagtail admin: filters, contact export, investor
verification. Which values a viewer sees is decided by members.services, never here.
"""

from django import forms
from django.http import HttpResponseForbidden, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django_countries import countries
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.paginator import WagtailPaginator
from wagtail.permission_policies import ModelPermissionPolicy

from members import services
from members.models import OPEN_TO, InvestorStatus, Profile
from portal.csv_export import csv_response
from portal.models import Sector

PER_PAGE = 50
VERIFY_PERMISSION = "members.verify_investor"
profile_policy = ModelPermissionPolicy(Profile)

# Investor statuses an editor may act on (a member asked at least once).
VERIFIABLE = {
    str(status.value)
    for status in (InvestorStatus.REQUESTED, InvestorStatus.VERIFIED, InvestorStatus.REVOKED)
}
NOT_REQUESTED = "none"  # InvestorStatus.NONE is "", which a GET form cannot tell from "any"

# (field, column label) of the listing, in order.
COLUMNS = [
    ("display_name", gettext_lazy("Display name")),
    ("country_of_residence", gettext_lazy("Country of residence")),
    ("city", gettext_lazy("City")),
    ("sectors", gettext_lazy("Sectors")),
    ("open_to", gettext_lazy("Open to")),
]
CSV_FIELDS = ["display_name", "country_of_residence", "city", "sectors", "open_to"]


def can_view_members(user):
    return profile_policy.user_has_permission(user, "view")


def can_verify_investors(user):
    return user.is_active and (user.is_superuser or user.has_perm(VERIFY_PERMISSION))


class MemberFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Display name contains"), required=False)
    country = forms.ChoiceField(label=gettext_lazy("Country of residence"), required=False)
    city = forms.CharField(label=gettext_lazy("City"), required=False)
    sector = forms.ModelChoiceField(
        label=gettext_lazy("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=gettext_lazy("Any sector"),
    )
    open_to = forms.ChoiceField(
        label=gettext_lazy("Open to"),
        required=False,
        choices=[("", gettext_lazy("Anything")), *OPEN_TO],
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Investor status"),
        required=False,
        choices=[
            ("", gettext_lazy("Any status")),
            (NOT_REQUESTED, InvestorStatus.NONE.label),
            *[(value, label) for value, label in InvestorStatus.choices if value],
        ],
    )
    listed = forms.ChoiceField(
        label=gettext_lazy("Listed in the directory"),
        required=False,
        choices=[
            ("", gettext_lazy("Either")),
            ("yes", gettext_lazy("Yes")),
            ("no", gettext_lazy("No")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any country")), *countries]


def _drop_hidden(queryset, viewer, fields):
    """Leave out the profiles on which ``viewer`` may not see one of ``fields``: a filter on a
    value the viewer cannot see would otherwise reveal it."""
    hidden = [
        profile.pk
        for profile in queryset.only("pk", "user_id", "visibility")
        if not all(
            services.can_see(profile, field, services.viewer_role(viewer, profile))
            for field in fields
        )
    ]
    return queryset.exclude(pk__in=hidden) if hidden else queryset


def filter_profiles(data, viewer):
    """(form, queryset) of the profiles matching the GET filters ``data``, as ``viewer`` may
    filter them. Newest first: ordering by a name would place hidden names."""
    form = MemberFilterForm(data)
    queryset = Profile.objects.select_related("user").order_by("-created_at", "-pk")
    if not form.is_valid():
        return form, queryset.none()
    values = form.cleaned_data
    filtered_fields = set()
    if values["q"]:
        queryset = queryset.filter(display_name__icontains=values["q"].strip())
        filtered_fields.add("display_name")
    if values["country"]:
        queryset = queryset.filter(country_of_residence=values["country"])
        filtered_fields.add("country_of_residence")
    if values["city"]:
        queryset = queryset.filter(city__icontains=values["city"].strip())
        # A city gives the country away too.
        filtered_fields.update({"city", "country_of_residence"})
    if values["sector"]:
        queryset = queryset.filter(sectors=values["sector"])
        filtered_fields.add("sectors")
    if values["open_to"]:
        queryset = queryset.filter(**{values["open_to"]: True})
        filtered_fields.add("open_to")
    if values["status"]:
        status = "" if values["status"] == NOT_REQUESTED else values["status"]
        queryset = queryset.filter(investor_status=status)
    if values["listed"]:
        queryset = queryset.filter(listed_in_directory=values["listed"] == "yes")
    if filtered_fields:
        queryset = _drop_hidden(queryset, viewer, sorted(filtered_fields))
    return form, queryset


def _display(field, value):
    if value in (None, "", []):
        return ""
    if field in ("country_of_origin", "country_of_residence"):
        return value["name"]
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def visible_cells(profile, viewer, fields):
    """{field: text or None}: None where the member hides the value from ``viewer``."""
    seen = services.visible_fields(profile, viewer=viewer)
    return {field: _display(field, seen[field]) if field in seen else None for field in fields}


def _name_for(profile, viewer):
    name = visible_cells(profile, viewer, ["display_name"])["display_name"]
    return name or _("The member")


@never_cache
@require_GET
def member_list(request):
    if not can_view_members(request.user):
        return permission_denied(request)
    form, queryset = filter_profiles(request.GET, request.user)
    paginator = WagtailPaginator(queryset.prefetch_related("sectors", "skills"), PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    fields = [field for field, _label in COLUMNS]
    rows = [
        {"profile": profile, "cells": list(visible_cells(profile, request.user, fields).values())}
        for profile in page
    ]
    filters = request.GET.copy()
    filters.pop("p", None)
    return TemplateResponse(
        request,
        "members/admin/member_list.html",
        {
            "page_title": _("Members"),
            "header_title": _("Members"),
            "header_icon": "group",
            "form": form,
            "columns": [label for _field, label in COLUMNS],
            "rows": rows,
            "page_obj": page,
            "items": page,
            "paginator": paginator,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "filters_query": filters.urlencode(),
            "current_query": request.GET.urlencode(),
            "can_verify": can_verify_investors(request.user),
            "verifiable": VERIFIABLE,
            "verified": str(InvestorStatus.VERIFIED.value),
            "revoked": str(InvestorStatus.REVOKED.value),
            "requested_url": reverse("members_admin:index") + "?status=requested",
            "export_url": reverse("members_admin:export") + "?" + filters.urlencode(),
        },
    )


@never_cache
@require_GET
def contact_export(request):
    """The members who agreed to be contacted, under the listing's filters, as CSV."""
    if not can_view_members(request.user):
        return permission_denied(request)
    _form, queryset = filter_profiles(request.GET, request.user)
    queryset = queryset.filter(agrees_to_be_contacted=True).prefetch_related("sectors", "skills")
    header = [_("E-mail"), *[str(label) for _field, label in COLUMNS], _("Investor status")]
    rows = []
    for profile in queryset:
        cells = visible_cells(profile, request.user, CSV_FIELDS)
        rows.append(
            [
                profile.user.email,
                *[cells[field] or "" for field in CSV_FIELDS],
                profile.get_investor_status_display(),
            ]
        )
    filename = f"members-contact-{timezone.localdate().isoformat()}.csv"
    return csv_response(header, rows, filename)


@require_POST
def set_investor_status(request, pk, verified):
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard: answer 403.
    if not can_verify_investors(request.user):
        return HttpResponseForbidden(_("You may not verify investors."))
    profile = get_object_or_404(Profile, pk=pk)
    back = reverse("members_admin:index")
    filters = QueryDict(request.POST.get("filters", "")).urlencode()
    if filters:
        back += "?" + filters
    name = _name_for(profile, request.user)
    if profile.investor_status not in VERIFIABLE:
        messages.error(request, _("%(name)s has not asked to be verified.") % {"name": name})
        return redirect(back)
    services.set_investor_verified(profile, verified)
    if verified:
        message = _("%(name)s is now a verified investor.")
    else:
        message = _("%(name)s is no longer a verified investor.")
    messages.success(request, message % {"name": name})
    return redirect(back)
