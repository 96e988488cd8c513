"""The investor journey: filter opportunities by two facets, open one, read its details,
express interest; the sponsor accepts, and each then has the other's e-mail address."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.test_event_journey import INVESTOR, MEMBER, log_in

pytestmark = pytest.mark.e2e

PROJECT = "Solar mini-grid for 4 villages (Thiès)"


def test_an_investor_expresses_interest_and_the_sponsor_accepts(new_context, site_url, check_page):
    investor = new_context().new_page()
    log_in(investor, INVESTOR, check_page)
    investor.goto("/directory/opportunities/")
    check_page(investor, "opportunities")
    facets = investor.locator(".facets")
    facets.get_by_role("checkbox", name=re.compile(r"^\s*Energy \(\d+\)")).check()
    expect(investor).to_have_url(re.compile(r"sector=energy"))
    facets.get_by_role("checkbox", name=re.compile(r"^\s*Senegal \(\d+\)")).check()
    expect(investor).to_have_url(re.compile(r"country=SN"))
    check_page(investor, "opportunities-energy-senegal")
    investor.get_by_role("link", name=PROJECT).click()
    expect(investor.get_by_role("heading", level=1)).to_have_text(PROJECT)
    expect(investor.get_by_role("heading", name="Details")).to_be_visible()
    check_page(investor, "opportunity")
    investor.get_by_label("Your message").fill(
        "I invest in renewable energy at home and would like to see the financial model."
    )
    investor.get_by_role("button", name="Express interest").click()
    expect(investor.locator(".messages")).to_contain_text("Your request is sent.")
    [notice] = [message for message in mail.outbox if message.to == [MEMBER]]
    assert INVESTOR not in notice.body

    sponsor = new_context().new_page()
    log_in(sponsor, MEMBER, check_page)
    requests = sponsor.locator("#contacts")
    expect(requests).to_contain_text(PROJECT)
    expect(requests).not_to_contain_text(INVESTOR)
    check_page(sponsor, "dashboard-contact-request")
    requests.get_by_role("button", name="Accept and share e-mail addresses").click()
    expect(sponsor.locator(".messages")).to_contain_text("Accepted")
    expect(sponsor.locator("#contacts")).to_contain_text(INVESTOR)
    check_page(sponsor, "dashboard-contact-accepted")

    investor.goto("/members/")
    expect(investor.locator("#contacts")).to_contain_text(MEMBER)
    check_page(investor, "dashboard-investor-accepted")
