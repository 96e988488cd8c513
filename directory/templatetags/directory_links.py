"""Links and cards of the directory's results."""

from django import template

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
