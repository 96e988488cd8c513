"""E-mail a reminder to every confirmed attendee of an event starting within 24 hours."""

import datetime
import logging

from django.core.mail import get_connection
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from events import notifications
from events.models import OfferingKind, Registration, RegistrationStatus

logger = logging.getLogger(__name__)

WINDOW = datetime.timedelta(hours=24)


def due_reminders(now):
    """Confirmed places, not yet reminded, in published events (each date of a series)
    starting in the next 24 h."""
    return Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        user__isnull=False,
        reminder_sent_at__isnull=True,
        offering__kind=OfferingKind.EVENT,
        offering__is_active=True,
        offering__page__live=True,
        offering__starts_at__gt=now,
        offering__starts_at__lte=now + WINDOW,
    ).order_by("offering__starts_at", "pk")


def claim(now):
    """Lock the due registrations, mark them reminded and return their ids, in one
    transaction. On PostgreSQL rows another run has locked are skipped; on SQLite the
    transaction takes the database's write lock, so parallel runs wait for each other.
    Either way each registration is claimed, and so e-mailed, by one run only.
    """
    with transaction.atomic():
        due = due_reminders(now)
        features = connection.features
        if features.has_select_for_update_skip_locked:
            lock = {"skip_locked": True}
            if features.has_select_for_update_of:
                lock["of"] = ("self",)
            due = due.select_for_update(**lock)
        ids = list(due.values_list("pk", flat=True))
        Registration.objects.filter(pk__in=ids, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
    return ids


class Command(BaseCommand):
    help = (
        "E-mail a reminder, with the event's calendar file, to every confirmed attendee of "
        "a published event that starts within the next 24 hours. Each person is reminded "
        "once: the registration is marked when it is claimed, so a second run (or two runs "
        "at the same time) sends nothing more. Run it every hour, from cron "
        "(`0 * * * * cd /srv/portal && .venv/bin/python manage.py send_event_reminders`) or "
        "a systemd timer (OnCalendar=hourly)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the reminders that are due without sending or marking anything.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        if dry_run:
            due = due_reminders(now).select_related("user", "offering__page")
            for registration in due:
                self.stdout.write(f"{registration.user.email}\t{registration.offering.title}")
            self.stdout.write(f"{len(due)} reminder(s) due (dry run: nothing sent).")
            return

        sent = failed = 0
        with get_connection() as mail:  # opened first: an unreachable server claims nothing
            ids = claim(now)
            for registration_id in ids:
                try:
                    delivered = notifications.deliver("reminder", registration_id, mail)
                except Exception:
                    # Unmark it, so that the next hourly run tries again.
                    logger.exception("The reminder for registration %s failed", registration_id)
                    Registration.objects.filter(pk=registration_id).update(reminder_sent_at=None)
                    failed += 1
                    continue
                sent += delivered
        self.stdout.write(self.style.SUCCESS(f"{sent} reminder(s) sent."))
        if failed:
            self.stderr.write(f"{failed} reminder(s) failed and will be retried next run.")
