"""The visitor and editor journeys from the issue: home, news, a news item, the admin."""

import re

import pytest
from playwright.sync_api import expect

from portal.demo import DEMO_USERS, demo_password

from .conftest import open_news_from_menu

pytestmark = pytest.mark.e2e

EDITOR_EMAIL, EDITOR_FIRST, EDITOR_LAST = next(
    (email, first, last) for email, first, last, role in DEMO_USERS if role == "editor"
)


def test_reader_finds_news_then_editor_signs_in(page, site_url, check_page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_page(page, "home")

    open_news_from_menu(page, site_url, check_page, "News")
    check_page(page, "news-item")

    page.goto("/admin/login/")
    check_page(page, "admin-login")
    page.get_by_label(re.compile("e-?mail", re.IGNORECASE)).fill(EDITOR_EMAIL)
    page.get_by_label("Password").fill(demo_password())
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site_url}/admin/")
    expect(page).to_have_title(re.compile(r"^Dashboard\b"))
    # The dashboard's account summary greets the signed-in editor by name.
    editor_name = f"{EDITOR_FIRST} {EDITOR_LAST}"
    expect(page.get_by_role("heading", name=editor_name, exact=True)).to_be_visible()
    check_page(page, "dashboard")
