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
