from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from directory import signals
        from directory.documents import PROFESSIONAL, all_professionals, index_professional
        from search.registry import register

        signals.connect()
        register(PROFESSIONAL, all_professionals, index_professional)
