"""E-mails about registrations. ``send(kind, registration_id)`` is called after commit.

kind: "confirmed", "waitlisted", "promoted", "cancelled" (from the registration engine) and
"reminder" (from ``manage.py send_event_reminders``).

``send`` only queues the ``send_registration_email`` task on the "portal" backend (sent
inline in development and tests, by ``manage.py db_worker --backend portal`` in
production); the task loads the registration again and builds the e-mail with
``build_email``. E-mails are written in the portal's default language.
"""

import logging
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation

from events.models import EventFormat, EventPage, Registration, RegistrationStatus

logger = logging.getLogger(__name__)

# Which status a registration must still have for each kind of e-mail to make sense when
# the task runs: a queued e-mail that the next change made stale is skipped (that change
# sends its own e-mail).
EXPECTED_STATUS = {
    "confirmed": RegistrationStatus.CONFIRMED,
    "promoted": RegistrationStatus.CONFIRMED,
    "waitlisted": RegistrationStatus.WAITLISTED,
    "cancelled": RegistrationStatus.CANCELLED,
    "reminder": RegistrationStatus.CONFIRMED,
}
KINDS = tuple(EXPECTED_STATUS)
# Kinds that give a confirmed place: they show the join link and carry the .ics file.
WITH_PLACE = {"confirmed", "promoted", "reminder"}


def send(kind, registration_id):
    """Queue the e-mail about ``registration_id`` (call it once the change has committed)."""
    if kind not in EXPECTED_STATUS:
        raise ValueError(f"Unknown registration e-mail: {kind!r}")
    from events.tasks import send_registration_email

    return send_registration_email.enqueue(kind, registration_id)


def deliver(kind, registration_id, connection=None):
    """Build and send one e-mail now. Returns True when an e-mail was sent.

    Nothing is sent when the registration is gone, its member deleted their account, the
    offering is not an event, or the registration has changed state since.
    """
    registration = (
        Registration.objects.select_related("user", "offering__page")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or registration.user is None or not registration.user.email:
        return False
    if registration.status != EXPECTED_STATUS[kind]:
        logger.info("Skipped the stale %s e-mail for registration %s", kind, registration_id)
        return False
    message = build_email(kind, registration, connection=connection)
    if message is None:
        return False
    message.send()
    return True


def build_email(kind, registration, connection=None):
    """The ``EmailMultiAlternatives`` for ``kind`` about ``registration``, or None."""
    from events import registration as engine

    event = registration.offering.page.specific
    if not isinstance(event, EventPage):
        return None
    # Times in the event's own zone: the date filters convert to the current time zone.
    with translation.override(settings.LANGUAGE_CODE), timezone.override(event.zone):
        context = _context(kind, registration, event, engine)
        subject = render_to_string(f"events/email/{kind}_subject.txt", context)
        subject = context["subject"] = " ".join(subject.split())
        text = _tidy(render_to_string(f"events/email/{kind}.txt", context))
        html = render_to_string(f"events/email/{kind}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.user.email],
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    if kind in WITH_PLACE:
        from events.calendar import registration_calendar

        message.attach(f"{event.slug}.ics", registration_calendar(registration), "text/calendar")
    return message


def _tidy(text):
    """Plain text without the blank lines and trailing spaces that template tags leave."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def _context(kind, registration, event, engine):
    site = event.get_site()
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    local_start, local_end = event.local_start, event.local_end
    return {
        "kind": kind,
        "registration": registration,
        "user": registration.user,
        "name": registration.user.first_name,
        "event": event,
        "site_name": (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        "local_start": local_start,
        "local_end": local_end,
        "same_day": local_start.date() == local_end.date(),
        "zone_name": event.time_zone,
        "zone_abbreviation": local_start.tzname(),
        "is_online": event.format != EventFormat.IN_PERSON,
        "place": ", ".join(
            part
            for part in [
                event.venue.strip(),
                *(line.strip() for line in event.address.splitlines()),
                str(event.country.name) if event.country else "",
            ]
            if part
        ),
        "join_url": event.join_url if kind in WITH_PLACE else "",
        "position": engine.waiting_position(registration) if kind == "waitlisted" else None,
        "event_url": event.get_full_url(),
        "dashboard_url": f"{base_url}/members/",
        "with_calendar": kind in WITH_PLACE,
    }
