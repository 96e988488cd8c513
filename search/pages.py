"""What site search holds about the pages of the site: one record per page, the same for
every audience, and only while the page is live and public (a private page, one under a
private section or an unpublished one is never found).

Pages are kept up to date by Wagtail's publishing signals (``search.signals``) through the
same background task as the directory's items; ``manage.py search_index rebuild --kind
page`` indexes them all again.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from search.models import Audience
from search.service import Document, FacetSpec, SearchSpec, SortSpec, remove, store

PAGE = "page"
SUMMARY_WORDS = 40
DATED_TYPES = {"news", "resource"}

# The kind of result a page is, by model ("app_label.modelname"); other pages are "page".
PAGE_TYPES = {
    "blog.newspage": "news",
    "blog.resourcepage": "resource",
    "blog.countrypage": "country",
    "events.eventpage": "event",
    "events.coursepage": "course",
    "events.programmepage": "programme",
}
TYPE_LABELS = {
    "news": _("News"),
    "resource": _("Resources"),
    "country": _("Country hubs"),
    "event": _("Events"),
    "course": _("Courses"),
    "programme": _("Programmes"),
    "page": _("Pages"),
}


def _language_labels():
    return {locale.language_code: locale.get_display_name() for locale in Locale.objects.all()}


PAGES = SearchSpec(
    kind=PAGE,
    facets=(
        FacetSpec("type", _("Type"), TYPE_LABELS),
        # Never chosen by the visitor: site search keeps to the page's language.
        FacetSpec("language", _("Language"), _language_labels),
    ),
    sorts=(
        SortSpec("relevance", _("Best match")),
        SortSpec("newest", _("Newest"), "published_at", descending=True),
    ),
    per_page=10,
)


def page_type(page):
    return PAGE_TYPES.get(page._meta.label_lower, "page")


def searchable_text(page):
    """The text of every field the page type declares searchable, StreamFields included."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, None)
        if callable(value):
            value = value()
        if value is None:
            continue
        try:
            model_field = page._meta.get_field(field.field_name)
        except Exception:  # noqa: BLE001 (a method or property, not a model field)
            model_field = None
        if isinstance(model_field, StreamField):
            parts.extend(str(part) for part in model_field.get_searchable_content(value))
        else:
            parts.append(str(value))
    return strip_tags(" ".join(parts))


def summary(page, text):
    for name in ("search_description", "summary", "intro"):
        value = strip_tags(str(getattr(page, name, "") or "")).strip()
        if value:
            return Truncator(value).words(SUMMARY_WORDS)
    return Truncator(text).words(SUMMARY_WORDS)


def page_documents(page):
    """[Document] of one page: none unless it is live, public and below the site root."""
    if not page.live or page.depth <= 2 or page.get_view_restrictions().exists():
        return []
    url = page.get_url()
    if not url:
        return []
    kind = page_type(page)
    text = searchable_text(page)
    document = {
        "title": page.title,
        "text": text,
        "facets": {"type": [kind], "language": [page.locale.language_code]},
        "data": {
            "url": url,
            "type": kind,
            "summary": summary(page, text),
            # Only dated content shows a date (an event's own date is not its publication).
            "date": page.first_published_at.date().isoformat()
            if page.first_published_at and kind in DATED_TYPES
            else "",
        },
        "published_at": page.first_published_at,
    }
    return [Document(audience=audience, **document) for audience in Audience.values]


def index_page(page_id):
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        remove(PAGE, page_id)
        return
    store(PAGE, page_id, page_documents(page.specific))


def all_pages():
    return Page.objects.filter(depth__gt=2).values_list("pk", flat=True).order_by("pk")
