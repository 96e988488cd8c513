from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from events import calendar
from events import registration as engine
from events.models import EventPage, Offering, Registration

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
        .filter(locale=Locale.get_active(), end__gte=timezone.now())
        .order_by("start")[:200]
    )
    return HttpResponse(calendar.events_feed(events, request), content_type=ICS_TYPE)
