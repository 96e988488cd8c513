"""sitemap.xml and robots.txt: what search engines may crawl.

The sitemap lists every live, public page of the site in every language (each language's
home page and what is under it; a private page or one under a private section is left
out), on the site's own host, with the date it was last published.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.models import Page, Site

# Paths that are for members or for machines, not for search engines (in every language).
PRIVATE_PATHS = ("accounts/", "members/", "contact/", "registrations/", "search/")


def site_for(request):
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


class PageSitemap(Sitemap):
    def __init__(self, request):
        self.request = request
        self.site = site_for(request)
        self.root = urlsplit(self.site.root_url)

    def items(self):
        homes = self.site.root_page.get_translations(inclusive=True)
        under_a_home = Q()
        for home in homes.only("path"):
            under_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home)
            .order_by("path")
            .only("id", "path", "url_path", "locale_id", "last_published_at", "depth")
        )

    def location(self, page):
        _site_id, _root_url, path = page.get_url_parts(self.request) or (None, None, None)
        return path or ""

    def lastmod(self, page):
        return page.last_published_at

    def get_protocol(self, protocol=None):
        return self.root.scheme

    def get_domain(self, site=None):
        return self.root.netloc
