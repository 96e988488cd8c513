"""The office's alerts: the site-wide banner, members' country alerts and alert e-mails.

* A live alert without target countries is a banner on every page from ``starts_at`` until
  ``expires_at``.
* An alert with target countries is for members whose profile says they live in one of
  them: it is on their dashboard while it runs and, when the editor ticks "e-mail", it is
  e-mailed to those of them who opted in to alerts (``Profile.alerts_by_email``). An
  e-mailed site-wide alert goes to every member who opted in.
* E-mails are sent by a background task when the alert is published, once per alert and
  member (``AlertDelivery``, by the alert's translation key: one of its translations),
  never to inactive or deleted accounts.

Translations. Editors translate an alert like other snippets (wagtail-localize): each
translation is an ``Alert`` of its own, in its locale, sharing a translation key. Pages
and dashboards show each alert in the visitor's language where a translation is live,
else in the default language, else in the one there is. E-mails follow each member's
language (``members.services.email_language``): publishing a translation e-mails the
members of that language who have not had the alert; publishing the default language's
version (or, for an alert with none, any version) also e-mails every other member who
has not had it and whose language has no live translation. So translations published
before the default version reach their readers in their language; a translation
published later reaches nobody by e-mail (they had the default version already).

The banner and the page cache. Publishing, changing, unpublishing or deleting an alert
empties the page cache (an Alert is a snippet; portal/cache.py purges on every snippet
save), so a change shows at once. Time is the other change: an alert starts and expires
without anything being saved. The banner therefore never lets a page into the cache when
the page could outlive what it shows: while any alert starts or expires within
``PAGE_CACHE_SECONDS`` of now, the pages rendered are served but not stored (see
``protect_page_cache``). Pages stored earlier leave the cache before that moment, because
they are kept ``PAGE_CACHE_SECONDS`` at most. Outside those minutes pages are cached as
usual, banner included. Browsers may keep a page ``PAGE_CACHE_BROWSER_SECONDS`` (0 by
default) on top of that, as for any other change.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.models import ALERT_LEVEL_ORDER, Alert, AlertDelivery, AlertLevel
from home.newsletter import language_codes, tidy
from members.services import dashboard_url, email_language
from portal.cache import cached

logger = logging.getLogger(__name__)

# Versioned with ``Notice``: a worker never reads notices pickled by older code.
CACHE_KEY = "home:live-alerts:v2"
# Rendering a page takes a moment: a page is not stored if a change is this close to the
# end of its cache lifetime either.
SAFETY_MARGIN = datetime.timedelta(seconds=30)


@dataclass(frozen=True)
class Notice:
    """What the banner and the dashboard show of an alert (kept in the cache)."""

    pk: int
    translation_key: str
    language: str  # the code of the translation's locale
    title: str
    message: str
    level: str
    starts_at: datetime.datetime
    expires_at: datetime.datetime
    countries: frozenset = frozenset()  # country codes; empty for a site-wide alert

    @property
    def level_label(self):
        return AlertLevel(self.level).label

    def is_running(self, now):
        return self.starts_at <= now < self.expires_at


def _notice(alert):
    return Notice(
        pk=alert.pk,
        translation_key=str(alert.translation_key),
        language=alert.locale.language_code,
        title=alert.title,
        message=alert.message,
        level=alert.level,
        starts_at=alert.starts_at,
        expires_at=alert.expires_at,
        countries=frozenset(country.code for country in alert.countries),
    )


def _most_urgent_first(notices):
    return sorted(
        notices, key=lambda n: (ALERT_LEVEL_ORDER.get(n.level, 9), -n.starts_at.timestamp())
    )


def in_language(notices, language=None):
    """One notice per alert: its translation in ``language`` (the active language), else
    the default language's, else the first made."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    chosen = {}
    for notice in sorted(notices, key=lambda n: (preference.get(n.language, 2), n.pk)):
        chosen.setdefault(notice.translation_key, notice)
    return list(chosen.values())


def live_notices(now=None, request=None):
    """Every live alert that has not expired (running or still to start), read once and
    then kept in the page cache's store, which every alert change empties: pages and
    dashboards show alerts without a query (and ask the store once per ``request``)."""
    now = now or timezone.now()
    return cached(
        CACHE_KEY,
        lambda: [
            _notice(alert)
            for alert in Alert.objects.filter(live=True, expires_at__gt=now).select_related(
                "locale"
            )
        ],
        request,
    )


def banner(now=None, request=None):
    """The site-wide alerts to show now, in the active language, most urgent first."""
    now = now or timezone.now()
    return _most_urgent_first(
        in_language(n for n in live_notices(now, request) if not n.countries and n.is_running(now))
    )


def next_change(notices, now):
    """When the banner next changes by itself (an alert starts or expires), or None."""
    moments = [
        notice.starts_at if notice.starts_at > now else notice.expires_at
        for notice in notices
        if notice.expires_at > now and not notice.countries
    ]
    return min(moments, default=None)


def protect_page_cache(request, now=None):
    """Keep the page being rendered out of the page cache when the banner will change
    before the cached copy would expire (see the module's docstring)."""
    now = now or timezone.now()
    change = next_change(live_notices(now, request), now)
    lifetime = datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS)
    if change is not None and change - now < lifetime + SAFETY_MARGIN:
        # Read by Django's UpdateCacheMiddleware (portal.cache.UpdatePageCacheMiddleware).
        request._cache_update_cache = False


def for_country(country_code, now=None):
    """Running alerts targeted at a country, in the active language, most urgent first."""
    if not country_code:
        return []
    now = now or timezone.now()
    return _most_urgent_first(
        in_language(
            n for n in live_notices(now) if country_code in n.countries and n.is_running(now)
        )
    )


def for_member(profile, now=None):
    """The country alerts a member sees on their dashboard (members' pages are never in
    the page cache, so expiry needs no care here)."""
    if profile is None or not profile.country_of_residence:
        return []
    return for_country(profile.country_of_residence.code, now)


# --- E-mail ------------------------------------------------------------------------------


def recipients(alert):
    """The accounts ``alert`` (a translation just published) is e-mailed to: active
    members who opted in, living in one of the target countries (any, for a site-wide
    alert), not yet sent any translation of it, and who read its language or, when it
    stands in for the others (see the module's docstring), whose language has no live
    translation of it."""
    members = (
        get_user_model()
        .objects.filter(is_active=True, profile__alerts_by_email=True)
        .exclude(email="")
    )
    codes = [country.code for country in alert.countries]
    if codes:
        members = members.filter(profile__country_of_residence__in=codes)
    members = members.exclude(alert_deliveries__translation_key=alert.translation_key)
    translations = Alert.objects.filter(translation_key=alert.translation_key)
    language = alert.locale.language_code
    default = settings.LANGUAGE_CODE
    stands_in = (
        language == default or not translations.filter(locale__language_code=default).exists()
    )
    if stands_in:
        live = set(translations.filter(live=True).values_list("locale__language_code", flat=True))
        members = members.exclude(language__in=(live & set(language_codes())) - {language})
    else:
        members = members.filter(language=language)
    return members.order_by("pk")


def queue(alert):
    """After an alert is published: queue its e-mails when the transaction commits."""
    if not alert.send_email:
        return

    def enqueue():
        from home.tasks import send_alert_emails

        send_alert_emails.enqueue(alert.pk)

    transaction.on_commit(enqueue)


def send(alert_id, now=None):
    """E-mail a published alert to whoever should get it and has not yet. Returns the
    number of e-mails sent. Each e-mail is recorded in the transaction that sends it: a
    failure leaves that member unrecorded (publishing again retries), and two runs at the
    same time never e-mail a member twice."""
    now = now or timezone.now()
    alert = (
        Alert.objects.filter(pk=alert_id, live=True, send_email=True)
        .select_related("locale")
        .first()
    )
    if alert is None or alert.expires_at <= now:
        return 0
    user_ids = list(recipients(alert).values_list("pk", flat=True))
    sent = 0
    with get_connection() as connection:
        for user_id in user_ids:
            try:
                sent += _send_one(alert, user_id, connection)
            except Exception:
                logger.exception("Alert %s could not be e-mailed to user %s", alert.pk, user_id)
    return sent


def _send_one(alert, user_id, connection):
    try:
        with transaction.atomic():
            user = (
                get_user_model()
                .objects.filter(pk=user_id, is_active=True, profile__alerts_by_email=True)
                .first()
            )
            if user is None:  # opted out, deactivated or deleted meanwhile
                return 0
            AlertDelivery.objects.create(
                alert=alert, translation_key=alert.translation_key, user=user
            )
            build_email(alert, user, connection).send()
    except IntegrityError:  # another run has e-mailed this member
        return 0
    return 1


def build_email(alert, user, connection=None):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(email_language(user)):
        context = {
            "alert": alert,
            "name": user.first_name,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "dashboard_url": dashboard_url(),
            "settings_url": base + reverse("members:privacy"),
            "countries": ", ".join(str(country.name) for country in alert.countries),
        }
        subject = " ".join(render_to_string("home/email/alert_subject.txt", context).split())
        context["subject"] = subject
        text = tidy(render_to_string("home/email/alert.txt", context))
        html = render_to_string("home/email/alert.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def on_published(sender, instance, **kwargs):
    queue(instance)


def connect():
    from wagtail.signals import published

    published.connect(on_published, sender=Alert, dispatch_uid="home_alert_published")
