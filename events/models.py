"""Events, courses and engagement programmes. Their index pages come first."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class EventIndexPage(SectionIndexPage):
    empty_message = _("No events are scheduled yet. Please check back soon.")

    class Meta:
        verbose_name = _("event index page")


class CourseIndexPage(SectionIndexPage):
    empty_message = _("No courses are open yet. Please check back soon.")

    class Meta:
        verbose_name = _("course index page")


class ProgrammeIndexPage(SectionIndexPage):
    empty_message = _("No engagement programmes are open yet. Please check back soon.")

    class Meta:
        verbose_name = _("programme index page")
