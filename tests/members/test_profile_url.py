"""Profile links are made without reversing the URL each time (``profile_url``): they
must be exactly what ``reverse`` gives, in every language and under a script prefix."""

import uuid

import pytest
from django.urls import reverse, set_script_prefix
from django.utils import translation

from members.services import profile_url


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_profile_links_are_what_reverse_gives(language):
    ids = [uuid.uuid4() for _ in range(3)]
    with translation.override(language):
        for public_id in ids:
            expected = reverse("members:profile", args=[public_id])
            assert profile_url(public_id) == expected
            assert profile_url(str(public_id)) == expected  # as the search records hold it
    assert profile_url(ids[0]) != profile_url(ids[1])


def test_profile_links_follow_the_script_prefix():
    public_id = uuid.uuid4()
    try:
        set_script_prefix("/portal/")
        assert profile_url(public_id) == reverse("members:profile", args=[public_id])
        assert profile_url(public_id).startswith("/portal/")
    finally:
        set_script_prefix("/")
    assert profile_url(public_id) == reverse("members:profile", args=[public_id])


def test_a_malformed_id_is_refused():
    with pytest.raises(ValueError):
        profile_url("not-an-id/../admin")
