"""The editors' views in the Wagtail admin: who registered for an event date or a course
cohort (counts, list, CSV export, add, cancel, move from the waiting list), and the
review of a programme's applications (answers, files, decisions). Every change goes
through the registration engine (events.registration); this module never writes a
Registration row itself.
"""

import datetime

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
from wagtail.models import Page

from events import registration as engine
from events.models import (
    HOLDS_PLACE,
    ApplicationFile,
    Offering,
    OfferingPage,
    Registration,
    RegistrationStatus,
)
from events.views import file_download
from members import services
from members.models import User
from portal.csv_export import csv_response

PER_PAGE = 100
# Programmes stay listed this long after their deadline, while editors review them.
REVIEW_PERIOD = datetime.timedelta(days=90)

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
    """The event, course or programme page ``page_id``."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, OfferingPage):
        raise Http404
    return page


def _offerings(page):
    return list(Offering.objects.filter(page_id=page.pk).order_by("-is_active", "starts_at", "pk"))


def _offering(page, offering_id=None):
    """The offering asked for (``?offering=``), else the page's first one, or None."""
    offerings = _offerings(page)
    if offering_id not in (None, ""):
        chosen = [offering for offering in offerings if str(offering.pk) == str(offering_id)]
        if not chosen:
            raise Http404
        return chosen[0]
    return offerings[0] if offerings else None


def counts(offering):
    """{confirmed, waiting, cancelled, places_left}: places_left is None without a limit."""
    if offering is None:
        return {"confirmed": 0, "waiting": 0, "cancelled": 0, "places_left": None}
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
    name = "applications" if getattr(event, "offering_kind", "") == "programme" else "registrations"
    url = reverse(f"events_admin:{name}", args=[event.pk])
    return f"{url}?{filters}" if filters else url


def _render(request, event, offering, add_form=None, status=200):
    form, queryset = filter_registrations(request.GET, offering)
    offerings = _offerings(event)
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
            "offerings": offerings if len(offerings) > 1 else [],
            "counts": counts(offering),
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
    if event.offering_kind == "programme":
        return redirect(_registrations_url(event))
    return _render(request, event, _offering(event, request.GET.get("offering")))


@never_cache
@require_GET
def export(request, page_id):
    """The listing's registrations, under its filters, as CSV."""
    event = _event_or_404(page_id)
    if not can_manage(request.user, event):
        return HttpResponseForbidden(_("You may not see this event's registrations."))
    offering = _offering(event, request.GET.get("offering"))
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
    registration = None
    if registration_id is not None:
        # Only a registration of this page: the permission was checked on this page.
        registration = get_object_or_404(
            Registration.objects.select_related("offering"),
            pk=registration_id,
            offering__page_id=event.pk,
        )
        offering = registration.offering
    else:
        offering = _offering(event, request.POST.get("offering"))
    if offering is None:
        raise Http404
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
    """Every upcoming event date, running course cohort and open programme the editor may
    manage, with their counts."""
    if not can_see_registrations_menu(request.user):
        return permission_denied(request)
    now = timezone.now()
    current = Q(ends_at__gte=now) | Q(
        Q(closes_at__isnull=True) | Q(closes_at__gte=now - REVIEW_PERIOD), ends_at__isnull=True
    )
    offerings = (
        Offering.objects.filter(current, is_active=True)
        .select_related("page__locale")
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status__in=HOLDS_PLACE)),
            waiting=Count(
                "registrations",
                filter=Q(
                    registrations__status__in=[
                        RegistrationStatus.WAITLISTED,
                        RegistrationStatus.APPLIED,
                        RegistrationStatus.SHORTLISTED,
                    ]
                ),
            ),
        )
        .order_by(F("starts_at").asc(nulls_last=True), "page__title", "pk")
    )
    rows = []
    pages = {}
    for offering in offerings:
        page = pages.setdefault(offering.page_id, offering.page.specific)
        if not can_manage(request.user, page):
            continue
        filters = "" if offering.key == "main" else f"offering={offering.pk}"
        rows.append(
            {
                "offering": offering,
                "page": page,
                "kind": offering.get_kind_display(),
                "url": _registrations_url(page, filters),
                "confirmed": offering.confirmed,
                "waiting": offering.waiting,
                "places_left": None
                if offering.capacity is None
                else max(offering.capacity - offering.confirmed, 0),
            }
        )
    return TemplateResponse(
        request,
        "events/admin/upcoming_events.html",
        {
            "page_title": _("Registrations and applications"),
            "header_title": _("Registrations and applications"),
            "header_icon": "date",
            "rows": rows,
        },
    )


# --- Programme applications -----------------------------------------------------------

APPLICATION_STATUSES = [
    RegistrationStatus.APPLIED,
    RegistrationStatus.SHORTLISTED,
    RegistrationStatus.ACCEPTED,
    RegistrationStatus.DECLINED,
    RegistrationStatus.WITHDRAWN,
]


class ApplicationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[
            ("", gettext_lazy("Any status")),
            *((status.value, status.label) for status in APPLICATION_STATUSES),
        ],
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=gettext_lazy("Decision"), widget=forms.RadioSelect)
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Included in the e-mail the applicant receives."),
    )

    def __init__(self, application, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = [
            (status.value, status.label)
            for status, allowed in engine.DECISIONS.items()
            if application.status in allowed
        ]


def _programme_or_refusal(request, page_id):
    programme = _event_or_404(page_id)
    if programme.offering_kind != "programme":
        raise Http404
    if not can_manage(request.user, programme):
        return None, HttpResponseForbidden(_("You may not see this programme's applications."))
    return programme, None


def application_counts(offering):
    totals = {status.value: 0 for status in APPLICATION_STATUSES}
    if offering is not None:
        for row in offering.registrations.values("status").annotate(total=Count("pk")):
            totals[row["status"]] = row["total"]
        places = offering.capacity
    else:
        places = None
    totals["places_left"] = (
        None if places is None else max(places - totals[RegistrationStatus.ACCEPTED], 0)
    )
    return totals


def _applications(data, offering):
    form = ApplicationFilterForm(data)
    if offering is None:
        return form, Registration.objects.none()
    queryset = offering.registrations.select_related("user__profile").order_by("created_at", "pk")
    if form.is_valid() and form.cleaned_data["status"]:
        queryset = queryset.filter(status=form.cleaned_data["status"])
    return form, queryset


@never_cache
@require_GET
def applications(request, page_id):
    programme, refused = _programme_or_refusal(request, page_id)
    if refused:
        return refused
    offering = programme.offering
    form, queryset = _applications(request.GET, offering)
    paginator = WagtailPaginator(queryset, PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    filters = request.GET.copy()
    filters.pop("p", None)
    title = _("Applications: %(title)s") % {"title": programme.title}
    return TemplateResponse(
        request,
        "events/admin/applications.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "form",
            "programme": programme,
            "offering": offering,
            "counts": application_counts(offering),
            "statuses": [(status.value, status.label) for status in APPLICATION_STATUSES],
            "form": form,
            "rows": [
                {
                    "application": application,
                    "name": person_name(application.user, request.user),
                    "email": application.user.email if application.user else "",
                }
                for application in page
            ],
            "page_obj": page,
            "items": page,
            "paginator": paginator,
            "list_url": _registrations_url(programme),
            "export_url": reverse("events_admin:applications_export", args=[programme.pk])
            + ("?" + filters.urlencode() if filters else ""),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[programme.pk]),
        },
    )


@never_cache
@require_GET
def applications_export(request, page_id):
    """The applications under the listing's filters, one column per question, as CSV."""
    programme, refused = _programme_or_refusal(request, page_id)
    if refused:
        return refused
    _form, queryset = _applications(request.GET, programme.offering)
    questions = [(block.id, block.value["label"]) for block in programme.questions]
    labels = [str(label) for label in (COLUMNS[0], COLUMNS[1], COLUMNS[2], COLUMNS[4])]
    header = [*labels, *(label for _id, label in questions), _("Message to the applicant")]

    def rows():
        for application in queryset:
            answers = {answer["id"]: answer["value"] for answer in application.answers}
            yield [
                person_name(application.user, request.user),
                application.user.email if application.user else "",
                application.get_status_display(),
                timezone.localtime(application.created_at).strftime("%Y-%m-%d %H:%M"),
                *(answers.get(question_id, "") for question_id, _label in questions),
                application.decision_message,
            ]

    filename = f"{programme.slug}-applications-{timezone.localdate().isoformat()}.csv"
    return csv_response(header, rows(), filename)


@never_cache
def application_detail(request, page_id, registration_id):
    """One application: the answers, the files, and the decision form."""
    programme, refused = _programme_or_refusal(request, page_id)
    if refused:
        return refused
    application = get_object_or_404(
        Registration.objects.select_related("user__profile", "offering").prefetch_related("files"),
        pk=registration_id,
        offering__page_id=programme.pk,
    )
    form = DecisionForm(application, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            outcome = engine.decide(
                application.pk, form.cleaned_data["decision"], form.cleaned_data["message"]
            )
            _report(request, outcome)
            return redirect(
                reverse("events_admin:application", args=[programme.pk, application.pk])
            )
        messages.error(request, _("The decision could not be saved."))
        status = 400
    files = {attachment.question_id: attachment for attachment in application.files.all()}
    answers = [
        {**answer, "file": files.get(answer["id"]) if answer.get("type") == "file" else None}
        for answer in application.answers
    ]
    name = person_name(application.user, request.user)
    title = _("Application: %(name)s") % {"name": name}
    return TemplateResponse(
        request,
        "events/admin/application.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "form",
            "programme": programme,
            "application": application,
            "name": name,
            "email": application.user.email if application.user else "",
            "answers": answers,
            "form": form,
            "list_url": _registrations_url(programme),
        },
        status=status,
    )


@never_cache
@require_GET
def application_file(request, page_id, file_id):
    """A file sent with an application, for the editors who may review the programme."""
    programme, refused = _programme_or_refusal(request, page_id)
    if refused:
        return refused
    attachment = get_object_or_404(
        ApplicationFile, pk=file_id, registration__offering__page_id=programme.pk
    )
    return file_download(attachment)
