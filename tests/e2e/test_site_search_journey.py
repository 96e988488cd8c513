"""The site search journey: a visitor searches the header box for a word that several
kinds of content share, narrows the results to one type and opens one."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_a_visitor_searches_the_whole_site_and_opens_a_news_item(page, site_url, check_page):
    page.goto("/")
    box = page.get_by_role("search").get_by_label("Search the portal")
    box.fill("investment")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=investment"))
    types = page.get_by_role("navigation", name="Result types")
    for label in ("News", "Resources", "Programmes", "Investment opportunities"):
        expect(types.get_by_role("link", name=re.compile(rf"^{label} \(\d+\)$"))).to_be_visible()
    expect(page.locator(".search-highlight mark").first).to_be_visible()
    expect(
        page.get_by_role("complementary").get_by_role("heading", name="In the directory")
    ).to_be_visible()
    check_page(page, "site-search")

    types.get_by_role("link", name=re.compile(r"^News \(\d+\)$")).click()
    expect(page).to_have_url(re.compile(r"type=news"))
    results = page.locator(".site-search__main .search-results > li")
    expect(results.first).to_be_visible()
    for kind in results.locator(".search-results__type").all_inner_texts():
        assert kind.upper().startswith("NEWS")
    check_page(page, "site-search-news")

    first = results.first.get_by_role("link")
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    check_page(page, "site-search-result")
