"""Home page, generic pages, site settings, the translatable footer, the newsletter's
subscribers and the office's alerts."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
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
from wagtail_localize.fields import SynchronizedField, TranslatableField

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


# --- Newsletter --------------------------------------------------------------------------


class Subscriber(models.Model):
    """Someone who asked for the newsletter digest. Nothing is sent until ``confirmed_at``.

    Not a snippet on purpose: a snippet's every save would empty the page cache.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10)
    # Topic keys of home.topics.TOPICS; a new topic needs no migration.
    topics = models.JSONField(_("topics"), default=list, blank=True)
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Only items about these countries (items about no country always match)."),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)
    # When we last e-mailed a confirmation or "already subscribed" notice: a repeated
    # subscription within a short window sends nothing more.
    notice_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(_("subscribed"), auto_now_add=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["confirmed_at"], name="home_subscriber_confirmed")]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def topic_labels(self):
        from home.topics import TOPICS

        return [str(TOPICS[key].label) for key in self.topics if key in TOPICS]


class DigestItem(models.Model):
    """One item reported to one subscriber: the unique constraint makes it exactly once."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="sent_items")
    # "page:<translation key>" (all languages of a page are one item) or "<kind>:<pk>".
    item = models.CharField(max_length=80)
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "item"], name="home_digest_item_once")
        ]

    def __str__(self):
        return self.item


# --- Alerts ------------------------------------------------------------------------------


class AlertLevel(models.TextChoices):
    INFORMATION = "information", _("Information")
    CONSULAR = "consular", _("Consular")
    CRISIS = "crisis", _("Crisis")


# Most urgent first, in the banner and on the dashboard.
ALERT_LEVEL_ORDER = {AlertLevel.CRISIS: 0, AlertLevel.CONSULAR: 1, AlertLevel.INFORMATION: 2}


def _in_a_week():
    return timezone.now() + datetime.timedelta(days=7)


class Alert(DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model):
    """A notice from the office. Without target countries it is a banner on every page while
    it runs; with them it is shown to members living there, on their dashboard."""

    title = models.CharField(_("title"), max_length=120)
    message = models.TextField(_("message"), max_length=1000)
    level = models.CharField(
        _("level"), max_length=20, choices=AlertLevel.choices, default=AlertLevel.INFORMATION
    )
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    expires_at = models.DateTimeField(
        _("shown until"), default=_in_a_week, help_text=_("The alert disappears at this time.")
    )
    countries = CountryField(
        _("target countries"),
        multiple=True,
        blank=True,
        help_text=_(
            "Leave empty for a banner on every page. With countries, the alert is shown to "
            "members who live there, on their dashboard, instead."
        ),
    )
    send_email = models.BooleanField(
        _("e-mail it to members"),
        default=False,
        help_text=_(
            "When published, e-mail members who opted in to alerts (and live in the target "
            "countries, if any). Each member receives an alert once, even if it is published "
            "again."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alert")

    # What a translation (wagtail-localize) translates; the rest follows the original.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("message"),
        SynchronizedField("level"),
        SynchronizedField("starts_at"),
        SynchronizedField("expires_at"),
        SynchronizedField("countries"),
        SynchronizedField("send_email"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("level"),
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("expires_at")]),
        FieldPanel("countries"),
        FieldPanel("send_email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-starts_at", "-pk"]
        indexes = [models.Index(fields=["live", "expires_at"], name="home_alert_live_expiry")]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def is_sitewide(self):
        return not self.countries

    @property
    def level_label(self):
        return self.get_level_display()

    @property
    def target_label(self):
        if not self.countries:
            return _("Everyone (banner)")
        return ", ".join(str(country.code) for country in self.countries)

    def is_running(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now < self.expires_at

    def clean(self):
        super().clean()
        if self.starts_at and self.expires_at and self.expires_at <= self.starts_at:
            raise ValidationError({"expires_at": _("The alert must end after it starts.")})

    def get_preview_template(self, request, mode_name):
        return "home/alert_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "alerts": [self]}


class AlertDelivery(models.Model):
    """An alert e-mailed to a member: the unique constraint makes it once per member."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    # The alert's, shared by its translations: a member gets one of them, once.
    translation_key = models.UUIDField(editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_deliveries"
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "user"], name="home_alert_delivery_once_per_alert"
            )
        ]

    def __str__(self):
        return f"{self.alert_id} → {self.user_id}"
