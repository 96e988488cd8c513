"""``{% world_map %}``: the directory's world map of professionals and opportunities.

An SVG drawn on the server (``directory.worldmap``), so it needs no script, tile server or
outside request: each country with someone living there or an open opportunity is a link
to the directory filtered by it, shaded by how many there are, followed by the same
figures as a table. The rendered fragment is kept in the page cache's store per audience,
language and page, so it is purged with the pages whenever content or the directory's
search changes (``portal.cache``), and expires after ``MAP_CACHE_SECONDS`` anyway, for
the opportunities whose deadline passes.
"""

from urllib.parse import urlencode

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from directory import worldmap
from portal.cache import page_cache
from search.models import Audience

register = template.Library()

MAP_CACHE_SECONDS = 300
TEMPLATE = "directory/includes/world_map.html"


def country_title(figures):
    """A country's name and figures: "Senegal: 12 professionals, 3 open opportunities"."""
    professionals = ngettext(
        "%(counter)s professional", "%(counter)s professionals", figures.professionals
    ) % {"counter": figures.professionals}
    opportunities = ngettext(
        "%(counter)s open opportunity", "%(counter)s open opportunities", figures.opportunities
    ) % {"counter": figures.opportunities}
    return gettext("%(country)s: %(professionals)s, %(opportunities)s") % {
        "country": figures.name,
        "professionals": professionals,
        "opportunities": opportunities,
    }


def map_context(countries, professionals_url, opportunities_url):
    """What the map's template shows of ``countries`` ([CountryFigures])."""
    shapes = worldmap.world_map()
    bounds = worldmap.shade_bounds(max((c.total for c in countries), default=1))
    rows, linked = [], set()
    for figures in countries:
        code = figures.code.lower()
        row = {
            "figures": figures,
            "title": country_title(figures),
            "shade": worldmap.shade(figures.total, bounds),
            "path": shapes.paths.get(code, ""),
            "professionals_url": f"{professionals_url}?{urlencode({'residence': figures.code})}"
            if figures.professionals
            else "",
            "opportunities_url": f"{opportunities_url}?{urlencode({'country': figures.code})}"
            if figures.opportunities
            else "",
        }
        # On the map, a country links to its professionals, or to its opportunities
        # when nobody this visitor may see lives there.
        row["url"] = row["professionals_url"] or row["opportunities_url"]
        rows.append(row)
        if row["path"]:
            linked.add(code)
    return {
        "map": shapes,
        "land": "".join(path for code, path in shapes.paths.items() if code not in linked),
        "countries": rows,
        "legend": [
            {"shade": shade, "low": low, "high": high}
            for shade, low, high in worldmap.legend(bounds)
        ],
    }


def render_map(page, request):
    """The map's HTML for this page and visitor ("" when there is nothing to show or the
    search cannot answer)."""
    from search.service import SearchUnavailable

    audience = Audience.of(request.user)
    page_url = page.get_url(request) or ""
    key = f"directory-map:{audience}:{translation.get_language()}:{page_url}"
    cache = page_cache()
    html = cache.get(key)
    if html is None:
        try:
            countries = worldmap.country_figures(audience)
        except SearchUnavailable:
            return ""
        if not countries:
            html = ""
        else:
            base = page_url if page_url.endswith("/") else f"{page_url}/"
            context = map_context(countries, page_url, base + page.reverse_subpage("opportunities"))
            # Rendered without the request: the fragment is shared by everyone of the
            # audience, so nothing of one visitor may go into it.
            html = render_to_string(TEMPLATE, context)
        cache.set(key, str(html), MAP_CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 (our own template's output, escaped as it rendered)


@register.simple_tag(takes_context=True)
def world_map(context, page=None):
    """The world map of the directory ``page`` (by default the context's page)."""
    page = page or context.get("page")
    request = context.get("request")
    if page is None or request is None:
        return ""
    return render_map(page, request)
