from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation

from search.models import Audience
from search.pages import PAGES
from search.registry import site_kinds
from search.service import SearchUnavailable, suggest
from search.site import SiteResults, query_text, record_hit, site_search

SUGGESTIONS = 8


def search(request):
    """Site-wide search: pages in the visitor's language and the directory, as the
    visitor's audience may see them (``search.site``)."""
    status = 200
    try:
        results = site_search(request.GET, Audience.of(request.user))
    except SearchUnavailable:
        results, status = SiteResults(text=query_text(request.GET)), 503
    if request.GET.get("page", "1") == "1" and not results.type:  # a new search
        record_hit(results.text)
    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": results.text,
            "results": results,
            "page_obj": results.page,
            "search_unavailable": status == 503,
        },
        status=status,
    )
    if status == 503:
        response["Retry-After"] = "60"
    return response


def suggestions(request):
    """Autocomplete for the search boxes: titles of pages in the visitor's language, then
    of the directory's opportunities and organisations (never people's names)."""
    prefix = request.GET.get("q", "")
    audience = Audience.of(request.user)
    try:
        titles = suggest(
            PAGES, prefix, audience, SUGGESTIONS, {"language": [translation.get_language()]}
        )
        for source in site_kinds():
            if source.kind != "professional" and len(titles) < SUGGESTIONS:
                titles += suggest(source.spec, prefix, audience, SUGGESTIONS - len(titles))
    except SearchUnavailable:
        titles = []
    response = JsonResponse(
        {"suggestions": list(dict.fromkeys(titles))[:SUGGESTIONS]},
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "private, max-age=60"
    return response
