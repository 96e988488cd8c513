"""The directory of professionals, organisations, opportunities and consular missions."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from portal.models import SectionIndexPage, optional_image

MISSIONS_PER_PAGE = 20


class DirectoryIndexPage(RoutablePageMixin, SectionIndexPage):
    empty_message = _("The directory has no entries yet. Please check back soon.")

    class Meta:
        verbose_name = _("directory index page")

    @path("")
    def index(self, request):
        """The professionals who opted in, searched with what the viewer may see."""
        from directory.documents import PROFESSIONALS
        from search.models import Audience
        from search.service import search

        audience = Audience.MEMBERS if request.user.is_authenticated else Audience.PUBLIC
        return self.render(
            request,
            context_overrides={"results": search(PROFESSIONALS, request.GET, audience)},
        )

    @path("organisations/")
    def organisations(self, request):
        from directory.documents import ORGANISATIONS
        from search.models import Audience
        from search.service import search

        audience = Audience.MEMBERS if request.user.is_authenticated else Audience.PUBLIC
        return self.render(
            request,
            template="directory/organisations.html",
            context_overrides={"results": search(ORGANISATIONS, request.GET, audience)},
        )

    @path("organisations/propose/")
    def propose_organisation(self, request):
        from directory.views import propose_organisation

        return propose_organisation(request, self)

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


class Organisation(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
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

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

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

    @property
    def revisions(self):
        return self._revisions
