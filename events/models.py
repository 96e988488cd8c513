"""Events, courses and engagement programmes, and what people sign up for.

``Offering`` is one thing with places (an event, later a course cohort or a programme);
``Registration`` is one person's place in it. The registration engine
(``events/registration.py``) locks the offering's row for every change.
"""

import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from events.blocks import ModuleBlock, QuestionBlock
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
            events = events.filter(last_end__lt=now).order_by("-start")
        else:
            events = events.filter(last_end__gte=now).order_by("start")
        if self.format:
            events = events.filter(format=self.format)
        if self.country:
            events = events.filter(country=self.country)
        if self.tag:
            events = events.filter(tags__slug=self.tag)
        year, _sep, month = self.month.partition("-")
        if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
            events = events.filter(start__year=int(year), start__month=int(month))
        return events.select_related("listing_image").prefetch_related("occurrences")

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
    subpage_types = ["events.CoursePage"]

    class Meta:
        verbose_name = _("course index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
            .prefetch_related("cohorts")
            .order_by("title")
        )
        return context


class ProgrammeIndexPage(SectionIndexPage):
    empty_message = _("No engagement programmes are open yet. Please check back soon.")
    subpage_types = ["events.ProgrammePage"]

    class Meta:
        verbose_name = _("programme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        programmes = (
            ProgrammePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
        )
        kind = request.GET.get("kind", "")
        if kind in ProgrammeKind.values:
            programmes = programmes.filter(kind=kind)
        context.update(
            kind=kind if kind in ProgrammeKind.values else "",
            kinds=ProgrammeKind.choices,
            open_programmes=programmes.filter(ProgrammePage.taking_applications(now)).order_by(
                models.F("deadline").asc(nulls_last=True), "title"
            ),
            closed_programmes=programmes.exclude(ProgrammePage.taking_applications(now)).order_by(
                "-deadline"
            )[:12],
        )
        return context


TIME_ZONE_CHOICES = sorted((name, name) for name in zoneinfo.available_timezones())
MAIN = "main"  # the key of a page's own offering (an event's first date, a programme)


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Eligibility(models.TextChoices):
    MEMBERS = "members", _("Any member with an account")
    VERIFIED_INVESTORS = "verified_investors", _("Verified investors only")


def new_key():
    return uuid.uuid4().hex


class OfferingPageForm(WagtailAdminPageForm):
    """Refuses, with a message, to drop or shrink a date or cohort below the people who
    hold a place in it: nobody confirmed is ever dropped silently."""

    def clean(self):
        from events import registration as engine

        cleaned_data = super().clean()
        for name in ("occurrences", "cohorts"):
            formset = self.formsets.get(name)
            if formset is None or not self.instance.pk or not formset.is_valid():
                continue
            for form in formset.forms:
                if not form.instance.pk:
                    continue
                offering = Offering.objects.filter(
                    page_id=self.instance.pk, key=form.instance.key
                ).first()
                if offering is None:
                    continue
                if formset._should_delete_form(form):
                    active = offering.registrations.filter(status__in=ACTIVE_STATUSES).count()
                    if active:
                        self.add_error(
                            None,
                            ngettext(
                                "“%(label)s” has %(count)s registration. Cancel it before "
                                "removing the date.",
                                "“%(label)s” has %(count)s registrations. Cancel them before "
                                "removing it.",
                                active,
                            )
                            % {"label": offering.display_label, "count": active},
                        )
                    continue
                problem = engine.capacity_problem(offering, form.cleaned_data.get("capacity"))
                if problem:
                    form.add_error("capacity", problem)
        return cleaned_data


class OfferingPage(Page):
    """A page people sign up for. Its places live in ``Offering`` rows, one per date or
    cohort, kept in step with the page whenever it is saved (not by drafts)."""

    offering_kind = "event"

    who_may_register = models.CharField(
        _("who may sign up"),
        max_length=20,
        choices=Eligibility.choices,
        default=Eligibility.MEMBERS,
    )

    base_form_class = OfferingPageForm

    class Meta:
        abstract = True

    def offering_specs(self):
        """{key: Offering field values} of every offering the page has now."""
        raise NotImplementedError

    @property
    def offering(self):
        """The page's own offering (an event's first date, a programme, a self-paced course)."""
        return Offering.objects.filter(page_id=self.pk, key=MAIN).first()

    def capacity_error(self, field, capacity, key=MAIN):
        from events import registration as engine

        if not self.pk:
            return
        offering = Offering.objects.filter(page_id=self.pk, key=key).first()
        problem = engine.capacity_problem(offering, capacity) if offering else None
        if problem:
            raise ValidationError({field: problem})

    def get_context(self, request, *args, **kwargs):
        from events import registration as engine

        context = super().get_context(request, *args, **kwargs)
        context["slots"] = engine.slots(self, request.user)
        context["is_series"] = len(context["slots"]) > 1
        return context

    def save(self, *args, **kwargs):
        self.before_save()
        super().save(*args, **kwargs)
        # A draft saved with update_fields must not change places people can take.
        if kwargs.get("update_fields") is None:
            from events.registration import sync_offerings

            sync_offerings(self)

    def before_save(self):
        pass


class EventPage(OfferingPage):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    last_end = models.DateTimeField(null=True, editable=False, db_index=True)
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
    speakers = models.TextField(
        _("speakers"), max_length=1000, blank=True, help_text=_("One speaker per line.")
    )
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
        InlinePanel(
            "occurrences",
            heading=_("Further dates (a series)"),
            label=_("Date"),
            help_text=_(
                "Each further date of a series has its own places and its own registrations."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("country"),
                FieldPanel("join_url"),
                FieldPanel("organiser"),
                FieldPanel("speakers"),
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
                FieldPanel("who_may_register"),
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
        self.capacity_error("capacity", self.capacity)

    def offering_specs(self):
        common = {
            "kind": OfferingKind.EVENT,
            "waiting_list": self.waiting_list,
            "opens_at": self.registration_opens,
            "time_zone": self.time_zone,
            "who_may_register": self.who_may_register,
        }
        specs = {
            MAIN: {
                **common,
                "capacity": self.capacity,
                "closes_at": self.registration_closes,
                "starts_at": self.start,
                "ends_at": self.end,
            }
        }
        for occurrence in self.occurrences.all():
            specs[occurrence.key] = {
                **common,
                "capacity": occurrence.capacity,
                "closes_at": None,
                "starts_at": occurrence.start,
                "ends_at": occurrence.end,
            }
        return specs

    def before_save(self):
        ends = [self.end, *(occurrence.end for occurrence in self.occurrences.all())]
        self.last_end = max(end for end in ends if end is not None)

    def dates(self):
        """Every date of the event: (key, start, end), the first one first."""
        dates = [(MAIN, self.start, self.end)]
        dates += [(o.key, o.start, o.end) for o in self.occurrences.all()]
        return sorted(dates, key=lambda date: date[1])

    @property
    def speaker_list(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)


class EventOccurrence(Orderable):
    """A further date of an event series, with its own places."""

    page = ParentalKey(EventPage, related_name="occurrences", on_delete=models.CASCADE)
    key = models.CharField(max_length=32, default=new_key, editable=False)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("capacity")]

    class Meta(Orderable.Meta):
        verbose_name = _("date")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("A date cannot end before it starts.")})


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(EventPage, related_name="tagged_items", on_delete=models.CASCADE)


# --- Courses -------------------------------------------------------------------------


class CourseMode(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced")
    COHORT = "cohort", _("In cohorts, with dates")


class CourseLevel(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CoursePage(OfferingPage):
    offering_kind = "course"

    intro = models.TextField(_("introduction"), max_length=400)
    mode = models.CharField(
        _("how it runs"), max_length=20, choices=CourseMode.choices, default=CourseMode.COHORT
    )
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.ONLINE
    )
    level = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.BEGINNER
    )
    language = models.CharField(
        _("taught in"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    time_commitment = models.CharField(
        _("time commitment"), max_length=100, blank=True, help_text=_("For example: 3 hours a week")
    )
    capacity = models.PositiveIntegerField(
        _("places (self-paced)"),
        null=True,
        blank=True,
        help_text=_("Self-paced courses only; each cohort has its own places. Empty: no limit."),
    )
    waiting_list = models.BooleanField(_("use a waiting list when full"), default=True)
    listing_image = optional_image(_("listing image"))
    modules = StreamField([("module", ModuleBlock())], verbose_name=_("modules"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldPanel("format"),
                FieldRowPanel([FieldPanel("level"), FieldPanel("language")]),
                FieldPanel("time_commitment"),
            ],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("waiting_list"), FieldPanel("who_may_register")],
            heading=_("Enrolment"),
        ),
        InlinePanel("cohorts", heading=_("Cohorts"), label=_("Cohort")),
        FieldPanel("modules"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("modules"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("mode"),
        APIField("format"),
        APIField("level"),
        APIField("language"),
        APIField("time_commitment"),
        APIField("modules"),
    ]
    parent_page_types = ["events.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course page")

    def clean(self):
        super().clean()
        if self.mode == CourseMode.SELF_PACED:
            self.capacity_error("capacity", self.capacity)

    def offering_specs(self):
        common = {
            "kind": OfferingKind.COURSE,
            "waiting_list": self.waiting_list,
            "time_zone": settings.TIME_ZONE,
            "who_may_register": self.who_may_register,
        }
        if self.mode == CourseMode.SELF_PACED:
            return {MAIN: {**common, "capacity": self.capacity}}
        return {
            cohort.key: {
                **common,
                "label": cohort.name,
                "capacity": cohort.capacity,
                "closes_at": cohort.closes_at,
                "starts_at": cohort.starts_at,
                "ends_at": cohort.ends_at,
            }
            for cohort in self.cohorts.all()
        }


def _day_boundary(day, end=False):
    """Midnight at the start (or end) of ``day`` in the portal's time zone."""
    import datetime

    if day is None:
        return None
    moment = datetime.datetime.combine(day, datetime.time.max if end else datetime.time.min)
    return timezone.make_aware(moment, zoneinfo.ZoneInfo(settings.TIME_ZONE))


class CourseCohort(Orderable):
    page = ParentalKey(CoursePage, related_name="cohorts", on_delete=models.CASCADE)
    key = models.CharField(max_length=32, default=new_key, editable=False)
    name = models.CharField(_("name"), max_length=100, help_text=_("For example: Spring 2027"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    enrolment_closes = models.DateTimeField(_("enrolment closes"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("enrolment_closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cohort")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A cohort cannot end before it starts.")})

    @property
    def starts_at(self):
        return _day_boundary(self.starts_on)

    @property
    def ends_at(self):
        return _day_boundary(self.ends_on, end=True)

    @property
    def closes_at(self):
        return self.enrolment_closes


# --- Engagement programmes -----------------------------------------------------------


class ProgrammeKind(models.TextChoices):
    MENTORING = "mentoring", _("Mentoring")
    RETURN_OF_TALENT = "return_of_talent", _("Return of talent")
    KNOWLEDGE_TRANSFER = "knowledge_transfer", _("Knowledge transfer")
    VOLUNTEERING = "volunteering", _("Volunteering")
    INVESTMENT_MISSION = "investment_mission", _("Investment mission")
    EXCHANGE = "exchange", _("Exchange")


class ProgrammePage(OfferingPage):
    offering_kind = "programme"

    kind = models.CharField(_("kind of programme"), max_length=30, choices=ProgrammeKind.choices)
    intro = models.TextField(_("introduction"), max_length=400)
    eligibility = RichTextField(
        _("who can apply"), features=["bold", "italic", "link", "ul", "ol"], blank=True
    )
    country = CountryField(_("country"), blank=True, help_text=_("Where the programme runs."))
    duration = models.CharField(_("duration"), max_length=100, blank=True)
    applications_open = models.DateTimeField(_("applications open"), null=True, blank=True)
    deadline = models.DateTimeField(_("application deadline"), null=True, blank=True)
    places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    questions = StreamField(
        QuestionBlock(),
        verbose_name=_("application questions"),
        blank=True,
        help_text=_("What applicants answer, in this order."),
    )
    listing_image = optional_image(_("listing image"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("eligibility"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("duration"),
                FieldRowPanel([FieldPanel("applications_open"), FieldPanel("deadline")]),
                FieldPanel("places"),
                FieldPanel("who_may_register"),
            ],
            heading=_("Applications"),
        ),
        FieldPanel("questions"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("intro"),
        APIField("eligibility"),
        APIField("country", serializer=serializers.CharField(source="country.code")),
        APIField("deadline"),
        APIField("places"),
    ]
    parent_page_types = ["events.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme page")

    @staticmethod
    def taking_applications(now):
        """Which programmes take applications at ``now``, as a filter: those with no
        deadline or a deadline not passed yet. The programmes page lists them as open, the
        country hubs show them."""
        return Q(deadline__isnull=True) | Q(deadline__gte=now)

    def clean(self):
        super().clean()
        if self.applications_open and self.deadline and self.deadline < self.applications_open:
            raise ValidationError(
                {"deadline": _("The deadline cannot come before applications open.")}
            )
        self.capacity_error("places", self.places)

    def offering_specs(self):
        return {
            MAIN: {
                "kind": OfferingKind.PROGRAMME,
                "capacity": self.places,
                "waiting_list": False,
                "opens_at": self.applications_open,
                "closes_at": self.deadline,
                "time_zone": settings.TIME_ZONE,
                "who_may_register": self.who_may_register,
            }
        }

    def serve(self, request, *args, **kwargs):
        """The application form posts to the page itself (like Wagtail's form pages)."""
        if request.method == "POST":
            from events.views import apply

            return apply(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, application_form=None, **kwargs):
        from events.applications import ApplicationForm

        context = super().get_context(request, *args, **kwargs)
        context["application_form"] = application_form or ApplicationForm(self.questions)
        return context


# --- Places and registrations ---------------------------------------------------------


class OfferingKind(models.TextChoices):
    EVENT = "event", _("Event")
    COURSE = "course", _("Course")
    PROGRAMME = "programme", _("Programme")


class Offering(models.Model):
    """Something with places (an event's date, a course cohort, a programme): its row is
    locked for every registration change. Written only by the registration engine."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="offerings")
    key = models.CharField(max_length=32, default=MAIN)
    kind = models.CharField(max_length=20, choices=OfferingKind.choices, default=OfferingKind.EVENT)
    label = models.CharField(max_length=150, blank=True)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    waiting_list = models.BooleanField(default=True)
    opens_at = models.DateTimeField(null=True, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC")
    who_may_register = models.CharField(
        max_length=20, choices=Eligibility.choices, default=Eligibility.MEMBERS
    )
    # False once its date or cohort is removed from the page: registrations are kept.
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("offering")
        constraints = [
            models.UniqueConstraint(fields=["page", "key"], name="one_offering_per_page_key")
        ]

    def __str__(self):
        return self.title

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone) if self.starts_at else None

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone) if self.ends_at else None

    @property
    def display_label(self):
        """The cohort's name, or the date of one event of a series, or ''."""
        if self.label:
            return self.label
        if self.key != MAIN and self.local_start:
            from django.utils.formats import date_format

            return date_format(self.local_start, "DATETIME_FORMAT")
        return ""

    @property
    def title(self):
        label = self.display_label
        return f"{self.page.title} — {label}" if label else self.page.title


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    APPLIED = "applied", _("Applied")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# A member has at most one of these per offering.
ACTIVE_STATUSES = [
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
    RegistrationStatus.APPLIED,
    RegistrationStatus.SHORTLISTED,
    RegistrationStatus.ACCEPTED,
]
# These take one of the offering's places.
HOLDS_PLACE = [RegistrationStatus.CONFIRMED, RegistrationStatus.ACCEPTED]


class Registration(models.Model):
    """One person's place, place on the waiting list, or application, in one offering."""

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
    # Applications: [{"id", "label", "type", "value"}] in the programme's question order.
    answers = models.JSONField(default=list, blank=True)
    decision_message = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

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


def application_file_path(instance, filename):
    return f"applications/{uuid.uuid4().hex}/{instance.original_name[-80:] or 'file'}"


def _private_storage():
    from members.models import private_storage

    return private_storage()


class ApplicationFile(models.Model):
    """A file uploaded with an application: served only to the applicant and to editors."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="files")
    question_id = models.CharField(max_length=64)
    file = models.FileField(upload_to=application_file_path, storage=_private_storage)
    original_name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    content_type = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("application file")

    def __str__(self):
        return self.original_name
