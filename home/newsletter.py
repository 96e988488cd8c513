"""Newsletter subscriptions: double opt-in, signed links, preferences, unsubscribing.

* ``subscribe`` records a pending subscription and e-mails a confirmation link; nothing
  else is sent until it is confirmed. Asking again with the same address keeps one
  subscription, and within ``NOTICE_WINDOW`` sends no second e-mail. An address that is
  already confirmed gets a reminder with its preferences link instead, and its preferences
  are not changed (only the owner of the address may change them). Visitors see the same
  answer in every case, so the form never tells whether an address is subscribed.
* Links carry a signed token (``django.core.signing``) naming the subscription and bound
  to its address: confirmation links expire after ``CONFIRM_DAYS``; the links to the
  preferences and to unsubscribe, in every e-mail, do not. A forged, altered or expired
  token is refused and changes nothing.
* Unsubscribing deletes the subscription and everything recorded about it.

E-mails go through the "portal" task backend (``home.tasks``), written in the
subscriber's language.
"""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac

from home.models import DigestItem, Subscriber
from home.topics import TOPICS, all_topics
from members.services import deletion_steps, export_sections

logger = logging.getLogger(__name__)

CONFIRM_DAYS = 7
# A repeated subscription within this window sends no second e-mail.
NOTICE_WINDOW = datetime.timedelta(minutes=15)
# Pending subscriptions never confirmed are removed after this long (by send_digest).
PENDING_DAYS = 30

CONFIRM = "confirm"
MANAGE = "manage"
_SALTS = {CONFIRM: "home.newsletter.confirm", MANAGE: "home.newsletter.manage"}
_MAX_AGE = {CONFIRM: datetime.timedelta(days=CONFIRM_DAYS), MANAGE: None}
MAX_TOKEN_LENGTH = 200


class TokenError(Exception):
    """A link that cannot be used. ``reason``: "invalid" (forged or damaged), "expired",
    or "gone" (genuine, but the subscription no longer exists)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def normalise_email(email):
    return (email or "").strip().lower()


def clean_topics(topics):
    """Known topic keys, in the registry's order, without repeats."""
    chosen = set(topics or [])
    return [key for key in TOPICS if key in chosen]


def _fingerprint(subscriber):
    return salted_hmac(
        "home.newsletter.fingerprint", f"{subscriber.pk}:{subscriber.email}"
    ).hexdigest()[:20]


def make_token(subscriber, purpose):
    return signing.dumps([subscriber.pk, _fingerprint(subscriber)], salt=_SALTS[purpose])


def read_token(token, purpose):
    """The subscription a token names; raises TokenError."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise TokenError("invalid")
    try:
        data = signing.loads(token, salt=_SALTS[purpose], max_age=_MAX_AGE[purpose])
    except signing.SignatureExpired:
        raise TokenError("expired") from None
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        raise TokenError("invalid") from None
    if not (
        isinstance(data, list)
        and len(data) == 2
        and isinstance(data[0], int)
        and isinstance(data[1], str)
    ):
        raise TokenError("invalid")
    subscriber = Subscriber.objects.filter(pk=data[0]).first()
    if subscriber is None or not constant_time_compare(data[1], _fingerprint(subscriber)):
        raise TokenError("gone")
    return subscriber


def link(subscriber, name, purpose):
    """The full address of one of the newsletter's signed pages, in the subscriber's
    language."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    language = subscriber.language if subscriber.language in language_codes() else None
    with translation.override(language or settings.LANGUAGE_CODE):
        return base + reverse(f"newsletter:{name}", args=[make_token(subscriber, purpose)])


def subscribe(email, language, topics=None, countries=(), now=None):
    """Ask for the newsletter. Returns nothing: what a visitor is told must not depend on
    whether the address was known."""
    now = now or timezone.now()
    email = normalise_email(email)
    if language not in language_codes():
        language = settings.LANGUAGE_CODE
    preferences = {
        "language": language,
        "topics": clean_topics(topics) or all_topics(),
        "countries": sorted(set(countries or [])),
    }
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults=preferences
        )
        if not created and not subscriber.is_confirmed:
            # Still pending: the latest request's choices are the ones confirmed.
            for name, value in preferences.items():
                setattr(subscriber, name, value)
        recently = (
            subscriber.notice_sent_at is not None
            and now - subscriber.notice_sent_at < NOTICE_WINDOW
        )
        if not recently:
            subscriber.notice_sent_at = now
        subscriber.save()
        if recently:
            return
        kind = "already_subscribed" if subscriber.is_confirmed else "confirm"
        transaction.on_commit(partial(_queue_notice, kind, subscriber.pk))


def _queue_notice(kind, subscriber_id):
    from home.tasks import send_newsletter_notice

    send_newsletter_notice.enqueue(kind, subscriber_id)


def confirm(token, now=None):
    """Confirm the subscription a confirmation token names. Returns (subscriber, whether
    this confirmed it); raises TokenError."""
    subscriber = read_token(token, CONFIRM)
    with transaction.atomic():
        updated = Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
            confirmed_at=now or timezone.now()
        )
    subscriber.refresh_from_db()
    return subscriber, bool(updated)


def unsubscribe(token):
    """Delete the subscription a token names (and what was recorded about it). Returns the
    address; raises TokenError ("gone" when it was already deleted)."""
    subscriber = read_token(token, MANAGE)
    email = subscriber.email
    subscriber.delete()
    return email


def update_preferences(subscriber, language, topics, countries):
    subscriber.language = language if language in language_codes() else settings.LANGUAGE_CODE
    subscriber.topics = clean_topics(topics)
    subscriber.countries = sorted(set(countries or []))
    subscriber.save(update_fields=["language", "topics", "countries"])
    return subscriber


def remove_stale_pending(now=None):
    """Delete subscriptions never confirmed within PENDING_DAYS; returns how many."""
    now = now or timezone.now()
    deleted, _rows = Subscriber.objects.filter(
        confirmed_at__isnull=True, created__lt=now - datetime.timedelta(days=PENDING_DAYS)
    ).delete()
    return deleted


# --- E-mails -----------------------------------------------------------------------------


def deliver_notice(kind, subscriber_id, connection=None):
    """Send the confirmation ("confirm") or "already subscribed" e-mail now. Returns True
    when one was sent; nothing is sent for a subscription that is gone or has changed."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    if kind == "confirm" and subscriber.is_confirmed:
        return False
    if kind == "already_subscribed" and not subscriber.is_confirmed:
        return False
    context = {
        "confirm_url": link(subscriber, "confirm", CONFIRM) if kind == "confirm" else "",
        "preferences_url": link(subscriber, "preferences", MANAGE),
        "confirm_days": CONFIRM_DAYS,
    }
    build_email(subscriber, f"home/email/{kind}", context, connection=connection).send()
    return True


def build_email(subscriber, template, context, connection=None, unsubscribe=True):
    """An ``EmailMultiAlternatives`` from ``<template>_subject.txt``, ``.txt`` and ``.html``,
    in the subscriber's language, with the unsubscribe link (and the List-Unsubscribe
    headers that let mail programs offer a one-click button)."""
    language = subscriber.language if subscriber.language in language_codes() else None
    context = {
        **context,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "email": subscriber.email,
        "unsubscribe_url": link(subscriber, "unsubscribe", MANAGE) if unsubscribe else "",
    }
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        context["subject"] = subject
        text = tidy(render_to_string(f"{template}.txt", context))
        html = render_to_string(f"{template}.html", context)
    headers = {}
    if unsubscribe:
        headers = {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers=headers,
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def tidy(text):
    """Plain text without the blank lines and trailing spaces template tags leave."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out) + "\n"


# --- The member's data -------------------------------------------------------------------


@export_sections
def _newsletter_section(user):
    subscriber = Subscriber.objects.filter(email=normalise_email(user.email)).first()
    if subscriber is None:
        return "newsletter", None
    return "newsletter", {
        "email": subscriber.email,
        "language": subscriber.language,
        "topics": subscriber.topics,
        "countries": [str(country.code) for country in subscriber.countries],
        "subscribed_at": subscriber.created.isoformat(),
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        "last_digest_at": (
            subscriber.last_digest_at.isoformat() if subscriber.last_digest_at else None
        ),
        "items_sent": DigestItem.objects.filter(subscriber=subscriber).count(),
    }


@deletion_steps
def _remove_subscription(user):
    """A member who deletes their account stops receiving the newsletter at that address."""
    Subscriber.objects.filter(email=normalise_email(user.email)).delete()
