"""Arabic readers: a right-to-left site, and a language switcher in every language's own name."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import open_news_from_menu

pytestmark = pytest.mark.e2e

# Each language in its own name, as the switcher shows them.
LANGUAGES = {"en": "English", "fr": "français", "es": "español", "ar": "العربية"}


def without_marks(text):
    """Drop Arabic vowel marks: Django names Arabic "العربيّة", with a shadda on the yā'."""
    return re.sub("[\u064b-\u065f\u0670]", "", text)


def expect_language(page, code, direction):
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("html")).to_have_attribute("dir", direction)


def test_arabic_site_reads_right_to_left_and_switches_to_english(page, site_url, check_page):
    page.goto("/ar/")
    expect_language(page, "ar", "rtl")
    check_page(page, "arabic-home")

    switcher = page.locator("nav.language-switcher")
    items = switcher.locator("li > *")
    expect(items).to_have_count(len(LANGUAGES))
    shown = {item.get_attribute("lang"): without_marks(item.inner_text()) for item in items.all()}
    assert shown == LANGUAGES
    # The current language is marked as such, the others are links to this page in them.
    expect(switcher.locator('[aria-current="true"]')).to_have_attribute("lang", "ar")
    for code, name in LANGUAGES.items():
        if code != "ar":
            expect(switcher.get_by_role("link", name=name, exact=True)).to_have_attribute(
                "hreflang", code
            )

    switcher.get_by_role("link", name="English", exact=True).click()
    expect(page).to_have_url(f"{site_url}/")
    expect_language(page, "en", "ltr")
    check_page(page, "english-home")

    page.locator("nav.language-switcher").get_by_role("link", name=re.compile("^العربي")).click()
    expect(page).to_have_url(f"{site_url}/ar/")
    expect_language(page, "ar", "rtl")

    open_news_from_menu(page, site_url, check_page, "الأخبار", prefix="/ar", step_prefix="arabic-")
    expect_language(page, "ar", "rtl")
    check_page(page, "arabic-news-item")
