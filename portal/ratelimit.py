"""Limits per visitor address, counted in fixed windows in the default cache (shared by
every worker with Redis, and in files in production without it).

The visitor's address is found the way allauth finds it for the login and sign-up limits
(``TRUSTED_PROXY_COUNT`` or ``TRUSTED_CLIENT_IP_HEADER`` behind a reverse proxy), so that
every limit per address follows one rule.
"""

import time

from django.core.cache import cache


def client_ip(request):
    """The visitor's address, or "unknown" when none can be read (all such share one
    count)."""
    from allauth.account.adapter import get_adapter

    return get_adapter(request).get_client_ip(request) or "unknown"


def allow(scope, key, limit, period, now=None):
    """Count one use of ``scope`` by ``key``. False when that makes more than ``limit``
    uses in the current window of ``period`` seconds."""
    window = int((time.time() if now is None else now) // period)
    name = f"ratelimit:{scope}:{key}:{window}"
    cache.add(name, 0, timeout=period)
    try:
        count = cache.incr(name)
    except ValueError:  # the window ended between add and incr
        cache.add(name, 1, timeout=period)
        count = 1
    return count <= limit
