"""Home page, generic pages, site settings and the translatable footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.models import optional_image


class HomePage(Page):
    hero_heading = models.CharField(_("hero heading"), max_length=150)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = optional_image(_("hero image"))
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    news_heading = models.CharField(_("news heading"), max_length=80, default="Latest news")
    events_heading = models.CharField(_("events heading"), max_length=80, default="Upcoming events")
    programmes_heading = models.CharField(
        _("programmes heading"), max_length=80, default="Open programmes"
    )
    opportunities_heading = models.CharField(
        _("opportunities heading"), max_length=80, default="Featured opportunities"
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("news_heading"),
                FieldPanel("events_heading"),
                FieldPanel("programmes_heading"),
                FieldPanel("opportunities_heading"),
            ],
            heading=_("Section headings"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]
    api_fields = [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image"),
        APIField("hero_cta_label"),
        APIField("hero_cta_page"),
        APIField("intro"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def sections(self):
        """The lists shown on the home page (evaluated inside the template's cached fragment)."""
        from home.sections import home_sections

        return home_sections(self)


class StandardPage(Page):
    """About, consular information, accessibility statement, privacy, and the like."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


SOCIAL_PLATFORMS = [
    ("facebook", "Facebook"),
    ("x", "X"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
    ("mastodon", "Mastodon"),
    ("other", _("Other")),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, label=_("Platform"))
    url = blocks.URLBlock(label=_("Web address"))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the portal and how to reach them: shown in the header and footer."""

    organisation_name = models.CharField(_("organisation name"), max_length=150, blank=True)
    logo = optional_image(_("logo"))
    contact_address = models.TextField(_("contact address"), max_length=500, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social links"), blank=True
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_link_items(self):
        labels = dict(SOCIAL_PLATFORMS)
        return [
            (labels.get(link.value["platform"], ""), link.value["url"])
            for link in self.social_links
        ]


class FooterText(
    DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, ClusterableModel
):
    """The footer's text, one per language (translated with wagtail-localize)."""

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return str(_("Footer text"))

    def get_preview_template(self, request, mode_name):
        return "components/footer_preview.html"
