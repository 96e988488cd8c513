from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self):
        # contact and saved_searches add their sections to the member's data export.
        from directory import contact, documents, saved_searches, signals  # noqa: F401
        from search.registry import register

        signals.connect()
        # In this order on the site search page, beside the pages.
        for kind, ids, index, spec, label, links in [
            (
                documents.OPPORTUNITY,
                documents.all_opportunities,
                documents.index_opportunity,
                documents.OPPORTUNITIES,
                _("Investment opportunities"),
                documents.opportunity_links,
            ),
            (
                documents.ORGANISATION,
                documents.all_organisations,
                documents.index_organisation,
                documents.ORGANISATIONS,
                _("Organisations"),
                documents.organisation_links,
            ),
            (
                documents.PROFESSIONAL,
                documents.all_professionals,
                documents.index_professional,
                documents.PROFESSIONALS,
                _("Professionals"),
                documents.professional_links,
            ),
        ]:
            register(kind, ids, index, spec, label, links)
