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
        for kind, ids, index, spec in [
            (
                documents.PROFESSIONAL,
                documents.all_professionals,
                documents.index_professional,
                documents.PROFESSIONALS,
            ),
            (
                documents.ORGANISATION,
                documents.all_organisations,
                documents.index_organisation,
                documents.ORGANISATIONS,
            ),
            (
                documents.OPPORTUNITY,
                documents.all_opportunities,
                documents.index_opportunity,
                documents.OPPORTUNITIES,
            ),
        ]:
            register(kind, ids, index, spec)
