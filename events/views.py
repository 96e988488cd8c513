from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from events import calendar
from events import registration as engine
from events.applications import ApplicationForm
from events.models import ApplicationFile, EventPage, Offering, Registration
from portal.files import private_file_response

ICS_TYPE = "text/calendar; charset=utf-8"


@require_POST
@login_required
def register(request, offering_id):
    offering = get_object_or_404(Offering.objects.select_related("page"), pk=offering_id)
    outcome = engine.register(offering.pk, request.user)
    (messages.success if outcome.ok else messages.error)(request, outcome.message)
    return redirect(offering.page.url)


@require_POST
@login_required
def cancel(request, registration_id):
    registration = get_object_or_404(
        Registration.objects.select_related("offering__page"), pk=registration_id, user=request.user
    )
    outcome = engine.cancel(registration.pk, request.user)
    (messages.success if outcome.ok else messages.error)(request, outcome.message)
    return redirect(registration.offering.page.url)


def apply(request, programme):
    """POST to a programme's page: validate the answers, then apply through the engine.

    Invalid answers show the page again with the errors; nothing is stored.
    """
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={programme.url}")
    offering = programme.offering
    if offering is None:
        raise Http404
    form = ApplicationForm(programme.questions, request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Please correct the answers marked below."))
        response = Page.serve(programme, request, application_form=form)
        response.status_code = 400
        return response
    outcome = engine.apply(offering.pk, request.user, form.answers(), form.uploads())
    (messages.success if outcome.ok else messages.error)(request, outcome.message)
    return redirect(programme.url)


@never_cache
@login_required
def application_file(request, file_id):
    """An uploaded file, for the applicant who sent it (editors use the admin's link)."""
    attachment = get_object_or_404(
        ApplicationFile.objects.select_related("registration"),
        pk=file_id,
        registration__user=request.user,
    )
    return file_download(attachment)


def file_download(attachment):
    return private_file_response(attachment.file, attachment.original_name)


def event_ics(request, page_id):
    """The calendar file of one published event."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    response = HttpResponse(calendar.event_calendar(event, request), content_type=ICS_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def events_feed(request):
    """A subscribable feed of upcoming events in the visitor's language."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), last_end__gte=timezone.now())
        .prefetch_related("occurrences")
        .order_by("start")[:200]
    )
    return HttpResponse(calendar.events_feed(events, request), content_type=ICS_TYPE)
