"""Member pages. Each view parses the request, calls members.services, renders."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from members import services
from members.forms import FIELD_LABELS, DeleteAccountForm, PrivacyForm, ProfileForm
from members.models import Profile


# Later issues fill these; until then each says honestly that there is nothing yet.
def _profile_rows(fields):
    """[(label, value)] in the profile's order, for the templates."""
    labels = dict(FIELD_LABELS)
    return [
        (labels[name], name, value)
        for name, value in fields.items()
        if value not in (None, "", [], False)
    ]


def _render_profile(request, profile, fields, **extra):
    """A profile page showing only ``fields`` (what the viewer, or the preview, may see)."""
    context = {
        "profile": profile,
        "rows": _profile_rows(fields),
        "show_photo": "photo" in fields and profile.photo,
        **extra,
    }
    return TemplateResponse(request, "members/profile_detail.html", context)


@never_cache
@login_required
def dashboard(request):
    from directory.contact import requests_for
    from directory.saved_searches import saved_searches_of
    from directory.services import is_verified_investor, listings_of
    from events.exports import applications_of, upcoming_first

    profile = services.profile_for(request.user)
    percent, missing = services.completeness(profile)
    labels = dict(FIELD_LABELS)
    saved_searches, opportunities_url = saved_searches_of(request.user)
    return TemplateResponse(
        request,
        "members/dashboard.html",
        {
            "profile": profile,
            "completeness": percent,
            "missing": [labels[field] for field in missing],
            "registrations": upcoming_first(request.user),
            "applications": applications_of(request.user),
            "contacts": requests_for(request.user),
            "listings": listings_of(request.user),
            "is_investor": is_verified_investor(request.user),
            "saved_searches": saved_searches,
            "opportunities_url": opportunities_url,
        },
    )


@never_cache
@login_required
def edit_profile(request):
    profile = services.profile_for(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("members:dashboard")
    return TemplateResponse(
        request, "members/profile_form.html", {"form": form, "profile": profile}
    )


@never_cache
@login_required
def privacy(request):
    profile = services.profile_for(request.user)
    form = PrivacyForm(request.POST or None, profile=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your privacy choices are saved."))
        return redirect("members:dashboard")
    return TemplateResponse(
        request, "members/privacy_form.html", {"form": form, "profile": profile}
    )


PREVIEW_ROLES = {"public": services.ANONYMOUS, "member": services.MEMBER}


@never_cache
@login_required
def preview(request):
    """The owner's own profile as an anonymous visitor or another member sees it."""
    profile = services.profile_for(request.user)
    audience = request.GET.get("as", "public")
    if audience not in PREVIEW_ROLES:
        audience = "public"
    fields = services.visible_fields(profile, role=PREVIEW_ROLES[audience])
    return _render_profile(request, profile, fields, preview_as=audience)


@never_cache
def profile_detail(request, public_id):
    profile = get_object_or_404(Profile.objects.select_related("user"), public_id=public_id)
    if not services.profile_is_viewable(profile, request.user):
        raise Http404
    return _render_profile(
        request,
        profile,
        services.visible_fields(profile, request.user),
        can_contact=request.user.pk != profile.user_id and profile.listed_in_directory,
    )


@never_cache
def profile_photo(request, public_id):
    profile = get_object_or_404(Profile, public_id=public_id)
    role = services.viewer_role(request.user, profile)
    if (
        not profile.photo
        or not services.profile_is_viewable(profile, request.user)
        or not services.can_see(profile, "photo", role)
    ):
        raise Http404
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=0"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
@login_required
def request_verification(request):
    profile = services.profile_for(request.user)
    if services.request_investor_verification(profile):
        messages.success(request, _("Your request has been sent. An editor will review it."))
    else:
        messages.info(
            request, _("You have already asked for verification, or you are already verified.")
        )
    return redirect("members:dashboard")


@never_cache
@login_required
def export(request):
    data = services.export_member_data(request.user)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    filename = f"diaspora-connect-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, _("Your account and your data have been deleted."))
        return redirect("/")
    return TemplateResponse(request, "members/delete_account.html", {"form": form})
