"""Newsletter topics: what a subscriber chooses, and where each topic's items come from.

A topic is a label and one or more sources; adding a topic is one entry in ``TOPICS``,
as the knowledge library's was::

    "resources": Topic(_("Knowledge library"), [PageSource("blog.ResourcePage", ...)]),

A source lists the items first published in a time window, as ``Item``s: one item per
page whatever the number of its translations (keyed by the translation key), with the
title, summary and address of each language it is published in. Only live, public pages
are listed (never drafts or pages behind a password or login), and events that are over
or programmes whose deadline has passed are no longer news.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Version:
    """An item in one language."""

    title: str
    url: str
    summary: str = ""
    date: datetime.date | None = None


@dataclass(frozen=True)
class Item:
    key: str  # what DigestItem records: the same item is never reported twice
    topic: str
    published_at: datetime.datetime
    countries: frozenset = frozenset()  # country codes; empty: about no country in particular
    versions: dict = field(default_factory=dict)  # language code -> Version

    def matches(self, countries):
        """An item about no country matches everyone; otherwise one of its countries must be
        among ``countries`` (when the subscriber chose any)."""
        return not countries or not self.countries or bool(self.countries & set(countries))

    def version(self, language):
        """The item in ``language`` if it is published in it, else in the site's default
        language, else in whichever language it has."""
        return (
            self.versions.get(language)
            or self.versions.get(settings.LANGUAGE_CODE)
            or next(iter(self.versions.values()))
        )


def _codes(value):
    """Country codes of a CountryField value (one country or several)."""
    if not value:
        return frozenset()
    if hasattr(value, "code"):  # one Country
        return frozenset([str(value.code)])
    return frozenset(str(country.code) for country in value if country)


@dataclass(frozen=True)
class PageSource:
    """Pages of one type. ``country``: the field holding the page's country or countries;
    ``current``: a date field after which the page is no longer news (events that are over,
    programmes past their deadline); ``date``: a date shown with the item."""

    model: str
    country: str = ""
    current: str = ""
    date: str = ""
    summary: str = "intro"

    def items(self, topic, since, now):
        model = apps.get_model(self.model)
        pages = model.objects.live().public()
        if self.current:
            pages = pages.filter(
                Q(**{f"{self.current}__gte": now}) | Q(**{f"{self.current}__isnull": True})
            )
        new_keys = pages.filter(
            first_published_at__gt=since, first_published_at__lte=now
        ).values_list("translation_key", flat=True)
        groups = {}
        for page in pages.filter(translation_key__in=new_keys).select_related("locale"):
            groups.setdefault(page.translation_key, []).append(page)
        items = []
        for key, versions in groups.items():
            # A translation published today of an old page is not news.
            first = min(page.first_published_at for page in versions)
            if first <= since:
                continue
            original = min(versions, key=lambda page: page.first_published_at)
            items.append(
                Item(
                    key=f"page:{key}",
                    topic=topic,
                    published_at=first,
                    countries=_codes(getattr(original, self.country))
                    if self.country
                    else frozenset(),
                    versions={
                        page.locale.language_code: Version(
                            title=page.title,
                            url=page.get_full_url(),
                            summary=str(getattr(page, self.summary, "") or ""),
                            date=_as_date(getattr(page, self.date)) if self.date else None,
                        )
                        for page in versions
                    },
                )
            )
        return items


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


@dataclass(frozen=True)
class OpportunitySource:
    """Published investment opportunities that are still open (their summary is public)."""

    def items(self, topic, since, now):
        from directory.models import Opportunity, OpportunityStatus
        from directory.saved_searches import opportunities_path

        found = list(
            Opportunity.objects.filter(
                live=True,
                status=OpportunityStatus.OPEN,
                first_published_at__gt=since,
                first_published_at__lte=now,
            )
            .filter(Q(deadline__isnull=True) | Q(deadline__gte=now.date()))
            .order_by("first_published_at", "pk")
        )
        if not found:
            return []
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        listings = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                listings[code] = base + opportunities_path()
        return [
            Item(
                key=f"opportunity:{opportunity.pk}",
                topic=topic,
                published_at=opportunity.first_published_at,
                countries=_codes(opportunity.country),
                versions={
                    code: Version(
                        title=opportunity.title,
                        url=f"{listing}{opportunity.pk}/",
                        summary=opportunity.summary,
                    )
                    for code, listing in listings.items()
                },
            )
            for opportunity in found
        ]


@dataclass(frozen=True)
class Topic:
    label: str
    sources: list


TOPICS = {
    "news": Topic(_("News"), [PageSource("blog.NewsPage", date="date")]),
    "events": Topic(
        _("Events and courses"),
        [
            PageSource("events.EventPage", country="country", current="last_end", date="start"),
            PageSource("events.CoursePage"),
        ],
    ),
    "programmes": Topic(
        _("Engagement programmes"),
        [PageSource("events.ProgrammePage", country="country", current="deadline")],
    ),
    "resources": Topic(
        _("Knowledge library"),
        [PageSource("blog.ResourcePage", country="countries", summary="summary")],
    ),
    "opportunities": Topic(_("Investment opportunities"), [OpportunitySource()]),
}


def topic_choices():
    return [(key, topic.label) for key, topic in TOPICS.items()]


def all_topics():
    return list(TOPICS)


def new_items(since, now):
    """Every item first published after ``since`` and until ``now``, oldest first."""
    items = []
    for key, topic in TOPICS.items():
        for source in topic.sources:
            items += source.items(key, since, now)
    return sorted(items, key=lambda item: (item.published_at, item.key))
