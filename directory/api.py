"""The directory's read-only JSON API, at ``/api/v2/directory/``.

The same search as the pages, with the same filters, facets, sorting and pagination, and
the same visibility: an anonymous request gets what the public may see, a logged-in
member (session) what members may see. Parameters that do not fit are ignored, as on the
pages. ``openapi.json`` describes every endpoint, generated from the search definitions.
"""

import functools

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from directory.documents import OPPORTUNITIES, ORGANISATIONS, PROFESSIONALS
from members.services import profile_url
from search.models import Audience
from search.service import MAX_QUERY_LENGTH, SearchUnavailable, search, suggest

ENDPOINTS = {
    "professionals": PROFESSIONALS,
    "organisations": ORGANISATIONS,
    "opportunities": OPPORTUNITIES,
}


def _item_url(kind, data):
    if kind == "professionals":
        return profile_url(data["public_id"])
    return None


def _search_endpoint(view):
    """GET only; an unknown endpoint is a 404 and an unavailable search a 503, with a
    message; the view gets the endpoint's SearchSpec and the viewer's audience."""

    @require_GET
    @functools.wraps(view)
    def wrapper(request, endpoint):
        spec = ENDPOINTS.get(endpoint)
        if spec is None:
            return JsonResponse({"detail": f"Unknown endpoint {endpoint!r}."}, status=404)
        audience = Audience.of(request.user)
        try:
            return view(request, endpoint, spec, audience)
        except SearchUnavailable:
            response = JsonResponse(
                {"detail": "Search is temporarily unavailable. Please try again in a minute."},
                status=503,
            )
            response["Retry-After"] = "60"
            return response

    return wrapper


@_search_endpoint
def listing(request, endpoint, spec, audience):
    results = search(spec, request.GET, audience)
    page = results.page
    response = JsonResponse(
        {
            "count": results.total,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "query": results.query.text,
            "searched_text": results.searched_text,
            "results": [
                {"title": hit.title, **hit.data, "url": _item_url(endpoint, hit.data)}
                for hit in page.object_list
            ],
            "facets": {
                facet.name: [
                    {
                        "value": option.value,
                        "label": option.label,
                        "count": option.count,
                        "selected": option.selected,
                    }
                    for option in values
                ]
                for facet, values in results.facets
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
    if request.user.is_authenticated:
        response["Cache-Control"] = "private, no-cache"
    return response


UNAVAILABLE = {
    "description": "The search backend is unavailable; retry later.",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"detail": {"type": "string"}}}
        }
    },
}


@_search_endpoint
def suggestions(request, endpoint, spec, audience):
    """Up to 8 titles starting with the words typed so far (``?q=``), for autocomplete."""
    titles = suggest(spec, request.GET.get("q", ""), audience)
    response = JsonResponse({"suggestions": titles}, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-cache"
    return response


@require_GET
def openapi(request):
    """An OpenAPI 3.1 description of the endpoints above."""
    paths = {}
    for endpoint, spec in ENDPOINTS.items():
        parameters = [
            {
                "name": "q",
                "in": "query",
                "description": "Words to search for (accents and case do not matter).",
                "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            },
            *(
                {
                    "name": facet.name,
                    "in": "query",
                    "description": f"{facet.label}: repeat to combine values (any of them).",
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "style": "form",
                    "explode": True,
                }
                for facet in spec.facets
            ),
            {
                "name": "sort",
                "in": "query",
                "schema": {"type": "string", "enum": [sort.key for sort in spec.sorts]},
            },
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        ]
        paths[f"/api/v2/directory/{endpoint}/"] = {
            "get": {
                "operationId": f"list_{endpoint}",
                "summary": f"Search {endpoint}",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "One page of results, with the facet counts.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Page"}}
                        },
                    },
                    "503": UNAVAILABLE,
                },
            }
        }
        paths[f"/api/v2/directory/{endpoint}/suggest/"] = {
            "get": {
                "operationId": f"suggest_{endpoint}",
                "summary": f"Autocomplete {endpoint} titles",
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "description": "The beginning of a title or of one of its words.",
                        "schema": {"type": "string", "maxLength": 50},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "Up to 8 matching titles.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "suggestions": {
                                            "type": "array",
                                            "items": {"type": "string"},
                                        }
                                    },
                                }
                            }
                        },
                    },
                    "503": UNAVAILABLE,
                },
            }
        }
    return JsonResponse(
        {
            "openapi": "3.1.0",
            "info": {"title": "Diaspora Connect directory API", "version": "1"},
            "paths": paths,
            "components": {
                "schemas": {
                    "Page": {
                        "type": "object",
                        "required": ["count", "page", "num_pages", "results", "facets"],
                        "properties": {
                            "count": {"type": "integer"},
                            "page": {"type": "integer"},
                            "num_pages": {"type": "integer"},
                            "query": {"type": "string"},
                            "searched_text": {
                                "type": "string",
                                "description": "The corrected words, after a typing mistake.",
                            },
                            "results": {"type": "array", "items": {"type": "object"}},
                            "facets": {
                                "type": "object",
                                "additionalProperties": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/FacetValue"},
                                },
                            },
                        },
                    },
                    "FacetValue": {
                        "type": "object",
                        "properties": {
                            "value": {"type": "string"},
                            "label": {"type": "string"},
                            "count": {"type": "integer"},
                            "selected": {"type": "boolean"},
                        },
                    },
                }
            },
        }
    )
