"""Limits per visitor address (portal.ratelimit)."""

from portal import ratelimit


def test_a_limit_holds_within_its_window_and_starts_again_in_the_next():
    start = 7200.0  # the start of a window of an hour
    assert [ratelimit.allow("try", "203.0.113.7", 2, 3600, now=start + s) for s in (0, 1, 2)] == [
        True,
        True,
        False,
    ]
    assert ratelimit.allow("try", "198.51.100.9", 2, 3600, now=start + 3)  # another address
    assert ratelimit.allow("other", "203.0.113.7", 2, 3600, now=start + 3)  # another limit
    assert ratelimit.allow("try", "203.0.113.7", 2, 3600, now=start + 3600)  # the next hour
