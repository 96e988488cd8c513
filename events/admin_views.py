"""The editors' registrations view in the Wagtail admin: who registered for an event, the
counts, a CSV export, and the editor's actions. Every change goes through the registration
engine (events.registration); this module never writes a Registration row itself.
"""

from django import forms
from django.db.models import Count, F, Q
from django.http import Http404, HttpResponse, HttpResponseForbidden, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied, user_has_any_page_permission
from wagtail.admin.paginator import WagtailPaginator

from events import registration as engine
from events.models import EventPage, Offering, Registration, RegistrationStatus
from members import services
from members.models import User
from portal.csv_export import csv_response

PER_PAGE = 100

# Column labels of the listing and of the CSV export, in order.
COLUMNS = [
    gettext_lazy("Name"),
    gettext_lazy("E-mail"),
    gettext_lazy("Status"),
    gettext_lazy("Waiting-list position"),
    gettext_lazy("Registered at"),
]


def can_manage(user, event):
    """Editors manage an event's registrations when they may edit its page."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or event.permissions_for_user(user).can_edit()


def can_see_registrations_menu(user):
    return user.is_active and (user.is_superuser or user_has_any_page_permission(user))


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("Any status")), *RegistrationStatus.choices],
    )


class AddPersonForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address of the member"))

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        user = User.objects.filter(email=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No member has this e-mail address"))
        self.user = user
        return email


def _event_or_404(page_id):
    return get_object_or_404(EventPage, pk=page_id)


def _offering(event):
    return Offering.objects.filter(page_id=event.pk).first()


def counts(offering, capacity=None):
    """{confirmed, waiting, cancelled, places_left}: places_left is None without a limit."""
    if offering is None:
        totals = {"confirmed": 0, "waiting": 0, "cancelled": 0}
    else:
        totals = offering.registrations.aggregate(
            confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
            cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
        )
        capacity = offering.capacity
    totals["places_left"] = None if capacity is None else max(capacity - totals["confirmed"], 0)
    return totals


def person_name(user, viewer):
    """The member's display name where ``viewer`` may see it (members.services decides),
    else their e-mail address."""
    if user is None:
        return _("Deleted member")
    profile = getattr(user, "profile", None)
    if profile is not None and profile.display_name:
        role = services.viewer_role(viewer, profile)
        if services.can_see(profile, "display_name", role):
            return profile.display_name
    return user.email


def filter_registrations(data, offering):
    """(form, queryset) of the offering's registrations matching the GET filters ``data``."""
    form = StatusFilterForm(data)
    if offering is None:
        return form, Registration.objects.none()
    queryset = offering.registrations.select_related("user__profile").order_by("created_at", "pk")
    if not form.is_valid():
        return form, queryset.none()
    if form.cleaned_data["status"]:
        queryset = queryset.filter(status=form.cleaned_data["status"])
    return form, queryset


def waiting_positions(offering):
    """{registration id: position} of everyone waiting, in the engine's order (1 = first)."""
    if offering is None:
        return {}
    waiting = offering.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by(
        "created_at", "pk"
    )
    return {pk: number for number, pk in enumerate(waiting.values_list("pk", flat=True), 1)}


def rows_for(registrations, positions, viewer):
    return [
        {
            "registration": registration,
            "name": person_name(registration.user, viewer),
            "email": registration.user.email if registration.user else "",
            "status": registration.get_status_display(),
            "position": positions.get(registration.pk),
            "registered_at": timezone.localtime(registration.created_at),
        }
        for registration in registrations
    ]


def _registrations_url(event, filters=""):
    url = reverse("events_admin:registrations", args=[event.pk])
    return f"{url}?{filters}" if filters else url


def _render(request, event, offering, add_form=None, status=200):
    form, queryset = filter_registrations(request.GET, offering)
    paginator = WagtailPaginator(queryset, PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    filters = request.GET.copy()
    filters.pop("p", None)
    title = _("Registrations: %(title)s") % {"title": event.title}
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "group",
            "event": event,
            "offering": offering,
            "counts": counts(offering, event.capacity),
            "form": form,
            "add_form": add_form or AddPersonForm(),
            "columns": COLUMNS,
            "rows": rows_for(page, waiting_positions(offering), request.user),
            "page_obj": page,
            "items": page,
            "paginator": paginator,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "filters_query": filters.urlencode(),
            "current_query": request.GET.urlencode(),
            "list_url": _registrations_url(event),
            "export_url": reverse("events_admin:export", args=[event.pk])
            + ("?" + filters.urlencode() if filters else ""),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[event.pk]),
            "waitlisted": str(RegistrationStatus.WAITLISTED.value),
            "cancelled": str(RegistrationStatus.CANCELLED.value),
        },
        status=status,
    )


@never_cache
@require_GET
def registrations(request, page_id):
    event = _event_or_404(page_id)
    if not can_manage(request.user, event):
        return HttpResponseForbidden(_("You may not see this event's registrations."))
    return _render(request, event, _offering(event))


@never_cache
@require_GET
def export(request, page_id):
    """The listing's registrations, under its filters, as CSV."""
    event = _event_or_404(page_id)
    if not can_manage(request.user, event):
        return HttpResponseForbidden(_("You may not see this event's registrations."))
    offering = _offering(event)
    _form, queryset = filter_registrations(request.GET, offering)
    rows = (
        [
            row["name"],
            row["email"],
            row["status"],
            row["position"] or "",
            row["registered_at"].strftime("%Y-%m-%d %H:%M"),
        ]
        for row in rows_for(queryset, waiting_positions(offering), request.user)
    )
    filename = f"{event.slug}-registrations-{timezone.localdate().isoformat()}.csv"
    return csv_response([str(label) for label in COLUMNS], rows, filename)


def _back(request, event):
    return redirect(
        _registrations_url(event, QueryDict(request.POST.get("filters", "")).urlencode())
    )


def _action_target(request, page_id, registration_id=None):
    """(event, offering, registration), or an HttpResponse refusing the action.

    Wagtail's admin turns PermissionDenied into a redirect to the dashboard: answer 403.
    """
    event = _event_or_404(page_id)
    if not can_manage(request.user, event):
        return HttpResponseForbidden(_("You may not manage this event's registrations."))
    offering = _offering(event)
    if offering is None:
        raise Http404
    registration = None
    if registration_id is not None:
        # Only a registration of this event: the permission was checked on this page.
        registration = get_object_or_404(Registration, pk=registration_id, offering=offering)
    return event, offering, registration


def _report(request, outcome):
    (messages.success if outcome.ok else messages.error)(request, outcome.message)


def _registration_action(request, page_id, registration_id, action):
    """Run one engine action on one registration of this event, report, go back."""
    target = _action_target(request, page_id, registration_id)
    if isinstance(target, HttpResponse):
        return target
    event, _offering_row, registration = target
    _report(request, action(registration.pk))
    return _back(request, event)


@require_POST
def cancel_registration(request, page_id, registration_id):
    return _registration_action(request, page_id, registration_id, engine.editor_cancel)


@require_POST
def confirm_waiting(request, page_id, registration_id):
    return _registration_action(request, page_id, registration_id, engine.move_from_waiting_list)


@require_POST
def add_person(request, page_id):
    target = _action_target(request, page_id)
    if isinstance(target, HttpResponse):
        return target
    event, offering, _registration = target
    form = AddPersonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The person could not be added."))
        return _render(request, event, offering, add_form=form)
    _report(request, engine.editor_add(offering.pk, form.user))
    return _back(request, event)


@never_cache
@require_GET
def upcoming_events(request):
    """The upcoming events the editor may manage, with their counts."""
    if not can_see_registrations_menu(request.user):
        return permission_denied(request)
    events = (
        EventPage.objects.filter(end__gte=timezone.now())
        .select_related("locale")
        .annotate(
            confirmed=Count(
                "offering__registrations",
                filter=Q(offering__registrations__status=RegistrationStatus.CONFIRMED),
            ),
            waiting=Count(
                "offering__registrations",
                filter=Q(offering__registrations__status=RegistrationStatus.WAITLISTED),
            ),
            places=F("offering__capacity"),
        )
        .order_by("start", "pk")
    )
    rows = []
    for event in events:
        if not can_manage(request.user, event):
            continue
        rows.append(
            {
                "event": event,
                "url": _registrations_url(event),
                "confirmed": event.confirmed,
                "waiting": event.waiting,
                "places_left": None
                if event.places is None
                else max(event.places - event.confirmed, 0),
            }
        )
    return TemplateResponse(
        request,
        "events/admin/upcoming_events.html",
        {
            "page_title": _("Event registrations"),
            "header_title": _("Event registrations"),
            "header_icon": "date",
            "rows": rows,
        },
    )
