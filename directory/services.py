"""The directory's rules: who sees an opportunity's details."""

from members.models import InvestorStatus


def is_verified_investor(user):
    if not user.is_authenticated:
        return False
    profile = getattr(user, "profile", None)
    return profile is not None and profile.investor_status == InvestorStatus.VERIFIED


def can_see_details(user, opportunity):
    """Verified investors, the opportunity's own sponsor and the editors who manage
    opportunities see its details and documents; everyone else sees its summary."""
    if not user.is_authenticated or not user.is_active:
        return False
    if opportunity.sponsor_member_id == user.pk:
        return True
    if user.has_perm("directory.change_opportunity"):
        return True
    return is_verified_investor(user)


def listings_of(user):
    """[(item, kind label, state label)] of what ``user`` proposed or sponsors."""
    from django.utils.translation import gettext as _
    from django.utils.translation import pgettext

    from directory.models import Opportunity, Organisation

    items = [
        *(
            (item, pgettext("directory listing", "Organisation"))
            for item in Organisation.objects.filter(proposed_by=user)
        ),
        *((item, _("Opportunity")) for item in Opportunity.objects.filter(sponsor_member=user)),
    ]
    rows = []
    for item, kind in items:
        if item.live:
            state = _("Published")
        elif item.workflow_in_progress:
            state = _("Waiting for the editors' review")
        else:
            state = _("Not published")
        rows.append((item, kind, state))
    return rows
