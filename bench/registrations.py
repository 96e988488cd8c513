"""Prepare and check the registration scenario of ``make bench`` (PostgreSQL only).

Run by ``bench/run.py`` in a subprocess with the same environment as gunicorn (the same
``SECRET_KEY``, which signs the sessions, and ``DATABASE_URL`` naming the bench's own
PostgreSQL database)::

    .venv/bin/python bench/registrations.py setup --members 400 --capacity 100
    .venv/bin/python bench/registrations.py check --offering 12

``setup`` publishes an event (an ``EventIndexPage`` under the site root, an ``EventPage``
with ``capacity`` places and a waiting list), creates ``members`` users and logs each in
with a session of its own; it prints one JSON object on stdout: the offering's id, the
event's path, the register path, the cookie names and one ``{"session": ..., "csrf": ...}``
per member.

``check`` counts the offering's registrations by status, the members with more than one
active registration and the members with none; it prints one JSON object on stdout.
"""

import argparse
import datetime
import json
import os
import secrets
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSRF_ALPHABET = string.ascii_letters + string.digits
CSRF_SECRET_LENGTH = 32  # Django's CSRF_SECRET_LENGTH: a cookie value it accepts as is


def setup(members, capacity):
    import django

    django.setup()

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from django.urls import reverse
    from django.utils import timezone
    from wagtail.models import Site

    from events.models import EventIndexPage, EventPage, Offering
    from members.models import User

    now = timezone.now()
    with transaction.atomic():
        root = Site.objects.get(is_default_site=True).root_page.specific
        index = root.add_child(
            instance=EventIndexPage(title="Bench events", slug="bench-events", live=False)
        )
        index.save_revision().publish()
        event = index.add_child(
            instance=EventPage(
                title="Bench registration rush",
                slug="bench-registration-rush",
                intro="Many members register for a few places at once.",
                start=now + datetime.timedelta(days=30),
                end=now + datetime.timedelta(days=30, hours=2),
                time_zone="UTC",
                format="in_person",
                capacity=capacity,
                waiting_list=True,
                live=False,
            )
        )
        event.save_revision().publish()
    event.refresh_from_db()
    # Works whether Offering.page is one-to-one or (after the refactor) a ForeignKey.
    offering = Offering.objects.filter(page_id=event.pk).order_by("pk").first()
    if offering is None:
        raise SystemExit("Publishing the event created no offering.")
    if offering.capacity != capacity or not offering.waiting_list:
        raise SystemExit(
            f"The offering has capacity {offering.capacity} and waiting list "
            f"{offering.waiting_list}, not {capacity} and True."
        )

    backend = "django.contrib.auth.backends.ModelBackend"
    logins = []
    with transaction.atomic():
        for number in range(1, members + 1):
            # No password: an unusable one, so no hashing; the member logs in by session.
            user = User.objects.create_user(f"bench-member-{number:04d}@example.org")
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = backend
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            csrf = "".join(secrets.choice(CSRF_ALPHABET) for _ in range(CSRF_SECRET_LENGTH))
            logins.append({"session": session.session_key, "csrf": csrf})
    return {
        "offering_id": offering.pk,
        "event_path": event.url,
        "register_path": reverse("events:register", args=[offering.pk]),
        "capacity": offering.capacity,
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "logins": logins,
    }


def check(offering_id):
    import django

    django.setup()

    from django.db.models import Count

    from events.models import ACTIVE_STATUSES, Offering, Registration
    from members.models import User

    offering = Offering.objects.get(pk=offering_id)
    registrations = Registration.objects.filter(offering_id=offering_id)
    by_status = dict(
        registrations.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    duplicates = (
        registrations.filter(status__in=ACTIVE_STATUSES)
        .values("user_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    members = User.objects.filter(email__startswith="bench-member-")
    unregistered = members.exclude(registrations__offering_id=offering_id).count()
    return {
        "capacity": offering.capacity,
        "total": registrations.count(),
        "confirmed": by_status.get("confirmed", 0),
        "waitlisted": by_status.get("waitlisted", 0),
        "cancelled": by_status.get("cancelled", 0),
        "duplicate_members": duplicates,
        "members": members.count(),
        "members_without_registration": unregistered,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    setup_parser = subparsers.add_parser("setup", help="publish the event, create the members")
    setup_parser.add_argument("--members", type=int, required=True)
    setup_parser.add_argument("--capacity", type=int, required=True)
    check_parser = subparsers.add_parser("check", help="count the offering's registrations")
    check_parser.add_argument("--offering", type=int, required=True)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    if args.command == "setup":
        print(json.dumps(setup(args.members, args.capacity)))
    else:
        print(json.dumps(check(args.offering)))


if __name__ == "__main__":
    main()
