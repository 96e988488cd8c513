from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from directory import documents, signals
        from search.registry import register

        signals.connect()
        register(documents.PROFESSIONAL, documents.all_professionals, documents.index_professional)
        register(documents.ORGANISATION, documents.all_organisations, documents.index_organisation)
        register(documents.OPPORTUNITY, documents.all_opportunities, documents.index_opportunity)
