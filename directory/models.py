"""The directory of professionals, organisations, opportunities and consular missions."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from portal.models import SectionIndexPage, optional_image

MISSIONS_PER_PAGE = 20


class DirectoryIndexPage(RoutablePageMixin, SectionIndexPage):
    empty_message = _("The directory has no entries yet. Please check back soon.")

    class Meta:
        verbose_name = _("directory index page")

    def search_page(self, request, spec, template, **extra):
        """One of the directory's searches, with what the viewer's audience may see."""
        from search.models import Audience
        from search.service import SearchUnavailable, search

        audience = Audience.of(request.user)
        try:
            results = search(spec, request.GET, audience)
        except SearchUnavailable:
            response = self.render(
                request, template=template, context_overrides={"search_unavailable": True}
            )
            response.status_code = 503
            response["Retry-After"] = "60"
            return response
        return self.render(
            request, template=template, context_overrides={"results": results, **extra}
        )

    @path("")
    def index(self, request):
        """The professionals who opted in, searched with what the viewer may see."""
        from directory.documents import PROFESSIONALS

        return self.search_page(request, PROFESSIONALS, self.get_template(request))

    @path("organisations/")
    def organisations(self, request):
        from directory.documents import ORGANISATIONS

        return self.search_page(request, ORGANISATIONS, "directory/organisations.html")

    @path("organisations/propose/")
    def propose_organisation(self, request):
        from directory.views import propose_organisation

        return propose_organisation(request, self)

    @path("opportunities/")
    def opportunities(self, request):
        from directory.documents import OPPORTUNITIES
        from directory.services import is_verified_investor

        return self.search_page(
            request,
            OPPORTUNITIES,
            "directory/opportunities.html",
            can_save_search=is_verified_investor(request.user),
        )

    @path("opportunities/saved/")
    def save_search(self, request):
        from directory.views import save_search

        return save_search(request, self)

    @path("opportunities/saved/<int:saved_id>/delete/")
    def delete_saved_search(self, request, saved_id):
        from directory.views import delete_saved_search

        return delete_saved_search(request, saved_id)

    @path("opportunities/submit/")
    def submit_opportunity(self, request):
        from directory.views import submit_opportunity

        return submit_opportunity(request, self)

    @path("opportunities/<int:pk>/")
    def opportunity(self, request, pk):
        from directory.views import opportunity_detail

        return opportunity_detail(request, self, pk)

    @path("opportunities/<int:pk>/documents/<int:document_id>/")
    def opportunity_document(self, request, pk, document_id):
        from directory.views import opportunity_document

        return opportunity_document(request, pk, document_id)

    @path("consulates/")
    def consulates(self, request):
        return self.render(
            request,
            template="directory/consulates.html",
            context_overrides={"listing": MissionListing(request.GET)},
        )


class MissionKind(models.TextChoices):
    EMBASSY = "embassy", _("Embassy")
    CONSULATE = "consulate", _("Consulate general or consulate")
    HONORARY = "honorary", _("Honorary consulate")


class ConsularService(models.TextChoices):
    PASSPORTS = "passports", _("Passports and identity cards")
    VISAS = "visas", _("Visas")
    CIVIL_REGISTRATION = "civil_registration", _("Civil registration (births, marriages, deaths)")
    NOTARIAL = "notarial", _("Notarial and legalisation services")
    EMERGENCY = "emergency", _("Emergency assistance")


class ConsularMission(index.Indexed, models.Model):
    """An embassy, consulate or honorary consul serving nationals in one country."""

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=MissionKind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    address = models.TextField(_("address"), max_length=400)
    opening_hours = models.TextField(
        _("opening hours"), max_length=400, blank=True, help_text=_("One line per day or range.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    emergency_phone = models.CharField(
        _("emergency phone"), max_length=40, blank=True, help_text=_("Out of office hours.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    passports = models.BooleanField(ConsularService.PASSPORTS.label, default=False)
    visas = models.BooleanField(ConsularService.VISAS.label, default=False)
    civil_registration = models.BooleanField(
        ConsularService.CIVIL_REGISTRATION.label, default=False
    )
    notarial = models.BooleanField(ConsularService.NOTARIAL.label, default=False)
    emergency = models.BooleanField(ConsularService.EMERGENCY.label, default=False)
    notes = models.TextField(_("notes"), max_length=1000, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("emergency_phone")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel(service) for service in ConsularService.values],
            heading=_("Services offered"),
        ),
        FieldPanel("notes"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.SearchField("address"),
        index.FilterField("country"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("consular mission")
        verbose_name_plural = _("consular missions")
        ordering = ["country", "city", "name"]
        indexes = [models.Index(fields=["country", "city"])]

    def __str__(self):
        return f"{self.name} ({self.city})"

    @property
    def service_labels(self):
        return [label for value, label in ConsularService.choices if getattr(self, value)]

    @property
    def opening_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]


class MissionListing:
    """Consular missions filtered by country, city, service and free text (from the query
    string; unknown values are ignored, never an error)."""

    def __init__(self, params):
        self.country = params.get("country", "").strip().upper()[:2]
        self.city = " ".join(params.get("city", "").split())[:100]
        self.service = params.get("service", "")
        if self.service not in ConsularService.values:
            self.service = ""
        self.query = " ".join(params.get("q", "").split())[:200]
        self.page_number = params.get("page", "1")

    def missions(self):
        missions = ConsularMission.objects.all()
        if self.country in dict(countries):
            missions = missions.filter(country=self.country)
        else:
            self.country = ""
        if self.city:
            missions = missions.filter(city__icontains=self.city)
        for word in self.query.split()[:10]:
            missions = missions.filter(
                Q(name__icontains=word) | Q(city__icontains=word) | Q(address__icontains=word)
            )
        if self.service:
            missions = missions.filter(**{self.service: True})
        return missions

    @cached_property
    def page(self):
        from django.core.paginator import Paginator

        return Paginator(self.missions(), MISSIONS_PER_PAGE).get_page(self.page_number)

    @cached_property
    def countries(self):
        codes = ConsularMission.objects.values_list("country", flat=True).distinct()
        return sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])

    @property
    def services(self):
        return ConsularService.choices

    @property
    def filtered(self):
        return bool(self.country or self.city or self.service or self.query)


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Diaspora association")
    CHAMBER = "chamber", _("Chamber of commerce")
    BUSINESS = "business", _("Business")
    NGO = "ngo", _("Non-governmental organisation")
    PUBLIC = "public", _("Public institution")


class ModeratedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A snippet with drafts, revisions, locking and the moderators' workflow."""

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class Organisation(ModeratedSnippet):
    """A diaspora association, chamber, business, NGO or public institution.

    A snippet with drafts, revisions and the moderators' workflow: what members propose
    stays unpublished until an editor approves it. Only the live version is searchable.
    """

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    countries = CountryField(_("countries of activity"), multiple=True, blank=True)
    sectors = ParentalManyToManyField("portal.Sector", verbose_name=_("sectors"), blank=True)
    description = models.TextField(_("description"), max_length=3000)
    website = models.URLField(_("website"), blank=True)
    logo = optional_image(_("logo"))
    verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Checked by the portal's team.")
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="proposed_organisations",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldPanel("countries"),
        FieldPanel("sectors"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("verified"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


# --- Investment opportunities --------------------------------------------------------------


class Instrument(models.TextChoices):
    EQUITY = "equity", _("Equity")
    LOAN = "loan", _("Loan")
    DIASPORA_BOND = "diaspora_bond", _("Diaspora bond")
    REAL_ESTATE = "real_estate", _("Real estate")
    PPP = "ppp", _("Public-private partnership")
    CROWDFUNDING = "crowdfunding", _("Crowdfunding")
    GRANT = "grant", _("Grant or philanthropy")


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea or feasibility study")
    EARLY = "early", _("Early stage")
    GROWTH = "growth", _("Growth")
    MATURE = "mature", _("Established")


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    USD = "USD", "USD"
    GBP = "GBP", "GBP"
    CAD = "CAD", "CAD"
    AED = "AED", "AED"


class OpportunityStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


# Ticket size bands of the search facet: (value, lowest, highest) in the listed currency.
TICKET_BANDS = [
    ("under-50k", 0, 50_000),
    ("50k-250k", 50_000, 250_000),
    ("250k-1m", 250_000, 1_000_000),
    ("1m-5m", 1_000_000, 5_000_000),
    ("over-5m", 5_000_000, None),
]
TICKET_BAND_LABELS = {
    "under-50k": _("Under 50,000"),
    "50k-250k": _("50,000 to 250,000"),
    "250k-1m": _("250,000 to 1 million"),
    "1m-5m": _("1 to 5 million"),
    "over-5m": _("Over 5 million"),
}


class Opportunity(ModeratedSnippet):
    """An investment opportunity at home. Everyone sees its summary; verified investors
    (and editors, and its sponsor) see the details and documents."""

    title = models.CharField(_("title"), max_length=150)
    summary = models.TextField(_("summary"), max_length=500)
    description = models.TextField(_("description"), max_length=6000)
    sponsor_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("sponsor (organisation)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opportunities",
    )
    sponsor_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sponsor (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sponsored_opportunities",
    )
    sector = models.ForeignKey(
        "portal.Sector", verbose_name=_("sector"), on_delete=models.PROTECT, related_name="+"
    )
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=100, blank=True)
    instrument = models.CharField(_("instrument"), max_length=20, choices=Instrument.choices)
    ticket_min = models.PositiveBigIntegerField(_("smallest ticket"))
    ticket_max = models.PositiveBigIntegerField(_("largest ticket"))
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    expected_return = models.CharField(_("expected return or impact"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=OpportunityStatus.choices, default="open"
    )
    verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Checked by the portal's team.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("sponsor_organisation"), FieldPanel("sponsor_member")],
            heading=_("Sponsor"),
        ),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("instrument"), FieldPanel("stage")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("ticket_min"), FieldPanel("ticket_max"), FieldPanel("currency")]),
        FieldPanel("expected_return"),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("status"), FieldPanel("verified")]),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("summary")]

    class Meta:
        verbose_name = _("investment opportunity")
        verbose_name_plural = _("investment opportunities")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        tickets = (self.ticket_min, self.ticket_max)
        if None not in tickets and self.ticket_max < self.ticket_min:
            raise ValidationError(
                {"ticket_max": _("The largest ticket cannot be smaller than the smallest.")}
            )
        if self.sponsor_organisation_id and self.sponsor_member_id:
            raise ValidationError(_("The sponsor is either an organisation or a member, not both."))

    @property
    def sponsor_name(self):
        if self.sponsor_organisation:
            return self.sponsor_organisation.name
        if self.sponsor_member:
            from members import services

            profile = getattr(self.sponsor_member, "profile", None)
            public = profile is not None and services.can_see(
                profile, "display_name", services.ANONYMOUS
            )
            # The summary is public: the sponsor's name only if they made it public.
            return (profile.display_name if public else "") or _("A member of the diaspora")
        return ""

    def is_open(self, today=None):
        from django.utils import timezone

        today = today or timezone.localdate()
        return self.status == OpportunityStatus.OPEN and (
            self.deadline is None or self.deadline >= today
        )

    def ticket_bands(self):
        return [
            value
            for value, low, high in TICKET_BANDS
            if self.ticket_max >= low and (high is None or self.ticket_min < high)
        ]


def opportunity_document_path(instance, filename):
    import uuid

    return f"opportunities/{uuid.uuid4().hex}/{filename[-80:]}"


def _private_storage():
    from members.models import private_storage

    return private_storage()


class OpportunityDocument(Orderable):
    """A document of an opportunity: served only to those who may see the details."""

    opportunity = ParentalKey(Opportunity, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=150)
    file = models.FileField(
        _("file"), upload_to=opportunity_document_path, storage=_private_storage
    )

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")

    def __str__(self):
        return self.title


# --- Contact without exposure ----------------------------------------------------------------


class ContactStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", pgettext_lazy("contact request", "Declined")


class ContactRequest(models.Model):
    """A member asks to be put in touch with another (or with an opportunity's sponsor).

    Neither sees the other's e-mail address until the recipient accepts.
    """

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts_sent"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts_received"
    )
    opportunity = models.ForeignKey(
        Opportunity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expressions_of_interest",
    )
    message = models.TextField(_("message"), max_length=1000)
    status = models.CharField(
        max_length=10, choices=ContactStatus.choices, default=ContactStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("contact request")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=Q(status="pending"),
                name="one_pending_contact_request",
            )
        ]

    def __str__(self):
        return f"{self.sender_id} → {self.recipient_id} ({self.status})"


class ContactBlock(models.Model):
    """``blocker`` receives nothing more from ``blocked``."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair")
        ]

    def __str__(self):
        return f"{self.blocker_id} blocks {self.blocked_id}"


class AbuseReport(models.Model):
    """A recipient reports a contact request to the moderators."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_request = models.ForeignKey(
        ContactRequest, verbose_name=_("contact request"), null=True, on_delete=models.SET_NULL
    )
    reported_sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender reported"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("the message reported"), blank=True)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    handled = models.BooleanField(_("handled"), default=False)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)

    panels = [FieldPanel("handled")]

    class Meta:
        verbose_name = _("abuse report")
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"Report {self.pk} ({self.created_at:%Y-%m-%d})"


class SavedSearch(models.Model):
    """An opportunity search a verified investor keeps, to hear about new matches."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=200)
    # The search's query string, normalised (known facets and values only, no page).
    querystring = models.CharField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "querystring"], name="one_saved_search_per_query"
            )
        ]

    def __str__(self):
        return self.name


class SavedSearchMatch(models.Model):
    """An opportunity a saved search has already reported (or that was already among its
    results when it was saved): each is reported once."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="matches")
    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="+")
    reported_at = models.DateTimeField(null=True, blank=True)  # None: known when saved

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "opportunity"], name="one_match_per_saved_search"
            )
        ]

    def __str__(self):
        return f"{self.saved_search} → {self.opportunity_id}"
