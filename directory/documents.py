"""What the directory's search holds about each professional, per audience.

Only a member who opted in to the directory is searchable, and each audience's document
holds only the fields that audience may see (``members.services`` decides): a field marked
"members only" is in the members' document, never in the public one, and a field marked
"only me" is in neither.
"""

import threading

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from directory.models import (
    TICKET_BAND_LABELS,
    Instrument,
    Opportunity,
    OpportunityStatus,
    Organisation,
    OrganisationKind,
    Stage,
)
from members import services
from members.languages import language_name
from members.models import OPEN_TO, Profile
from portal.models import country_names
from search.models import Audience
from search.service import (
    CurrentOnly,
    Document,
    FacetSpec,
    SearchSpec,
    SortSpec,
    remove,
    store,
)

PROFESSIONAL = "professional"

ROLES = {Audience.PUBLIC: services.ANONYMOUS, Audience.MEMBERS: services.MEMBER}


def _sector_labels():
    """slug → name, kept in the page cache's store (sectors are snippets: a change purges
    it)."""
    from portal.cache import cached
    from portal.models import Sector

    return cached("sector-labels", lambda: dict(Sector.objects.values_list("slug", "name")))


class _Languages(dict):
    def get(self, code, default=None):
        return language_name(code)


PROFESSIONALS = SearchSpec(
    kind=PROFESSIONAL,
    facets=(
        FacetSpec("residence", _("Country of residence"), country_names),
        FacetSpec("origin", _("Country of origin"), country_names),
        FacetSpec("sector", _("Sector"), _sector_labels),
        FacetSpec("skill", _("Skill")),
        FacetSpec("language", _("Language"), _Languages),
        FacetSpec("open_to", _("Open to"), lambda: dict(OPEN_TO)),
    ),
    sorts=(
        SortSpec("relevance", _("Best match")),
        SortSpec("name", _("Name"), "title"),
        SortSpec("newest", _("Newest"), "published_at", descending=True),
    ),
)


def professional_documents(profile):
    """[Document] of one profile: none unless its owner opted in to the directory."""
    if not profile.listed_in_directory or not profile.user.is_active:
        return []
    documents = []
    for audience, role in ROLES.items():
        fields = services.visible_fields(profile, role=role)
        if not fields:
            continue
        residence = fields.get("country_of_residence") or {}
        origin = fields.get("country_of_origin") or {}
        languages = fields.get("languages") or []
        name = fields.get("display_name") or str(_("A diaspora professional"))
        documents.append(
            Document(
                audience=audience,
                title=name,
                text=" ".join(
                    str(part)
                    for part in [
                        fields.get("headline"),
                        fields.get("bio"),
                        fields.get("organisation"),
                        fields.get("city"),
                        residence.get("name"),
                        origin.get("name"),
                        *(fields.get("sectors") or []),
                        *(fields.get("skills") or []),
                        *(language["name"] for language in languages),
                        *(fields.get("open_to") or []),
                    ]
                    if part
                ),
                facets={
                    "residence": [residence.get("code")],
                    "origin": [origin.get("code")],
                    "sector": [sector.slug for sector in profile.sectors.all()]
                    if "sectors" in fields
                    else [],
                    "skill": fields.get("skills") or [],
                    "language": [language["code"] for language in languages],
                    "open_to": [name for name, _label in OPEN_TO if getattr(profile, name)]
                    if "open_to" in fields
                    else [],
                },
                data={
                    "public_id": str(profile.public_id),
                    **{key: value for key, value in fields.items() if key != "photo"},
                    "has_photo": bool(fields.get("photo")),
                },
                published_at=profile.created_at,
            )
        )
    return documents


def index_professional(profile_id):
    profile = (
        Profile.objects.select_related("user")
        .prefetch_related("sectors", "skills")
        .filter(pk=profile_id)
        .first()
    )
    if profile is None:
        remove(PROFESSIONAL, profile_id)
    else:
        store(PROFESSIONAL, profile_id, professional_documents(profile))


_pending = threading.local()


def reindex_after_commit(profile_id):
    """Queue the profile's re-indexing (a background task) once the transaction commits.

    A profile saved several times in one transaction (its fields, sectors, skills) is
    indexed once: the first callback takes every pending id, the others find none.
    """
    pending = _pending.__dict__.setdefault("ids", set())
    pending.add(profile_id)
    transaction.on_commit(_enqueue_pending)


def _enqueue_pending():
    from search.tasks import index_items

    ids = sorted(_pending.__dict__.get("ids", ()))
    _pending.__dict__["ids"] = set()
    if ids:
        index_items.enqueue(PROFESSIONAL, ids)


def all_professionals():
    return Profile.objects.values_list("pk", flat=True).order_by("pk")


# --- Organisations ----------------------------------------------------------------------

ORGANISATION = "organisation"

ORGANISATIONS = SearchSpec(
    kind=ORGANISATION,
    facets=(
        FacetSpec("kind", _("Kind"), lambda: dict(OrganisationKind.choices)),
        FacetSpec("country", _("Country"), country_names),
        FacetSpec("sector", _("Sector"), _sector_labels),
        FacetSpec("verified", _("Verified"), lambda: {"yes": _("Verified by the portal")}),
    ),
    sorts=(
        SortSpec("relevance", _("Best match")),
        SortSpec("name", _("Name"), "title"),
        SortSpec("newest", _("Newest"), "published_at", descending=True),
    ),
)


def organisation_documents(organisation):
    """The same document for every audience: an organisation is public once approved."""
    if not organisation.live:
        return []
    sectors = list(organisation.sectors.all())
    organisation_countries = [str(country.name) for country in organisation.countries]
    document = {
        "title": organisation.name,
        "text": " ".join(
            [
                organisation.description,
                organisation.get_kind_display(),
                *organisation_countries,
                *(sector.name for sector in sectors),
            ]
        ),
        "facets": {
            "kind": [organisation.kind],
            "country": [country.code for country in organisation.countries],
            "sector": [sector.slug for sector in sectors],
            "verified": ["yes"] if organisation.verified else [],
        },
        "data": {
            "pk": organisation.pk,
            "kind": str(organisation.get_kind_display()),
            "countries": organisation_countries,
            "sectors": [sector.name for sector in sectors],
            "description": organisation.description[:400],
            "website": organisation.website,
            "verified": organisation.verified,
        },
        "published_at": organisation.first_published_at,
    }
    return [Document(audience=audience, **document) for audience in Audience.values]


def index_organisation(organisation_id):
    organisation = (
        Organisation.objects.prefetch_related("sectors").filter(pk=organisation_id).first()
    )
    if organisation is None:
        remove(ORGANISATION, organisation_id)
    else:
        store(ORGANISATION, organisation_id, organisation_documents(organisation))


def all_organisations():
    return Organisation.objects.values_list("pk", flat=True).order_by("pk")


# --- Investment opportunities ---------------------------------------------------------------

OPPORTUNITY = "opportunity"


OPPORTUNITIES = SearchSpec(
    kind=OPPORTUNITY,
    facets=(
        FacetSpec("sector", _("Sector"), _sector_labels),
        FacetSpec("country", _("Country"), country_names),
        FacetSpec("instrument", _("Instrument"), lambda: dict(Instrument.choices)),
        FacetSpec("ticket", _("Ticket size"), lambda: TICKET_BAND_LABELS),
        FacetSpec("stage", _("Stage"), lambda: dict(Stage.choices)),
        FacetSpec("status", _("Status"), lambda: dict(OpportunityStatus.choices)),
    ),
    sorts=(
        SortSpec("relevance", _("Best match")),
        SortSpec("newest", _("Newest"), "published_at", descending=True),
        SortSpec("deadline", _("Deadline"), "deadline"),
        SortSpec("name", _("Name"), "title"),
    ),
    # Closed and past-deadline opportunities leave the default results.
    scope=CurrentOnly("status", OpportunityStatus.OPEN),
)


def opportunity_documents(opportunity):
    """The summary only, the same for every audience: the details are for verified
    investors, on the opportunity's page."""
    if not opportunity.live:
        return []
    import datetime

    from django.utils import timezone

    deadline = (
        timezone.make_aware(datetime.datetime.combine(opportunity.deadline, datetime.time.max))
        if opportunity.deadline
        else None
    )
    country = str(opportunity.country.name)
    document = {
        "title": opportunity.title,
        "text": " ".join(
            [
                opportunity.summary,
                opportunity.sector.name,
                country,
                opportunity.region,
                opportunity.get_instrument_display(),
                str(opportunity.sponsor_name),
            ]
        ),
        "facets": {
            "sector": [opportunity.sector.slug],
            "country": [opportunity.country.code],
            "instrument": [opportunity.instrument],
            "ticket": opportunity.ticket_bands(),
            "stage": [opportunity.stage],
            "status": [opportunity.status],
        },
        "data": {
            "pk": opportunity.pk,
            "summary": opportunity.summary,
            "sector": opportunity.sector.name,
            "country": country,
            "region": opportunity.region,
            "instrument": str(opportunity.get_instrument_display()),
            "stage": str(opportunity.get_stage_display()),
            "ticket_min": opportunity.ticket_min,
            "ticket_max": opportunity.ticket_max,
            "currency": opportunity.currency,
            "deadline": opportunity.deadline.isoformat() if opportunity.deadline else "",
            "sponsor": str(opportunity.sponsor_name),
            "verified": opportunity.verified,
            "status": opportunity.status,
        },
        "published_at": opportunity.first_published_at,
        "deadline": deadline,
    }
    return [Document(audience=audience, **document) for audience in Audience.values]


def index_opportunity(opportunity_id):
    opportunity = (
        Opportunity.objects.select_related("sector", "sponsor_organisation", "sponsor_member")
        .filter(pk=opportunity_id)
        .first()
    )
    if opportunity is None:
        remove(OPPORTUNITY, opportunity_id)
    else:
        store(OPPORTUNITY, opportunity_id, opportunity_documents(opportunity))


def all_opportunities():
    return Opportunity.objects.values_list("pk", flat=True).order_by("pk")


# --- Links from site search -------------------------------------------------------------


def _directory_page():
    """The live directory page in the visitor's language (else any live one), or None."""
    from wagtail.models import Locale

    from directory.models import DirectoryIndexPage

    pages = DirectoryIndexPage.objects.live().public()
    return pages.filter(locale=Locale.get_active()).first() or pages.first()


def _directory_links(hits, route, arguments):
    page = _directory_page()
    base = page.get_url() if page else None
    if not base:
        return ["" for _hit in hits]
    return [f"{base}{page.reverse_subpage(route, **arguments(hit))}" for hit in hits]


def opportunity_links(hits):
    return _directory_links(hits, "opportunity", lambda hit: {"args": [hit.data["pk"]]})


def organisation_links(hits):
    """Organisations have no page of their own: their entry in the listing."""
    from urllib.parse import urlencode

    links = _directory_links(hits, "organisations", lambda hit: {})
    return [
        f"{link}?{urlencode({'q': hit.title})}" if link else ""
        for link, hit in zip(links, hits, strict=True)
    ]


def professional_links(hits):
    return [services.profile_url(hit.data["public_id"]) for hit in hits]
