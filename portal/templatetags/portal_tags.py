"""Template tags for the site chrome: main menu, breadcrumbs, language switcher.

The menu and the list of localised home pages are cached in the page cache's store, which
is purged whenever content changes (portal/cache.py), so they cost no query per page.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from portal.cache import page_cache

register = template.Library()


def _site(context):
    request = context.get("request")
    site = getattr(request, "_portal_site", None) if request else None
    if site is None and request is not None:
        site = Site.find_for_request(request)
        request._portal_site = site
    return site


def _chrome(context):
    """Menu items and home URLs per language, built once per site and language."""
    site = _site(context)
    if site is None:
        return {"menu": [], "homes": {}}
    language = translation.get_language()
    key = f"chrome:{site.pk}:{language}"
    cache = page_cache()
    chrome = cache.get(key)
    if chrome is None:
        homes = Page.objects.filter(translation_key=site.root_page.translation_key).live()
        homes = list(homes.select_related("locale"))
        home = next(
            (page for page in homes if page.locale.language_code == language), site.root_page
        )
        menu = [
            {"title": page.title, "url": page.url, "url_path": page.url_path}
            for page in home.get_children().live().public().in_menu().order_by("path")
        ]
        chrome = {
            "menu": menu,
            "home_url": home.url,
            "homes": {page.locale.language_code: page.url for page in homes},
        }
        cache.set(key, chrome, settings.PAGE_CACHE_SECONDS)
    return chrome


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, menu_id="main-menu"):
    page = context.get("page")
    request = context.get("request")
    chrome = _chrome(context)
    items = []
    for item in chrome["menu"]:
        if isinstance(page, Page):
            active = page.url_path.startswith(item["url_path"])
        else:
            active = bool(request and request.path.startswith(item["url"]))
        current = active and isinstance(page, Page) and page.url_path == item["url_path"]
        items.append({**item, "active": active, "current": current})
    return {"items": items, "menu_id": menu_id}


@register.simple_tag(takes_context=True)
def home_url(context):
    return _chrome(context).get("home_url", "/")


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("title", "url_path", "path")
    crumbs = [{"title": ancestor.title, "url": ancestor.url} for ancestor in ancestors]
    return {"crumbs": crumbs, "current": page.title}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language: the translation where one exists, else home."""
    page = context.get("page")
    request = context.get("request")
    current = translation.get_language()
    homes = _chrome(context).get("homes", {})
    translated = {}
    if isinstance(page, Page) and page.pk:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        translated = {other.locale.language_code: other.url for other in translations}
    languages = []
    for code, name in settings.LANGUAGES:
        if code in translated:
            url, exact = translated[code], True
        elif isinstance(page, Page) and code in homes:
            url, exact = homes[code], False
        elif request is not None:
            # No translated page or home: the same address under the language's prefix
            # (the content stays in its own language, the interface switches).
            url, exact = translate_url(request.get_full_path(), code), not isinstance(page, Page)
        else:
            url, exact = None, False
        if url:
            languages.append(
                {"code": code, "name": name, "url": url, "current": code == current, "exact": exact}
            )
    return {"languages": languages}


@register.filter
def localized(obj):
    """The translation of a snippet (category, footer) in the active language, if any."""
    return getattr(obj, "localized", obj) if obj is not None else obj


@register.simple_tag
def footer_text():
    """The published footer text in the active language (English when not translated)."""
    from home.models import FooterText

    footer = FooterText.objects.filter(
        live=True, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if footer is None:
        return None
    return footer.localized
