"""The newsletter journey: a visitor subscribes on the home page, confirms through the
link e-mailed to them, receives a digest and unsubscribes with its one-click link."""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from blog.factories import NewsPageFactory
from blog.models import NewsIndexPage

pytestmark = pytest.mark.e2e

ADDRESS = "journey.reader@example.net"


def link_in(message, kind):
    """The path of the /newsletter/<kind>/<token>/ link of an e-mail's text."""
    found = re.search(rf"https?://\S+/newsletter/{kind}/\S+/", message.body)
    assert found, f"no {kind} link in {message.subject!r}"
    return urlsplit(found.group()).path


def test_a_visitor_subscribes_confirms_gets_a_digest_and_unsubscribes(page, site_url, check_page):
    mail.outbox.clear()
    page.goto("/")
    signup = page.locator(".home-newsletter")
    signup.get_by_label("Your e-mail address").fill(ADDRESS)
    signup.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    check_page(page, "newsletter-check-inbox")

    confirmation = [m for m in mail.outbox if ADDRESS in m.to]
    assert len(confirmation) == 1
    page.goto(link_in(confirmation[0], "confirm"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
    check_page(page, "newsletter-confirm")
    page.get_by_role("button", name="Yes, subscribe me").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    check_page(page, "newsletter-confirmed")

    # The editors publish a news item; the weekly digest brings it.
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    news = NewsPageFactory(parent=news_index, title="Diaspora savings bond: second tranche")
    news.save_revision().publish()
    mail.outbox.clear()
    call_command("send_digest", stdout=io.StringIO())
    digests = [m for m in mail.outbox if ADDRESS in m.to]
    assert len(digests) == 1
    assert "Diaspora savings bond: second tranche" in digests[0].body
    assert "List-Unsubscribe" in digests[0].extra_headers
    page.goto(link_in(digests[0], "unsubscribe"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribe from the newsletter")
    check_page(page, "newsletter-unsubscribe")
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are unsubscribed")
    check_page(page, "newsletter-unsubscribed")

    mail.outbox.clear()
    call_command("send_digest", stdout=io.StringIO())
    assert not [m for m in mail.outbox if ADDRESS in m.to]
