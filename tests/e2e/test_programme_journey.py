"""The programmes journey: a member applies to a programme (missing answers first, then a
complete application with a CV), and an editor reviews the answers and accepts them with a
message the member receives."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from events.models import ProgrammePage
from tests.e2e.test_event_journey import (
    EDITOR,
    MEMBER,
    admin_log_in,
    log_in,
    wait_for_admin_messages,
)

pytestmark = pytest.mark.e2e

FELLOWSHIP = "Return of Talent Fellowship for health professionals"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_member_applies_and_an_editor_accepts(new_context, site_url, check_page, tmp_path):
    # 1. The member finds the fellowship among the return-of-talent programmes.
    member = new_context().new_page()
    log_in(member, MEMBER, check_page)
    expect(member).to_have_url(f"{site_url}/members/")
    member.goto("/programmes/")
    check_page(member, "programmes")
    member.get_by_role("navigation", name="Kinds of programme").get_by_role(
        "link", name="Return of talent"
    ).click()
    expect(member).to_have_url(re.compile(r"[?&]kind=return_of_talent\b"))
    member.get_by_role("link", name=FELLOWSHIP).click()
    expect(member.get_by_role("heading", level=1)).to_have_text(FELLOWSHIP)
    check_page(member, "fellowship")

    # 2. Sending nothing shows what is missing; nothing is stored.
    application = member.locator("#apply")
    application.get_by_role("button", name="Send my application").click()
    expect(member.locator(".error-summary")).to_contain_text("Your profession")
    expect(member.locator(".messages")).to_contain_text("Please correct the answers")
    check_page(member, "fellowship-errors")

    # 3. A complete application, with a CV.
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(PDF)
    application.get_by_label("Nurse").check()
    application.get_by_label("Your speciality").fill("Intensive care nursing")
    application.get_by_label("7 to 12 months").check()
    application.get_by_label("Yes").check()
    application.get_by_label("Your CV").set_input_files(str(cv))
    application.get_by_role("button", name="Send my application").click()
    expect(member.locator(".messages")).to_contain_text("Your application is received.")
    expect(application).to_contain_text("Your application: Applied.")
    check_page(member, "fellowship-applied")
    received = [message for message in mail.outbox if message.to == [MEMBER]]
    assert [message.subject for message in received] == [f"Application received: {FELLOWSHIP}"]
    member.goto("/members/")
    applications = member.locator("section[aria-labelledby='section-applications']")
    expect(applications).to_contain_text(FELLOWSHIP)
    expect(applications).to_contain_text("Applied")

    # 4. The editor reviews the answers and the CV, and accepts with a message.
    fellowship_id = ProgrammePage.objects.get(slug="return-of-talent-health-fellowship").pk
    editor = new_context().new_page()
    admin_log_in(editor, EDITOR, check_page, site_url)
    editor.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Registrations"
    ).click()
    check_page(editor, "admin-registrations-menu")
    editor.locator("table.listing").get_by_role("link", name=FELLOWSHIP).click()
    expect(editor.get_by_role("heading", level=2, name=FELLOWSHIP)).to_be_visible()
    check_page(editor, "admin-applications")
    row = editor.locator("table.listing tbody tr").filter(has_text=MEMBER)
    row.get_by_role("link", name=re.compile("^Review")).click()
    answers = editor.locator("dl.application-answers")
    expect(answers).to_contain_text("Intensive care nursing")
    expect(answers.get_by_role("link", name="cv.pdf")).to_be_visible()
    with editor.expect_download() as download:
        answers.get_by_role("link", name="cv.pdf").click()
    assert download.value.path().read_bytes() == PDF
    check_page(editor, "admin-application")
    editor.get_by_label("Accepted").check()
    editor.get_by_label("Message to the applicant").fill("Welcome! Our team will call you.")
    editor.get_by_role("button", name="Save the decision and tell the applicant").click()
    expect(editor.locator(".messages")).to_contain_text("now “Accepted”")
    expect(editor.locator("[data-status]")).to_have_text("Accepted")
    wait_for_admin_messages(editor)
    check_page(editor, "admin-application-accepted")

    # 5. The member is told, with the message, and sees the decision on the page.
    accepted = [message for message in mail.outbox if message.to == [MEMBER]][-1]
    assert accepted.subject == f"Your application is accepted: {FELLOWSHIP}"
    assert "Welcome! Our team will call you." in accepted.body
    member.goto(ProgrammePage.objects.get(pk=fellowship_id).url)
    expect(member.locator("#apply")).to_contain_text("Your application: Accepted.")
    check_page(member, "fellowship-accepted")
