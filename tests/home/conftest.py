import re

import pytest
from django.utils import timezone

from home.models import Subscriber


def links(message):
    """The addresses in an e-mail's plain text."""
    return re.findall(r"https?://\S+", message.body)


def link_to(message, part):
    """The one link of an e-mail whose address contains ``part``, as a path for the test
    client (the e-mails carry full addresses on http://testserver)."""
    found = {url for url in links(message) if part in url}
    assert len(found) == 1, (part, links(message))
    return found.pop().removeprefix("http://testserver")


def make_subscriber(email="reader@example.net", confirmed=True, **fields):
    now = timezone.now()
    defaults = {
        "language": "en",
        "topics": ["news", "events", "programmes", "resources", "opportunities"],
        # Confirmed now: what the demo published before is not news to them.
        "confirmed_at": now if confirmed else None,
    }
    return Subscriber.objects.create(email=email, **{**defaults, **fields})


@pytest.fixture
def subscriber(db):
    return make_subscriber()


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """``committing(function, *args)``: call it and run what waits for the commit (the
    e-mails), as when a request's transaction commits."""

    def call(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return call
