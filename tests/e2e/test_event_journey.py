"""The events journey: a member joins a full event's waiting list, an investor registers for
a webinar and cancels, then an editor cancels a place and the waiting list moves up."""

import re

import pytest
from django.core import mail
from icalendar import Calendar
from playwright.sync_api import expect

from events.models import EventPage
from portal.demo import demo_password

pytestmark = pytest.mark.e2e

MEMBER, INVESTOR, EDITOR = "member@example.org", "investor@example.org", "editor@example.org"
FORUM = "Diaspora Investment Forum: Paris"
WEBINAR = "Webinar: consular services online"


def log_in(page, email, check_page):
    page.goto("/accounts/login/")
    check_page(page, "login")
    form = page.locator(".auth-card form")
    form.locator("#id_login").fill(email)
    form.locator("#id_password").fill(demo_password())
    form.get_by_role("button", name="Sign In").click()


def admin_log_in(page, email, check_page, site_url):
    page.goto("/admin/login/")
    check_page(page, "admin-login")
    page.get_by_label(re.compile("e-?mail", re.IGNORECASE)).fill(email)
    page.get_by_label("Password").fill(demo_password())
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site_url}/admin/")


def open_event(page, title, check_page, step):
    page.locator(".news-list").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    check_page(page, step)


def wait_for_admin_messages(page):
    """Wagtail fades its messages in (``.ready .messages > ul``): audit them once the fade
    has ended, not half-way through, when their colours are still blended."""
    messages = page.locator(".ready .messages")
    expect(messages).to_be_visible()
    messages.evaluate(
        "element => Promise.all("
        "element.getAnimations({subtree: true}).map(animation => animation.finished))"
    )


def test_waiting_list_registration_and_editor_cancellation(new_context, site_url, check_page):
    registration_box = ".registration-box"

    # 1. The member finds the full forum through the country filter and joins the waiting list.
    member = new_context().new_page()
    log_in(member, MEMBER, check_page)
    expect(member).to_have_url(f"{site_url}/members/")
    member.goto("/events/")
    check_page(member, "events-member")
    filters = member.locator("form.filters")
    filters.get_by_label("Country").select_option(label="France")
    filters.get_by_role("button", name="Show events").click()
    expect(member).to_have_url(re.compile(r"[?&]country=FR\b"))
    check_page(member, "events-france")
    open_event(member, FORUM, check_page, "forum-full")
    box = member.locator(registration_box)
    box.get_by_role("button", name="Join the waiting list").click()
    expect(member.locator(".messages")).to_contain_text("you are on the waiting list")
    expect(box).to_contain_text("You are number 3 on the waiting list.")
    check_page(member, "forum-waiting")

    # 2. The investor registers for the webinar, gets the calendar and e-mail, then cancels.
    investor = new_context().new_page()
    log_in(investor, INVESTOR, check_page)
    investor.goto("/events/")
    check_page(investor, "events-investor")
    open_event(investor, WEBINAR, check_page, "webinar")
    box = investor.locator(registration_box)
    expect(box.get_by_role("link", name="Join the event online")).to_have_count(0)
    box.get_by_role("button", name="Register", exact=True).click()
    expect(box.locator(".registration-box__state")).to_have_text("You are registered.")
    expect(box.get_by_role("link", name="Join the event online")).to_have_attribute(
        "href", "https://meet.example.org/consular-webinar"
    )
    check_page(investor, "webinar-registered")
    with investor.expect_download() as download:
        investor.get_by_role("link", name="Add to my calendar (.ics)").click()
    calendar = Calendar.from_ical(download.value.path().read_bytes())
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [WEBINAR]
    emails = [message for message in mail.outbox if message.to == [INVESTOR]]
    assert len(emails) == 1, [message.subject for message in emails]
    assert WEBINAR in emails[0].subject
    assert any(attachment[0].endswith(".ics") for attachment in emails[0].attachments)
    box.get_by_role("button", name="Cancel my registration").click()
    expect(investor.locator(".messages")).to_contain_text("Your registration is cancelled.")
    expect(box.get_by_role("button", name="Register", exact=True)).to_be_visible()
    expect(box.get_by_role("link", name="Join the event online")).to_have_count(0)
    check_page(investor, "webinar-cancelled")

    # 3. The editor cancels the first confirmed place: the first person waiting gets it.
    forum_id = EventPage.objects.get(slug="diaspora-investment-forum-paris").pk
    editor = new_context().new_page()
    admin_log_in(editor, EDITOR, check_page, site_url)
    editor.goto(f"/admin/events/{forum_id}/registrations/")
    expect(editor.locator('[data-count="confirmed"]')).to_have_text("12")
    expect(editor.locator('[data-count="waiting"]')).to_have_text("3")
    check_page(editor, "admin-registrations")
    rows = editor.locator("table.listing tbody tr")
    first_waiting = rows.filter(has_text="On the waiting list").first.locator("td").nth(1)
    first_waiting_email = first_waiting.inner_text().strip()
    first_confirmed = rows.filter(has_text="Confirmed").first
    first_confirmed.get_by_role("button", name="Cancel registration").click()
    expect(editor.locator(".messages")).to_contain_text("The registration is cancelled.")
    expect(editor.locator('[data-count="confirmed"]')).to_have_text("12")
    expect(editor.locator('[data-count="waiting"]')).to_have_text("2")
    expect(editor.locator('[data-count="cancelled"]')).to_have_text("1")
    promoted = rows.filter(has_text=first_waiting_email)
    expect(promoted.locator("td").nth(2)).to_have_text("Confirmed")
    wait_for_admin_messages(editor)
    check_page(editor, "admin-registrations-after-cancel")
    promoted_emails = [message for message in mail.outbox if message.to == [first_waiting_email]]
    assert promoted_emails, f"no e-mail to the promoted person {first_waiting_email}"

    member.reload()
    expect(member.locator(registration_box)).to_contain_text(
        "You are number 2 on the waiting list."
    )
    check_page(member, "forum-waiting-moved-up")
