"""The newsletter digest (``manage.py send_digest``).

Each confirmed subscriber receives the items first published since their last digest (or
since they confirmed) that match their topics and countries, each in their language where
it is published in it. Every item is reported to a subscriber once: what a digest reports
is recorded (``DigestItem``, unique per subscriber and item) in the same transaction that
sends it, one transaction per subscriber. A second run, at once or at the same time, finds
everything recorded and sends nothing; a run that stops half way has sent and recorded the
subscribers before the failure, and the next run does the rest. Subscribers with nothing
new receive nothing.
"""

import datetime
import logging

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from home import newsletter
from home.models import DigestItem, Subscriber
from home.topics import TOPICS, new_items

logger = logging.getLogger(__name__)

# A digest never reports items older than this, however long ago the last one was sent.
MAX_AGE = datetime.timedelta(days=31)
# The window reaches this far behind the last digest: a page published while the last run
# was reading (its transaction not yet committed) is caught by the next run. What was
# already reported is recorded, so the overlap never reports anything twice.
OVERLAP = datetime.timedelta(hours=1)


def window_start(subscriber, now):
    """Items first published after this time are news to the subscriber."""
    start = subscriber.confirmed_at
    if subscriber.last_digest_at is not None:
        start = max(start, subscriber.last_digest_at - OVERLAP)
    return max(start, now - MAX_AGE)


def choose(subscriber, items, sent, now):
    """The items for one subscriber, grouped by topic: [(topic key, [Item, ...]), ...]."""
    since = window_start(subscriber, now)
    topics = set(subscriber.topics)
    countries = {str(country.code) for country in subscriber.countries}
    chosen, seen = {}, set(sent)
    for item in items:
        if (
            item.topic in topics
            and item.published_at > since
            and item.key not in seen
            and item.matches(countries)
        ):
            chosen.setdefault(item.topic, []).append(item)
            seen.add(item.key)
    return [(key, chosen[key]) for key in TOPICS if key in chosen]


def send_digests(now=None):
    """E-mail every confirmed subscriber their digest; returns the number of e-mails sent."""
    now = now or timezone.now()
    newsletter.remove_stale_pending(now)
    subscriber_ids = list(
        Subscriber.objects.filter(confirmed_at__isnull=False, confirmed_at__lte=now)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not subscriber_ids:
        return 0
    items = new_items(now - MAX_AGE, now)
    if not items:
        return 0
    sent = 0
    with get_connection() as connection:  # one connection for the whole run
        for subscriber_id in subscriber_ids:
            try:
                sent += _digest_for(subscriber_id, items, now, connection)
            except Exception:
                # Nothing was recorded for this subscriber: the next run tries again.
                logger.exception("The newsletter digest failed for subscriber %s", subscriber_id)
    return sent


def _digest_for(subscriber_id, items, now, connection):
    keys = [item.key for item in items]
    try:
        with transaction.atomic():
            subscriber = (
                Subscriber.objects.select_for_update()
                .filter(pk=subscriber_id, confirmed_at__isnull=False)
                .first()
            )
            if subscriber is None:  # unsubscribed meanwhile
                return 0
            sent = set(
                DigestItem.objects.filter(subscriber=subscriber, item__in=keys).values_list(
                    "item", flat=True
                )
            )
            sections = choose(subscriber, items, sent, now)
            if not sections:
                return 0
            DigestItem.objects.bulk_create(
                DigestItem(subscriber=subscriber, item=item.key, sent_at=now)
                for _topic, group in sections
                for item in group
            )
            subscriber.last_digest_at = now
            subscriber.save(update_fields=["last_digest_at"])
            build_digest(subscriber, sections, connection).send()
    except IntegrityError:
        # Another run recorded (and sent) these items first.
        return 0
    return 1


def build_digest(subscriber, sections, connection=None):
    language = subscriber.language
    context = {
        "sections": [
            {
                "label": TOPICS[key].label,
                "items": [item.version(language) for item in group],
            }
            for key, group in sections
        ],
        "count": sum(len(group) for _key, group in sections),
        "preferences_url": newsletter.link(subscriber, "preferences", newsletter.MANAGE),
    }
    return newsletter.build_email(subscriber, "home/email/digest", context, connection=connection)
