"""What a country hub gathers about its country of residence, each from the app that owns
it and by that app's own rules:

* the consular missions located in the country (``directory.ConsularMission``);
* its upcoming events (the events listing's own filter, ``events.models.EventListing``);
* the open engagement programmes that run there or are open to applicants everywhere
  (open as the programmes page counts it, ``events.models.ProgrammePage.taking_applications``:
  no deadline, or a deadline not yet passed);
* its current investment opportunities and the number of professionals living there,
  both from the directory's search, as the viewer's audience may see them: a member who
  is not listed, or who hides their country of residence from that audience, is neither
  counted nor found;
* the latest resources of the library about the country.

Nothing is queried until the template asks for it.
"""

from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import QueryDict
from django.utils import timezone
from django.utils.functional import cached_property

HUB_EVENTS = 4
HUB_PROGRAMMES = 4
HUB_OPPORTUNITIES = 4
HUB_RESOURCES = 5


def _params(**values):
    params = QueryDict(mutable=True)
    for name, value in values.items():
        params.setlist(name, [value])
    return params


class CountryHub:
    def __init__(self, page, user):
        from search.models import Audience

        self.page = page
        self.code = page.country.code
        self.audience = Audience.of(user)

    # -- sections of the site in the hub's language ----------------------------------
    @cached_property
    def directory(self):
        from directory.models import DirectoryIndexPage

        return DirectoryIndexPage.objects.live().filter(locale_id=self.page.locale_id).first()

    @cached_property
    def events_index(self):
        from events.models import EventIndexPage

        return EventIndexPage.objects.live().filter(locale_id=self.page.locale_id).first()

    def _directory_url(self, route="", *args):
        if self.directory is None:
            return ""
        return self.directory.url + self.directory.reverse_subpage(route, args=args)

    # -- consular missions ------------------------------------------------------------
    @cached_property
    def missions(self):
        from directory.models import ConsularMission

        return list(ConsularMission.objects.filter(country=self.code))

    @property
    def consulates_url(self):
        url = self._directory_url("consulates")
        return f"{url}?country={self.code}" if url else ""

    # -- events and programmes --------------------------------------------------------
    @cached_property
    def events(self):
        from events.models import EventListing

        if self.events_index is None:
            return []
        listing = EventListing(self.events_index, _params(country=self.code))
        return list(listing.events()[:HUB_EVENTS])

    @property
    def events_url(self):
        return f"{self.events_index.url}?country={self.code}" if self.events_index else ""

    @cached_property
    def programmes(self):
        from events.models import ProgrammePage

        now = timezone.now()
        return list(
            ProgrammePage.objects.live()
            .public()
            .filter(locale_id=self.page.locale_id)
            .filter(Q(country=self.code) | Q(country=""))
            .filter(ProgrammePage.taking_applications(now))
            .annotate(
                elsewhere=Case(
                    When(country=self.code, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("elsewhere", F("deadline").asc(nulls_last=True), "title")[:HUB_PROGRAMMES]
        )

    # -- the directory's search -------------------------------------------------------
    def _search(self, spec, **params):
        from search.service import SearchUnavailable, search

        try:
            return search(spec, _params(**params), self.audience)
        except SearchUnavailable:
            return None

    @cached_property
    def opportunities(self):
        """The current opportunities' search results (None when search is unavailable)."""
        from directory.documents import OPPORTUNITIES

        return self._search(OPPORTUNITIES, country=self.code, sort="deadline")

    @cached_property
    def opportunity_links(self):
        """[(hit, url)] of the first current opportunities."""
        if self.opportunities is None:
            return []
        hits = self.opportunities.hits[:HUB_OPPORTUNITIES]
        return [(hit, self._directory_url("opportunity", hit.data["pk"])) for hit in hits]

    @property
    def opportunities_url(self):
        url = self._directory_url("opportunities")
        return f"{url}?country={self.code}" if url else ""

    @property
    def all_opportunities_url(self):
        return self._directory_url("opportunities")

    @cached_property
    def professionals_count(self):
        """How many listed professionals the viewer may find living in the country
        (None when search is unavailable)."""
        from directory.documents import PROFESSIONALS

        results = self._search(PROFESSIONALS, residence=self.code)
        return None if results is None else results.total

    @property
    def professionals_url(self):
        url = self._directory_url("index")
        return f"{url}?residence={self.code}" if url else ""

    # -- the library ------------------------------------------------------------------
    @cached_property
    def resources(self):
        from blog.models import ResourcePage

        return list(
            ResourcePage.objects.live()
            .public()
            .sibling_of(self.page, inclusive=False)
            .filter(countries__contains=self.code)
            .order_by("-publication_year", "-first_published_at", "-pk")[:HUB_RESOURCES]
        )

    @property
    def resources_url(self):
        return f"{self.page.get_parent().url}?country={self.code}"
