"""Template tags for the site chrome: menu, breadcrumbs, language switcher, site name.

What they need from the database is cached in the page cache's store (per site and
language, and per page for breadcrumbs and translations). That store is purged whenever
content changes (portal/cache.py), so the chrome costs no query on most requests, for
members as well as for anonymous visitors.
"""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page, Site

from portal.cache import cached

register = template.Library()


def _site(context):
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_portal_site"):
        request._portal_site = Site.find_for_request(request)
    return request._portal_site


def _site_chrome(context):
    """Menu items, organisation name and home URL per language, for one site."""
    site = _site(context)
    if site is None:
        return {"menu": [], "homes": {}, "home_url": "/", "organisation_name": "", "logo": None}
    language = translation.get_language()

    def build():
        from home.models import SiteSettings

        homes = Page.objects.filter(translation_key=site.root_page.translation_key).live()
        homes = list(homes.select_related("locale"))
        home = next(
            (page for page in homes if page.locale.language_code == language), site.root_page
        )
        menu = [
            {"title": page.title, "url": page.url, "url_path": page.url_path}
            for page in home.get_children().live().public().in_menu().order_by("path")
        ]
        site_settings = SiteSettings.for_site(site)
        logo = None
        if site_settings.logo:
            rendition = site_settings.logo.get_rendition("height-96")
            logo = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
        return {
            "menu": menu,
            "home_url": home.url,
            "homes": {page.locale.language_code: page.url for page in homes},
            "organisation_name": site_settings.organisation_name,
            "logo": logo,
        }

    return cached(f"chrome:{site.pk}:{language}", build, context.get("request"))


def _page_chrome(page, request=None):
    """Breadcrumbs and translations of one page."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2).only("title", "url_path", "path")
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {
            "crumbs": [{"title": ancestor.title, "url": ancestor.url} for ancestor in ancestors],
            "translations": {other.locale.language_code: other.url for other in translations},
        }

    return cached(f"page-chrome:{page.pk}", build, request)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, menu_id="main-menu"):
    page = context.get("page")
    request = context.get("request")
    items = []
    for item in _site_chrome(context)["menu"]:
        if isinstance(page, Page):
            active = page.url_path.startswith(item["url_path"])
        else:
            active = bool(request and request.path.startswith(item["url"]))
        current = active and isinstance(page, Page) and page.url_path == item["url_path"]
        items.append({**item, "active": active, "current": current})
    return {"items": items, "menu_id": menu_id}


@register.simple_tag(takes_context=True)
def home_url(context):
    return _site_chrome(context)["home_url"]


@register.simple_tag(takes_context=True)
def site_logo(context):
    """The logo from the site settings as {url, width, height}, or None."""
    return _site_chrome(context)["logo"]


@register.simple_tag(takes_context=True)
def organisation_name(context):
    return _site_chrome(context)["organisation_name"] or settings.WAGTAIL_SITE_NAME


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    return {"crumbs": _page_chrome(page, context.get("request"))["crumbs"], "current": page.title}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language: the translation where one exists, else home."""
    page = context.get("page")
    request = context.get("request")
    current = translation.get_language()
    homes = _site_chrome(context)["homes"]
    is_page = isinstance(page, Page) and page.pk is not None
    translated = _page_chrome(page, request)["translations"] if is_page else {}
    languages = []
    for code, name in settings.LANGUAGES:
        if code in translated:
            url, exact = translated[code], True
        elif is_page and code in homes:
            url, exact = homes[code], False
        elif request is not None:
            # No translated page or home: the same address under the language's prefix
            # (the content stays in its own language, the interface switches).
            url, exact = translate_url(request.get_full_path(), code), not is_page
        else:
            continue
        languages.append(
            {"code": code, "name": name, "url": url, "current": code == current, "exact": exact}
        )
    return {"languages": languages}


@register.simple_tag
def footer_text():
    """The published footer text in the active language (English when not translated)."""
    from home.models import FooterText

    footer = FooterText.objects.filter(
        live=True, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return footer.localized if footer else None


SHARE_IMAGE = "fill-1200x630"
DESCRIPTION_CHARACTERS = 200
ARTICLE_TYPES = ("blog.newspage", "blog.resourcepage")


@register.simple_tag
def page_description(page):
    """What a page says about itself in search engines and link previews ("" for none)."""
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    if not isinstance(page, Page):
        return ""
    for name in ("search_description", "summary", "intro"):
        value = strip_tags(str(getattr(page, name, "") or "")).strip()
        if value:
            return Truncator(" ".join(value.split())).chars(DESCRIPTION_CHARACTERS)
    return ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This address without its query, on the site's own host (its root URL), so every
    way of reaching a page names the same address."""
    request = context.get("request")
    if request is None:
        return ""
    site = _site(context)
    if site is None:
        return request.build_absolute_uri(request.path)
    return site.root_url + request.path


@register.filter
def fields_with_errors(form):
    """[(field, anchor)] of the fields of ``form`` that have errors, in the form's order:
    the error summary links each to its input, or to the first of its checkboxes or radio
    buttons, which have no single input to label. A form whose only errors are not about
    a field has none."""
    return [
        (field, field.id_for_label or (f"{field.auto_id}_0" if field.auto_id else ""))
        for field in form
        if field.errors
    ]


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)  # so that the blocks inside can be overridden

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Rendered with autoescaping like any output, so it is safe to write again.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}`` renders its content once into the
    variable ``name`` and writes nothing: for what a block gives and more than one place
    uses (the document's title in ``<title>`` and in the link-preview tags)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context):
    """OpenGraph and Twitter card tags: the document's own title and description, as the
    base template captured them from its ``title`` and ``meta_description`` blocks (the
    portal's name and tagline where those are empty), its canonical address, and a page's
    listing image."""
    from django.utils.translation import to_locale

    request = context.get("request")
    page = context.get("page")
    site_name = organisation_name(context)
    meta = {
        "site_name": site_name,
        "locale": to_locale(translation.get_language() or settings.LANGUAGE_CODE),
        "type": "website",
        "title": context.get("document_title") or site_name,
        "description": context.get("document_description")
        or gettext("The portal for our nationals abroad and their families"),
        "url": canonical_url(context),
        "image": "",
    }
    if isinstance(page, Page):
        if page._meta.label_lower in ARTICLE_TYPES:
            meta["type"] = "article"
        image = getattr(page, "listing_image", None)
        if image is not None and request is not None:
            meta["image"] = request.build_absolute_uri(image.get_rendition(SHARE_IMAGE).url)
    return meta


@register.simple_tag(takes_context=True)
def page_links(context, page_obj):
    """The links of a pagination, each keeping the rest of the query string:
    ``previous`` and ``next`` ("" when there is none) and ``numbers``, [(number, href)]
    for the first and last pages and two either side of the current one (href "" for the
    current page, number None where numbers are left out: a search of thousands of pages
    shows about ten links, not all of them) and each link's text. The query is encoded and
    the link text translated once, not per link."""
    request = context.get("request")
    params = request.GET.lists() if request is not None else ()
    rest = urlencode([(k, v) for k, values in params if k != "page" for v in values])
    base = f"?{rest}&page=" if rest else "?page="

    text = gettext('<span class="visually-hidden">Page </span>%(number)s')

    def href(number):
        return f"{base}{number}"

    numbers = [
        (None, "", "")
        if number == page_obj.paginator.ELLIPSIS
        else (
            number,
            "" if number == page_obj.number else href(number),
            mark_safe(text % {"number": int(number)}),  # noqa: S308 (our text and a number)
        )
        for number in page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=2, on_ends=1
        )
    ]
    return {
        "previous": href(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next": href(page_obj.next_page_number()) if page_obj.has_next() else "",
        "numbers": numbers,
    }
