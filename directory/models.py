"""The directory of professionals, organisations, opportunities and consular missions."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class DirectoryIndexPage(SectionIndexPage):
    empty_message = _("The directory has no entries yet. Please check back soon.")

    class Meta:
        verbose_name = _("directory index page")
