"""Saved opportunity searches of verified investors, and their e-mail digest.

An investor saves the opportunity search they are looking at (its filters and words);
``send_digests()`` (``manage.py send_saved_search_digests``, run periodically) e-mails
each investor the opportunities that newly match any of their saved searches. Every
opportunity is reported once per saved search: what already matched when the search was
saved is recorded as known, and what a digest reports is recorded in the same
transaction that sends it. Searches run through the search service, as the investor
would see them on the page, so they work on every search backend.
"""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory.documents import OPPORTUNITIES
from directory.models import SavedSearch, SavedSearchMatch
from directory.services import is_verified_investor
from members.models import InvestorStatus
from members.services import dashboard_url, email_language, export_sections
from search.models import Audience
from search.service import parse, search

logger = logging.getLogger(__name__)

MAX_SAVED_SEARCHES = 20
# A digest looks at this many of the newest matches of each saved search.
DIGEST_PAGES = 5


def normalise(params):
    """The query string of a search, with only what the search understands, no page."""
    query = parse(OPPORTUNITIES, params)
    query.sort = ""
    return query.querystring_without()


def describe(querystring):
    """A readable name: the words, then the chosen values of each facet."""
    query = parse(OPPORTUNITIES, QueryDict(querystring))
    parts = [f"“{query.text}”"] if query.text else []
    for facet in OPPORTUNITIES.facets:
        values = query.filters.get(facet.name)
        if values:
            parts.append(", ".join(facet.label_for(value) for value in values))
    return " · ".join(parts)[:200] or _("All open opportunities")


def save(user, params):
    """Save the search ``params`` (a QueryDict) for ``user``; returns (saved, created)."""
    if not is_verified_investor(user):
        raise PermissionDenied(_("Only verified investors can save searches."))
    querystring = normalise(params)
    existing = SavedSearch.objects.filter(user=user, querystring=querystring).first()
    if existing is not None:
        return existing, False
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise ValidationError(
            _("You have %(count)d saved searches, the most we keep. Delete one first.")
            % {"count": MAX_SAVED_SEARCHES}
        )
    try:
        with transaction.atomic():
            saved = SavedSearch.objects.create(
                user=user, querystring=querystring, name=describe(querystring)
            )
            # What matches now is what the investor is looking at: not news.
            SavedSearchMatch.objects.bulk_create(
                SavedSearchMatch(saved_search=saved, opportunity_id=hit.data["pk"])
                for hit in matches(saved)
            )
    except IntegrityError:  # saved twice at once
        return SavedSearch.objects.get(user=user, querystring=querystring), False
    return saved, True


def delete(user, saved_search_id):
    """Delete one of ``user``'s saved searches; False if they have no such search."""
    deleted, _rows = SavedSearch.objects.filter(user=user, pk=saved_search_id).delete()
    return bool(deleted)


def matches(saved):
    """The newest hits of a saved search (``search.service`` hits), newest first."""
    found = []
    for number in range(1, DIGEST_PAGES + 1):
        params = QueryDict(saved.querystring, mutable=True)
        params["sort"] = "newest"
        params["page"] = str(number)
        results = search(OPPORTUNITIES, params, Audience.MEMBERS)
        if results.page.number != number:
            break  # past the last page
        found += results.hits
        if not results.page.has_next():
            break
    return found


def send_digests(now=None):
    """E-mail every verified investor the new matches of their saved searches; returns
    the number of e-mails sent. A failure to send leaves nothing recorded for that
    investor, so the next run tries again."""
    now = now or timezone.now()
    investors = (
        SavedSearch.objects.filter(
            user__is_active=True, user__profile__investor_status=InvestorStatus.VERIFIED
        )
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )
    sent = 0
    for user_id in investors:
        try:
            sent += _digest_for(user_id, now)
        except Exception:
            logger.exception("Saved search digest failed for user %s", user_id)
    return sent


def _digest_for(user_id, now):
    with transaction.atomic():
        # A second run at the same time skips this investor instead of sending twice.
        searches = list(
            SavedSearch.objects.select_for_update(skip_locked=True)
            .select_related("user")
            .filter(user_id=user_id)
            .order_by("created_at", "pk")
        )
        sections = []
        for saved in searches:
            known = set(saved.matches.values_list("opportunity_id", flat=True))
            new = [hit for hit in matches(saved) if hit.data["pk"] not in known]
            if new:
                sections.append((saved, new))
        if not sections:
            return 0
        for saved, new in sections:
            SavedSearchMatch.objects.bulk_create(
                SavedSearchMatch(saved_search=saved, opportunity_id=hit.data["pk"], reported_at=now)
                for hit in new
            )
            saved.last_sent_at = now
            saved.save(update_fields=["last_sent_at"])
        _email(searches[0].user, sections)
    return 1


def opportunities_path():
    """The path of the opportunities search, in the active language if it has one."""
    from wagtail.models import Locale

    from directory.models import DirectoryIndexPage

    indexes = DirectoryIndexPage.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    return index.url + index.reverse_subpage("opportunities") if index else "/"


def saved_searches_of(user):
    """(the user's saved searches, the path of the opportunities search) for the dashboard:
    only verified investors have any (an investor who is no longer verified gets no
    digest; their searches come back if they are verified again)."""
    if not is_verified_investor(user):
        return [], None
    return list(SavedSearch.objects.filter(user=user)), opportunities_path()


def _email(user, sections):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    language = email_language(user)
    with translation.override(language):
        listing = base + opportunities_path()
        manage_url = dashboard_url("saved-searches")
    context = {
        "name": user.get_full_name() or user.email,
        "sections": [
            {
                "name": saved.name,
                "url": f"{listing}?{saved.querystring}",
                "opportunities": [
                    {**hit.data, "title": hit.title, "url": f"{listing}{hit.data['pk']}/"}
                    for hit in new
                ],
            }
            for saved, new in sections
        ],
        "count": sum(len(new) for _saved, new in sections),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "manage_url": manage_url,
    }
    with translation.override(language):
        subject = " ".join(render_to_string("directory/email/digest_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("directory/email/digest.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
        message.attach_alternative(
            render_to_string("directory/email/digest.html", {**context, "subject": subject}),
            "text/html",
        )
    message.send()


@export_sections
def _saved_searches_section(user):
    return "saved_searches", [
        {
            "name": saved.name,
            "search": saved.querystring,
            "created_at": saved.created_at.isoformat(),
            "last_sent_at": saved.last_sent_at.isoformat() if saved.last_sent_at else None,
        }
        for saved in SavedSearch.objects.filter(user=user)
    ]
