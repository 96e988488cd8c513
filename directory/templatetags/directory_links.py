"""Links of the directory's result cards."""

from django import template

from members.services import profile_url as member_profile_url

register = template.Library()


@register.simple_tag
def profile_url(public_id):
    """The address of a member's profile: ``{% url 'members:profile' id %}``, faster."""
    return member_profile_url(public_id)
