from django import template
from django.utils import timezone

from home import alerts

register = template.Library()


@register.simple_tag(takes_context=True)
def banner_alerts(context):
    """The site-wide alerts running now. Also keeps the page out of the page cache when
    the banner will change before a cached copy would expire (see ``home.alerts``)."""
    now = timezone.now()
    request = context.get("request")
    if request is not None:
        alerts.protect_page_cache(request, now)
    return alerts.banner(now, request)


@register.simple_tag
def member_alerts(profile):
    """The alerts for the country a member lives in, running now."""
    return alerts.for_member(profile)
