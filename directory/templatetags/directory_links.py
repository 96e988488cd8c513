"""The result cards of the directory's searches, worked out in Python: a page shows 20,
and the template then writes each piece of a card with one lookup."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.text import Truncator
from wagtail.models import Site

from members.services import profile_url as member_profile_url

register = template.Library()

CARD_SKILLS = 5  # the skills a professional's card lists


def person_card(hit):
    """What a professional's result card shows, from the fields the viewer may see (a
    hidden one reads as ""): worked out here once, so that the template writes each
    piece with one lookup rather than twenty a card."""
    person = hit.card
    residence = person["country_of_residence"]
    place = ", ".join(part for part in (person["city"], residence and residence["name"]) if part)
    return {
        "url": member_profile_url(person["public_id"]),
        "name": hit.title,
        "highlight": hit.highlight,
        "headline": person["headline"],
        "meta": " · ".join(part for part in (place, person["organisation"]) if part),
        "skills": list(person["skills"] or [])[:CARD_SKILLS],
        "open_to": ", ".join(person["open_to"] or []),
    }


@register.simple_tag
def person_cards(hits):
    """[person_card] of a page of professionals."""
    return [person_card(hit) for hit in hits]


SUMMARY_CHARACTERS = 220  # of an opportunity's summary on its card


def opportunity_card(hit, url):
    """What an opportunity's result card shows (see ``person_card``)."""
    item = hit.card
    tickets = f"{intcomma(item['ticket_min'])}–{intcomma(item['ticket_max'])}"
    return {
        "url": url,
        "title": hit.title,
        "highlight": hit.highlight,
        "instrument": item["instrument"],
        "sector": item["sector"],
        "verified": item["verified"],
        "closed": item["status"] == "closed",
        "summary": Truncator(item["summary"]).chars(SUMMARY_CHARACTERS),
        "place": ", ".join(part for part in (item["region"], item["country"]) if part),
        "tickets": f"{tickets} {item['currency']}",
        "deadline": item["deadline"],
    }


def _page_url(context, page):
    """The directory page's own address, worked out once per request."""
    request = context["request"]
    known = request.__dict__.setdefault("_directory_page_urls", {})
    if page.pk not in known:
        url = page.relative_url(Site.find_for_request(request), request)
        known[page.pk] = url if url.endswith("/") else f"{url}/"
    return known[page.pk]


@register.simple_tag(takes_context=True)
def directory_url(context, page, name, *args):
    """``{% routablepageurl page name *args %}``, with the page's address worked out once
    a request (the directory's header links to three of its routes, and each result
    card to one)."""
    return _page_url(context, page) + page.reverse_subpage(name, args=args)


@register.simple_tag(takes_context=True)
def opportunity_cards(context, page, hits):
    """[opportunity_card] of a page of opportunities of the directory ``page``, each
    linking to its own route."""
    return [
        opportunity_card(hit, directory_url(context, page, "opportunity", hit.card["pk"]))
        for hit in hits
    ]
