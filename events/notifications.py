"""E-mails about registrations. ``send(kind, registration_id)`` is called after commit.

kind: "confirmed", "waitlisted", "promoted", "cancelled" (event and course places, from the
registration engine), "reminder" (from ``manage.py send_event_reminders``), and "applied",
"shortlisted", "accepted", "declined", "withdrawn" (programme applications).

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

from events.models import EventFormat, OfferingKind, Registration, RegistrationStatus
from members.services import dashboard_url, email_language

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
    "applied": RegistrationStatus.APPLIED,
    "shortlisted": RegistrationStatus.SHORTLISTED,
    "accepted": RegistrationStatus.ACCEPTED,
    "declined": RegistrationStatus.DECLINED,
    "withdrawn": RegistrationStatus.WITHDRAWN,
}
KINDS = tuple(EXPECTED_STATUS)
APPLICATION_KINDS = {"applied", "shortlisted", "accepted", "declined", "withdrawn"}
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

    Nothing is sent when the registration is gone, its member deleted their account, or
    the registration has changed state since.
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
    build_email(kind, registration, connection=connection).send()
    return True


def build_email(kind, registration, connection=None):
    """The ``EmailMultiAlternatives`` for ``kind`` about ``registration``."""
    offering = registration.offering
    page = offering.page.specific
    folder = "events/email/application" if kind in APPLICATION_KINDS else "events/email"
    # Times in the offering's own zone: the date filters convert to the current time zone.
    with translation.override(email_language(registration.user)), timezone.override(offering.zone):
        context = _context(kind, registration, page)
        subject = render_to_string(f"{folder}/{kind}_subject.txt", context)
        subject = context["subject"] = " ".join(subject.split())
        text = _tidy(render_to_string(f"{folder}/{kind}.txt", context))
        html = render_to_string(f"{folder}/{kind}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.user.email],
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    if context["with_calendar"]:
        from events.calendar import registration_calendar

        message.attach(f"{page.slug}.ics", registration_calendar(registration), "text/calendar")
    return message


def _tidy(text):
    """Plain text without the blank lines and trailing spaces that template tags leave."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def _place(page):
    return ", ".join(
        part
        for part in [
            page.venue.strip(),
            *(line.strip() for line in page.address.splitlines()),
            str(page.country.name) if page.country else "",
        ]
        if part
    )


def _context(kind, registration, page):
    from events import registration as engine

    offering = registration.offering
    site = page.get_site()
    is_event = offering.kind == OfferingKind.EVENT
    local_start, local_end = offering.local_start, offering.local_end
    with_place = kind in WITH_PLACE
    return {
        "kind": kind,
        "registration": registration,
        "user": registration.user,
        "name": registration.user.first_name,
        "page": page,
        "title": offering.title,
        "is_course": offering.kind == OfferingKind.COURSE,
        "site_name": (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        "local_start": local_start,
        "local_end": local_end,
        "dates_only": not is_event,
        "same_day": bool(local_start and local_end and local_start.date() == local_end.date()),
        "zone_name": offering.time_zone,
        "zone_abbreviation": local_start.tzname() if local_start else "",
        "is_online": is_event and page.format != EventFormat.IN_PERSON,
        "place": _place(page) if is_event else "",
        "join_url": page.join_url if is_event and with_place else "",
        "position": engine.waiting_position(registration) if kind == "waitlisted" else None,
        "status_label": registration.get_status_display(),
        "decision_message": registration.decision_message if kind in APPLICATION_KINDS else "",
        "event_url": page.get_full_url(),
        "dashboard_url": dashboard_url(),
        "with_calendar": is_event and with_place,
    }
