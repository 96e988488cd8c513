from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import pages, signals
        from search.registry import register

        signals.connect()
        register(pages.PAGE, pages.all_pages, pages.index_page, pages.PAGES)
