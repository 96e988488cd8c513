"""The directory journey: a member searches professionals with a typing mistake and a
language facet (the results follow the facet without a page load), opens a profile, then
finds the consulates in France."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_event_journey import MEMBER, log_in

pytestmark = pytest.mark.e2e


def test_a_member_finds_french_speaking_engineers_and_a_consulate(
    new_context, site_url, check_page
):
    member = new_context().new_page()
    log_in(member, MEMBER, check_page)
    expect(member).to_have_url(f"{site_url}/members/")
    member.get_by_role("navigation", name="Main").get_by_role("link", name="Directory").click()
    check_page(member, "directory")

    search = member.get_by_label("Search professionals")
    search.fill("engneer")
    search.press("Enter")
    expect(member.locator(".search-correction")).to_contain_text("“engineer”")
    summary = member.locator(".result-summary")
    expect(summary).to_contain_text("professionals")
    before = summary.inner_text()
    check_page(member, "directory-search")

    # Ticking a language updates the results in place and the address with them.
    member.locator(".facets").get_by_role("checkbox", name=re.compile(r"French \(\d+\)")).check()
    expect(member).to_have_url(re.compile(r"language=fr"))
    expect(summary).not_to_have_text(before)
    expect(member.get_by_role("link", name="Remove filter: French")).to_be_visible()
    expect(
        member.locator(".facets").get_by_role("checkbox", name=re.compile(r"French \(\d+\)"))
    ).to_be_focused()
    check_page(member, "directory-french")

    first = member.locator(".person-card").first
    name = first.get_by_role("heading").inner_text()
    first.get_by_role("link").click()
    expect(member.get_by_role("heading", level=1)).to_have_text(name)
    check_page(member, "directory-profile")

    member.goto("/directory/")
    member.get_by_role("link", name="Embassies and consulates").click()
    member.get_by_label("Country").select_option(label="France")
    member.get_by_role("button", name="Find").click()
    expect(member.locator(".result-summary")).to_have_text("3 consular missions")
    check_page(member, "consulates-france")
