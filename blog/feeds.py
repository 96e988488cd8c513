"""RSS 2.0 and Atom 1.0 feeds of a news index (``/news/feed/`` and ``/news/feed/atom/``)
and of the knowledge library (``/knowledge/feed/`` and ``/knowledge/feed/atom/``)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_ITEMS = 30


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return self.index_page.news().prefetch_related("authors")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


class ResourceRssFeed(NewsRssFeed):
    """The knowledge library's resources, newest first (``/knowledge/feed/``)."""

    def description(self):
        return self.index_page.intro or self.index_page.title

    def items(self):
        return self.index_page.resources().order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return item.source_name or None

    def item_categories(self, item):
        return [
            str(item.get_resource_type_display()),
            *(str(label) for label in item.instrument_choices()),
            *(str(country.name) for country in item.countries),
        ]


class ResourceAtomFeed(ResourceRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
