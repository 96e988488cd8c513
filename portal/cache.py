"""The page cache: anonymous visitors get stored pages; any content change purges them.

``UpdatePageCacheMiddleware`` (first in MIDDLEWARE) stores responses and
``FetchPageCacheMiddleware`` (last) answers from the store. Both build on Django's cache
middleware and add three rules:

* only anonymous visitors without a session are served or stored: a member's pages are
  never cached and a member never receives a cached page;
* a response that sets a cookie, or says private/no-cache, is never stored;
* browsers are told to keep pages only ``PAGE_CACHE_BROWSER_SECONDS`` (0 by default),
  because a purge cannot reach a copy a browser already holds.

The store is purged after the transaction that changes a page, snippet, setting, image,
document, site, locale, redirect or privacy restriction commits. Menu and footer
fragments live in the same store, so they are purged with the pages.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

CACHE_HEADER = "X-Page-Cache"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def cached(key, build, request=None):
    """The value kept under ``key`` in the page cache's store; ``build()`` makes it (and
    it is kept) when the store has none. With ``request``, the store is asked once per
    request: the site chrome asks for the same values several times a page."""
    memo = None
    if request is not None:
        memo = request.__dict__.setdefault("_page_cache_values", {})
        if key in memo:
            return memo[key]
    store = page_cache()
    value = store.get(key)
    if value is None:
        value = build()
        store.set(key, value, settings.PAGE_CACHE_SECONDS)
    if memo is not None:
        memo[key] = value
    return value


def is_cacheable_request(request):
    """Anonymous GET without a session, and without a message waiting to be shown."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
    )


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.page_timeout = settings.PAGE_CACHE_SECONDS
        self.cache_alias = settings.PAGE_CACHE_ALIAS
        self.key_prefix = "page"

    def _should_update_cache(self, request, response):
        if not super()._should_update_cache(request, response):
            return False
        if not is_cacheable_request(request) or response.cookies:
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)

    def process_response(self, request, response):
        cache_control = response.get("Cache-Control", "").lower()
        refused = any(word in cache_control for word in ("private", "no-cache", "no-store"))
        if (
            not refused
            and response.status_code == 200
            and self._should_update_cache(request, response)
        ):
            # Django would tell browsers to keep the page as long as the server does.
            # Ask for the shorter browser lifetime first; Django keeps the smaller one.
            browser_seconds = settings.PAGE_CACHE_BROWSER_SECONDS
            patch_cache_control(response, max_age=browser_seconds)
            if not response.has_header("Expires"):
                response.headers["Expires"] = http_date(time.time() + browser_seconds)
            response.headers[CACHE_HEADER] = "miss"
        return super().process_response(request, response)


class FetchPageCacheMiddleware(FetchFromCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_alias = settings.PAGE_CACHE_ALIAS
        self.key_prefix = "page"

    def process_request(self, request):
        if not is_cacheable_request(request):
            request._cache_update_cache = False
            return None
        response = super().process_request(request)
        if response is not None:
            response.headers[CACHE_HEADER] = "hit"
        return response


def purge_page_cache():
    """Forget every stored page and fragment."""
    cache = page_cache()
    if isinstance(cache, RedisCache):
        # Delete only this alias's keys: clear() would flush the whole Redis database,
        # sessions and rate-limit counters included.
        client = cache._cache.get_client(write=True)
        pattern = f"{cache.key_prefix}:*" if cache.key_prefix else "*"
        keys = list(client.scan_iter(match=pattern, count=1000))
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
    else:
        cache.clear()


def schedule_purge():
    """Purge when the current transaction commits (at once outside a transaction).

    A transaction that saves several things purges several times at commit; after the
    first the store is empty, so the others cost next to nothing.
    """
    transaction.on_commit(purge_page_cache)


def _content_models():
    from taggit.models import Tag
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return frozenset(
        [
            *get_snippet_models(),
            *settings_registry,
            get_image_model(),
            get_document_model(),
            Site,
            Locale,
            PageViewRestriction,
            Redirect,
            Tag,
        ]
    )


_CONTENT_MODELS = None


def _on_content_change(sender, instance, **kwargs):
    from wagtail.models import Page

    global _CONTENT_MODELS
    if _CONTENT_MODELS is None:
        _CONTENT_MODELS = _content_models()
    if kwargs.get("raw"):
        return
    if sender in _CONTENT_MODELS or isinstance(instance, Page):
        schedule_purge()


def connect_purge_signals():
    post_save.connect(_on_content_change, dispatch_uid="portal_page_cache_save")
    post_delete.connect(_on_content_change, dispatch_uid="portal_page_cache_delete")
