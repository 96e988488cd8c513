"""Small screens (320 CSS px, WCAG 1.4.10 reflow): no sideways scrolling, a usable menu."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

SMALL = {"width": 320, "height": 640}

# The page's width, and the elements that stick out past the right edge of the viewport.
OVERFLOW = """() => {
    const limit = document.documentElement.clientWidth;
    const describe = (el) => el.tagName.toLowerCase()
        + (el.id ? "#" + el.id : "")
        + [...el.classList].map((name) => "." + name).join("");
    const wide = [...document.body.querySelectorAll("*")].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && Math.round(box.right) > limit + 1;
    });
    // The innermost ones: an element whose child overflows too is not the culprit.
    const culprits = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return {
        scrollWidth: document.documentElement.scrollWidth,
        culprits: culprits.slice(0, 5).map((el) => {
            const box = el.getBoundingClientRect();
            return `${describe(el)} (right edge at ${Math.round(box.right)}px)`;
        }),
    };
}"""


def assert_no_horizontal_scrolling(page):
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= SMALL["width"] + 1, (
        f"{page.url} scrolls sideways at {SMALL['width']}px: the page is "
        f"{result['scrollWidth']}px wide; sticking out: {', '.join(result['culprits'])}"
    )


def test_small_screen_menu_toggle_and_reflow(new_context, site_url, check_page):
    page = new_context(viewport=SMALL).new_page()
    page.goto("/")
    check_page(page, "home")
    assert_no_horizontal_scrolling(page)

    toggle = page.locator("nav.main-nav").get_by_role("button", name="Menu")
    menu = page.locator("nav.main-nav #main-menu")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    check_page(page, "home-menu-open")
    assert_no_horizontal_scrolling(page)

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    toggle.click()
    menu.get_by_role("link", name="News", exact=True).click()
    expect(page).to_have_url(f"{site_url}/news/")
    check_page(page, "news-index")
    assert_no_horizontal_scrolling(page)

    first_title = page.locator(".news-list .card__title a").first
    title = first_title.inner_text().strip()
    first_title.click()
    expect(page).to_have_url(re.compile(rf"^{re.escape(site_url)}/news/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    check_page(page, "news-item")
    assert_no_horizontal_scrolling(page)


def test_small_screen_menu_is_open_without_javascript(new_context, check_page):
    page = new_context(viewport=SMALL, java_script_enabled=False).new_page()
    page.goto("/")
    check_page(page, "home-no-js")
    assert_no_horizontal_scrolling(page)

    # The toggle only makes sense with the script that drives it: it stays hidden.
    toggle = page.locator("nav.main-nav button.main-nav__toggle")
    expect(toggle).to_have_count(1)
    expect(toggle).to_be_hidden()
    links = page.locator("nav.main-nav #main-menu a")
    expect(links.first).to_be_visible()
    for link in links.all():
        expect(link).to_be_visible()
