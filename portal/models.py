"""Abstract page shapes and taxonomies shared by several apps."""

import functools

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index


@functools.cache
def _country_names(language):
    with translation.override(language):
        return {code: str(name) for code, name in countries}


def country_names():
    """code → country name in the active language. django-countries sorts and translates
    all the countries on each use; the names only change with the language, so each
    language's are worked out once per process."""
    return _country_names(translation.get_language())


def optional_image(verbose_name):
    """An optional link to an image of the library; deleting the image only clears it."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class SectionIndexPage(Page):
    """The landing page of a section (events, courses, programmes, directory, knowledge).

    Each section's app fills its index with the items it lists; until it has any, the
    page shows its introduction and an honest empty state.
    """

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        """The section's own listing template once it has one, else the shared empty page."""
        from django.template import TemplateDoesNotExist
        from django.template.loader import get_template

        try:
            get_template(self.template)  # Wagtail's name: <app>/<model_name_with_underscores>.html
        except TemplateDoesNotExist:
            return "portal/section_index_page.html"
        return self.template


class Sector(models.Model):
    """A sector of activity (health, agriculture, ICT, ...), managed by editors as a snippet.

    Shared by member profiles, organisations and investment opportunities.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self):
        return self.name
