"""The knowledge library: resources (policies, reports, toolkits, guides, country examples)
and the country hubs, both children of the library's index page at /knowledge/."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from blog.blocks import FiguresBlock, InstitutionsBlock, PoliciesBlock
from blog.fields import ChoiceListField
from blog.models.news import FeedRoutesMixin
from portal.blocks import BodyBlock
from portal.models import SectionIndexPage

MIN_PUBLICATION_YEAR = 1900


class ResourceType(models.TextChoices):
    POLICY = "policy", _("Policy")
    REPORT = "report", _("Report")
    TOOLKIT = "toolkit", _("Toolkit")
    GUIDE = "guide", _("Guide")
    COUNTRY_EXAMPLE = "country_example", _("Country example")


class EngagementInstrument(models.TextChoices):
    PERMANENT_RETURN = "permanent_return", _("Permanent return")
    TEMPORARY_RETURN = "temporary_return", _("Temporary return")
    INVESTMENT = "investment", _("Investment")
    KNOWLEDGE_TRANSFER = "knowledge_transfer", _("Knowledge transfer")
    TOURISM = "tourism", _("Tourism")
    PHILANTHROPY = "philanthropy", _("Philanthropy")
    EDUCATION = "education", _("Education")
    CULTURE = "culture", _("Culture")
    CONSULAR_PROTECTION = "consular_protection", _("Consular protection")


class CountryCodes(serializers.Field):
    """A multiple country field in the API: its ISO codes."""

    def to_representation(self, value):
        return [country.code for country in value]


class KnowledgeIndexPage(FeedRoutesMixin, RoutablePageMixin, SectionIndexPage):
    """The knowledge library: resources searched by words and facets, and country hubs."""

    empty_message = _("The knowledge library has no resources yet. Please check back soon.")
    feeds = ("ResourceRssFeed", "ResourceAtomFeed")
    subpage_types = ["blog.ResourcePage", "blog.CountryPage"]

    class Meta:
        verbose_name = _("knowledge index page")

    def resources(self):
        """The published, public resources of this library (its language)."""
        return ResourcePage.objects.live().public().child_of(self)

    def hubs(self):
        return CountryPage.objects.live().public().child_of(self).order_by("title")

    def get_context(self, request, *args, **kwargs):
        from blog.library import Library

        context = super().get_context(request, *args, **kwargs)
        context["library"] = Library(self, request.GET)
        return context

    @path("")
    def index(self, request):
        return self.render(request)


class ResourcePage(Page):
    """A policy, report, toolkit, guide or country example, with its source."""

    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences: shown in listings.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries it is about. Leave empty for a resource about no country."),
    )
    instruments = ChoiceListField(
        _("engagement instruments"), choices=EngagementInstrument.choices, blank=True
    )
    source_name = models.CharField(
        _("source"), max_length=250, help_text=_("Who published it, for example a ministry.")
    )
    source_url = models.URLField(_("source address"), blank=True)
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"), validators=[MinValueValidator(MIN_PUBLICATION_YEAR)]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("resource_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("instruments")],
            heading=_("What it is about"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source_name"),
                FieldRowPanel([FieldPanel("source_url"), FieldPanel("publication_year")]),
            ],
            heading=_("Source"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Document"), heading=_("Attached documents")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("source_name"),
        index.SearchField("country_names"),
        index.SearchField("instrument_labels"),
        index.FilterField("resource_type"),
        index.FilterField("publication_year"),
    ]
    api_fields = [
        APIField("resource_type"),
        APIField("summary"),
        APIField("body"),
        APIField("countries", serializer=CountryCodes()),
        APIField("instruments", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("source_name"),
        APIField("source_url"),
        APIField("publication_year"),
        APIField("documents"),
    ]
    parent_page_types = ["blog.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        this_year = timezone.localdate().year
        if self.publication_year and self.publication_year > this_year:
            raise ValidationError(
                {
                    "publication_year": _("The year cannot be later than %(year)s.")
                    % {"year": this_year}
                }
            )

    def country_names(self):
        return " ".join(str(country.name) for country in self.countries)

    def instrument_labels(self):
        return " ".join(str(label) for label in self.instrument_choices())

    def instrument_items(self):
        """[(value, label)] of its instruments."""
        labels = dict(EngagementInstrument.choices)
        return [(value, labels[value]) for value in self.instruments if value in labels]

    def instrument_choices(self):
        return [label for _value, label in self.instrument_items()]

    def attached_documents(self):
        return [item.document for item in self.documents.select_related("document")]

    def country_links(self):
        """[(country, hub page or None)] of the countries it is about."""
        codes = [country.code for country in self.countries]
        if not codes:
            return []
        hubs = CountryPage.objects.live().public().sibling_of(self).filter(country__in=codes)
        by_code = {hub.country.code: hub for hub in hubs}
        countries = sorted(self.countries, key=lambda country: str(country.name))
        return [(country, by_code.get(country.code)) for country in countries]


class ResourceDocument(Orderable):
    """A document attached to a resource (Wagtail's document library)."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]
    api_fields = [APIField("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attached document")


class CountryPage(Page):
    """A country hub: where the diaspora lives in one country. Editors write the factsheet;
    the missions, events, programmes, opportunities, professionals and resources of that
    country are gathered automatically (``blog.hubs``)."""

    country = CountryField(_("country of residence"))
    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    diaspora_size = models.CharField(
        _("estimated size of the diaspora"),
        max_length=150,
        blank=True,
        help_text=_("Words rather than false precision, for example: several tens of thousands"),
    )
    diaspora_size_source = models.CharField(
        _("basis of the estimate"),
        max_length=250,
        blank=True,
        help_text=_("Where the estimate comes from, and whether it is official."),
    )
    main_places = models.CharField(
        _("main places of residence"),
        max_length=250,
        blank=True,
        help_text=_("Cities or regions, separated by commas."),
    )
    figures = StreamField(FiguresBlock(), verbose_name=_("other figures"), blank=True)
    institutions = StreamField(InstitutionsBlock(), verbose_name=_("institutions"), blank=True)
    policies = StreamField(PoliciesBlock(), verbose_name=_("engagement policies"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("more about the country"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("country"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("diaspora_size"),
                FieldPanel("diaspora_size_source"),
                FieldPanel("main_places"),
                FieldPanel("figures"),
            ],
            heading=_("The diaspora in figures"),
        ),
        FieldPanel("institutions"),
        FieldPanel("policies"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("main_places"),
        index.SearchField("institutions"),
        index.SearchField("policies"),
        index.SearchField("body"),
        index.FilterField("country"),
    ]
    api_fields = [
        APIField("country", serializer=serializers.CharField(source="country.code")),
        APIField("intro"),
        APIField("diaspora_size"),
        APIField("diaspora_size_source"),
        APIField("main_places"),
        APIField("figures"),
        APIField("institutions"),
        APIField("policies"),
        APIField("body"),
    ]
    parent_page_types = ["blog.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country hub")
        verbose_name_plural = _("country hubs")

    def clean(self):
        super().clean()
        if not self.country:
            return
        others = CountryPage.objects.filter(country=self.country)
        if self.locale_id:
            others = others.filter(locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        other = others.first()
        if other is not None:
            raise ValidationError(
                {
                    "country": _("%(country)s already has a hub: “%(title)s”.")
                    % {"country": self.country.name, "title": other.title}
                }
            )

    @property
    def place_list(self):
        return [place.strip() for place in self.main_places.split(",") if place.strip()]

    def get_context(self, request, *args, **kwargs):
        from blog.hubs import CountryHub

        context = super().get_context(request, *args, **kwargs)
        context["hub"] = CountryHub(self, request.user)
        return context
