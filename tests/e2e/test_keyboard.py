"""Keyboard users: the skip link comes first and the main menu shows where the focus is."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

# What the focused element looks like, read while it has the focus.
FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        inMainMenu: Boolean(el.closest("nav.main-nav")) && el.tagName === "A",
        text: el.textContent.trim(),
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        boxShadow: style.boxShadow,
    };
}"""


def has_visible_focus_style(focused):
    outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] != "0px"
    return outline or focused["boxShadow"] != "none"


def test_first_tab_reaches_the_skip_link_which_moves_to_the_content(page, check_page):
    page.goto("/")
    check_page(page, "home")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport(ratio=1)
    box = skip_link.bounding_box()
    viewport = page.viewport_size
    assert box is not None
    assert box["x"] >= 0 and box["y"] >= 0, f"skip link is off screen when focused: {box}"
    assert box["x"] + box["width"] <= viewport["width"], f"skip link is cut off: {box}"
    assert box["y"] + box["height"] <= viewport["height"], f"skip link is cut off: {box}"
    check_page(page, "skip-link-focused")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("#main")).to_be_focused()


def test_main_menu_links_are_reachable_by_tab_with_a_visible_focus(page, check_page):
    page.goto("/")
    menu_names = [name.strip() for name in page.locator("nav.main-nav a").all_inner_texts()]
    assert menu_names, "the main menu has no links"

    reached = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inMainMenu"]:
            reached.append(focused)
        elif reached:
            break  # tabbed past the menu
    assert [item["text"] for item in reached] == menu_names, (
        "Tab does not go through the main menu links in order"
    )
    no_focus_style = [item["text"] for item in reached if not has_visible_focus_style(item)]
    assert not no_focus_style, f"main menu links without a visible focus style: {no_focus_style}"

    # Back to the first menu link, to look at its focus ring on the screenshot.
    for _ in reached:
        page.keyboard.press("Shift+Tab")
    expect(page.locator("nav.main-nav a").first).to_be_focused()
    check_page(page, "home-menu-link-focused")
