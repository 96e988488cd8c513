"""Page routing kept in the page cache's store.

To find the page for a path, Wagtail asks the database on every request for the site,
the active locale, the site's root page and each page on the path, then the page's own
fields again: five queries, most of them page models of 30 to 60 columns whose SQL
Django composes anew each time (about 5 ms, a fifth of a directory search).

The answer changes only when a page, site or locale changes, and the page cache's store
is purged whenever one does (``portal.cache``). So the route is kept in that store, per
host, port, language and path: the site's fields, the page's model and primary key, and
how many parts of the path the page tree took (the rest is for the page's own routes, a
routable page's). A request that finds it costs one query, the page by primary key, read
fresh: a route never serves an old copy of a page, and a page unpublished since is not
found (Wagtail's own ``route`` checks that it is live).

Wagtail keeps the site and the route of a request on the request (``_wagtail_site`` and
``_wagtail_route_for_request``, read by ``Site.find_for_request`` and
``Page.route_for_request``); ``serve`` fills both in before handing the request to
Wagtail's view, so everything else (privacy checks, hooks, serving) runs as it always
does. Paths that lead nowhere are not kept: the store holds one entry per page and
per route a page declares that a visitor asked for.
"""

import functools
import hashlib

from django.apps import apps
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from portal.cache import page_cache

ROUTE_SECONDS = 600  # a route is also forgotten after this long, purge or not


@functools.cache
def _site_fields():
    return tuple(field.attname for field in Site._meta.concrete_fields)


def route_key(request, components):
    host, port = request._get_raw_host(), request.get_port()
    language = translation.get_language() or ""
    path = "/".join(components)
    digest = hashlib.sha256(f"{host}\n{port}\n{language}\n{path}".encode()).hexdigest()
    return f"route:{digest}"


def _entry(site, page):
    """What the store keeps of a route Wagtail found."""
    fields = _site_fields()
    return {
        "site_fields": fields,
        "site": tuple(getattr(site, name) for name in fields),
        "model": page.specific_class._meta.label_lower,
        "page": page.pk,
        # Each page below the root takes one part of the path; the localized root is at
        # the same depth as the site's root.
        "taken": page.depth - site.root_page.depth,
    }


def _route_from(request, entry, components):
    """(site, route) from a stored entry, or None when it no longer fits (the page is
    gone, or the code's models changed since it was stored)."""
    if entry.get("site_fields") != _site_fields():
        return None
    try:
        model = apps.get_model(entry["model"])
    except (LookupError, ValueError):
        return None
    if not issubclass(model, Page):
        return None
    try:
        page = model.objects.get(pk=entry["page"])
    except model.DoesNotExist:
        return None
    site = Site.from_db(page._state.db, entry["site_fields"], entry["site"])
    try:
        route = page.route(request, components[entry["taken"] :])
    except Http404:
        route = None
    return site, route


def prime_route(request, path):
    """Fill in Wagtail's per-request site and route from the store, or find them with
    Wagtail and keep them there."""
    components = [component for component in path.split("/") if component]
    key = route_key(request, components)
    cache = page_cache()
    entry = cache.get(key)
    if entry is not None:
        found = _route_from(request, entry, components)
        if found is not None:
            request._wagtail_site, request._wagtail_route_for_request = found
            return
    route = Page.route_for_request(request, path)
    site = Site.find_for_request(request)
    if route is not None and site is not None:
        cache.set(key, _entry(site, route[0]), ROUTE_SECONDS)


def serve(request, path):
    """Wagtail's page view, with the route from the store when it is there."""
    prime_route(request, path)
    return wagtail_views.serve(request, path)
