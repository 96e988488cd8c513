"""Events, courses and engagement programmes, and what people sign up for.

``Offering`` is one thing with places (an event, later a course cohort or a programme);
``Registration`` is one person's place in it. The registration engine
(``events/registration.py``) locks the offering's row for every change.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import SectionIndexPage, optional_image

EVENTS_PER_PAGE = 12


class EventListing:
    """Upcoming (or past) events of one index, filtered by format, country, tag and month.

    Filters come from the query string; bad values are ignored, never an error.
    """

    def __init__(self, index, params):
        self.index = index
        self.archive = params.get("archive") == "1"
        self.format = params.get("format", "") if params.get("format") in EventFormat.values else ""
        self.country = params.get("country", "").strip().upper()[:2]
        self.tag = params.get("tag", "").strip()[:100]
        self.month = params.get("month", "").strip()[:7]
        self.page_number = params.get("page", "1")

    def events(self):
        now = timezone.now()
        events = EventPage.objects.live().public().descendant_of(self.index)
        if self.archive:
            events = events.filter(end__lt=now).order_by("-start")
        else:
            events = events.filter(end__gte=now).order_by("start")
        if self.format:
            events = events.filter(format=self.format)
        if self.country:
            events = events.filter(country=self.country)
        if self.tag:
            events = events.filter(tags__slug=self.tag)
        year, _sep, month = self.month.partition("-")
        if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
            events = events.filter(start__year=int(year), start__month=int(month))
        return events.select_related("listing_image")

    @cached_property
    def page(self):
        from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

        paginator = Paginator(self.events(), EVENTS_PER_PAGE)
        try:
            return paginator.page(self.page_number)
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    @cached_property
    def countries(self):
        codes = (
            EventPage.objects.live()
            .descendant_of(self.index)
            .exclude(country="")
            .values_list("country", flat=True)
            .distinct()
        )
        return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])

    @property
    def formats(self):
        return EventFormat.choices


class EventIndexPage(SectionIndexPage):
    empty_message = _("No events are scheduled yet. Please check back soon.")
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = EventListing(self, request.GET)
        return context


class CourseIndexPage(SectionIndexPage):
    empty_message = _("No courses are open yet. Please check back soon.")

    class Meta:
        verbose_name = _("course index page")


class ProgrammeIndexPage(SectionIndexPage):
    empty_message = _("No engagement programmes are open yet. Please check back soon.")

    class Meta:
        verbose_name = _("programme index page")


TIME_ZONE_CHOICES = sorted((name, name) for name in zoneinfo.available_timezones())


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class EventPage(Page):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="UTC",
        help_text=_("Where the event takes place; times are shown in this zone."),
    )
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    intro = models.TextField(_("introduction"), max_length=400)
    venue = models.CharField(_("venue"), max_length=150, blank=True)
    address = models.TextField(_("address"), max_length=300, blank=True)
    country = CountryField(_("country"), blank=True)
    join_url = models.URLField(
        _("online join link"), blank=True, help_text=_("Shown to confirmed attendees only.")
    )
    organiser = models.CharField(_("organiser"), max_length=150, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waiting_list = models.BooleanField(_("use a waiting list when full"), default=True)
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    listing_image = optional_image(_("listing image"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through="events.EventPageTag", blank=True, verbose_name=_("topics")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldPanel("format"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("country"),
                FieldPanel("join_url"),
                FieldPanel("organiser"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("tags"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("format"),
        APIField("intro"),
        APIField("venue"),
        APIField("country", serializer=serializers.CharField(source="country.code")),
        APIField("capacity"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes < self.registration_opens
        ):
            raise ValidationError(
                {"registration_closes": _("Registration cannot close before it opens.")}
            )
        if self.pk and self.capacity is not None:
            confirmed = Registration.objects.filter(
                offering__page_id=self.pk, status=RegistrationStatus.CONFIRMED
            ).count()
            if self.capacity < confirmed:
                raise ValidationError(
                    {
                        "capacity": _(
                            "%(count)s people already have a confirmed place. Cancel "
                            "registrations first, or keep at least %(count)s places."
                        )
                        % {"count": confirmed}
                    }
                )

    def get_context(self, request, *args, **kwargs):
        from events import registration as engine

        context = super().get_context(request, *args, **kwargs)
        offering = Offering.objects.filter(page_id=self.pk).first()
        mine = engine.active_registration(offering, request.user) if offering else None
        confirmed = engine.confirmed_count(offering) if offering else 0
        context.update(
            offering=offering,
            my_registration=mine,
            waiting_position=engine.waiting_position(mine)
            if mine and mine.status == RegistrationStatus.WAITLISTED
            else None,
            places_left=None if self.capacity is None else max(self.capacity - confirmed, 0),
            registration_refusal=engine.refusal(offering, request.user, timezone.now())
            if offering
            else None,
        )
        return context

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A draft saved with update_fields must not change places people can take.
        if kwargs.get("update_fields") is None:
            from events.registration import sync_offering

            sync_offering(self)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(EventPage, related_name="tagged_items", on_delete=models.CASCADE)


class Offering(models.Model):
    """Something with places: its row is locked for every registration change."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="offering"
    )
    capacity = models.PositiveIntegerField(null=True, blank=True)
    waiting_list = models.BooleanField(default=True)
    opens_at = models.DateTimeField(null=True, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True)
    starts_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("offering")

    def __str__(self):
        return str(self.page)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]


class Registration(models.Model):
    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
    )
    status = models.CharField(max_length=20, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "user"],
                condition=Q(status__in=ACTIVE_STATUSES),
                name="one_active_registration_per_person",
            )
        ]

    def __str__(self):
        return f"{self.user_id} → {self.offering_id} ({self.status})"
