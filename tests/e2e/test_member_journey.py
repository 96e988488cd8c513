"""A new member's journey: join, confirm the e-mail, fill the profile, choose who sees
what, check what others see, download the data, then delete the account."""

import json
import re

import pytest
from django.core import mail
from PIL import Image
from playwright.sync_api import expect

from members.models import Profile, User
from portal.demo import demo_password

pytestmark = pytest.mark.e2e

EMAIL = "amara.journey@example.net"
PASSWORD = "Kora-river-7-lanterns!"
NAME, HEADLINE, CITY = "Amara Diallo", "Water engineer and mentor", "Rotterdam"
RESIDENCE = "Netherlands"


def log_in(page, email, password, check_page):
    page.goto("/accounts/login/")
    check_page(page, "login")
    form = page.locator(".auth-card form")
    form.locator("#id_login").fill(email)
    form.locator("#id_password").fill(password)
    form.get_by_role("button", name="Sign In").click()


def field(page, name):
    return page.locator(f'.profile [data-field="{name}"]')


def test_member_joins_fills_profile_controls_privacy_exports_and_leaves(
    page, new_context, site_url, check_page, settings, tmp_path
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"

    # 1. Join from the home page.
    page.goto("/")
    check_page(page, "home")
    page.locator(".utility-bar").get_by_role("link", name="Join").click()
    expect(page).to_have_url(f"{site_url}/accounts/signup/")
    check_page(page, "signup")
    signup = page.locator(".auth-card form")
    signup.locator("#id_email").fill(EMAIL)
    signup.locator("#id_password1").fill(PASSWORD)
    signup.locator("#id_password2").fill(PASSWORD)
    signup.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(f"{site_url}/accounts/confirm-email/")
    check_page(page, "verification-sent")

    # 2. Confirm the address from the e-mail; the member lands on the dashboard.
    assert [message.to for message in mail.outbox] == [[EMAIL]]
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.outbox[0].body)
    assert link, f"no confirmation link in:\n{mail.outbox[0].body}"
    page.goto(site_url + link.group(1))
    check_page(page, "confirm-email")
    page.locator(".auth-card").get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{site_url}/members/")
    expect(page.locator(".completeness label")).to_have_text("Profile 0% complete")
    check_page(page, "dashboard-new")

    # 3. Fill the profile, with a photo.
    photo = tmp_path / "me.png"
    Image.new("RGB", (120, 120), (20, 120, 110)).save(photo)
    page.locator("main").get_by_role("link", name="Edit profile").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit your profile")
    check_page(page, "edit-profile")
    form = page.locator("main form")
    form.get_by_label("Display name").fill(NAME)
    form.get_by_label("Headline").fill(HEADLINE)
    form.get_by_label("Short biography").fill("I design water networks for small towns.")
    form.get_by_label("Country of origin").select_option(label="Senegal")
    form.get_by_label("Country of residence").select_option(label=RESIDENCE)
    form.get_by_label("City").fill(CITY)
    form.get_by_label("Languages spoken").select_option(label=["French", "Wolof"])
    sectors = form.locator(".form-field--choices input[type=checkbox]")
    if sectors.count():
        sectors.first.check()
    form.get_by_label("Skills").fill("Hydraulics, Project management")
    form.get_by_label("Years of experience").fill("12")
    form.get_by_label("Mentoring").check()
    form.get_by_label("Photo").set_input_files(photo)
    form.get_by_role("button", name="Save profile").click()
    expect(page).to_have_url(f"{site_url}/members/")
    expect(page.locator(".messages")).to_contain_text("Your profile is saved.")
    expect(page.locator(".completeness label")).not_to_have_text("Profile 0% complete")
    assert int(page.locator("#completeness").get_attribute("value")) >= 80
    check_page(page, "dashboard-filled")

    # 4. Privacy: listed in the directory, the city for the member only.
    page.locator("main").get_by_role("link", name="Privacy settings").click()
    check_page(page, "privacy")
    form = page.locator("main form")
    form.get_by_label("List me in the directory").check()
    form.get_by_label("City").select_option(label="Only me")
    form.get_by_role("button", name="Save privacy settings").click()
    expect(page.locator(".messages")).to_contain_text("Your privacy choices are saved.")
    expect(page.locator(".profile-summary__status")).to_have_text(
        "You are listed in the directory."
    )
    check_page(page, "dashboard-privacy-saved")

    # 5. The previews.
    page.locator("main").get_by_role("link", name="See it as a member").click()
    expect(page.locator(".preview-banner")).to_contain_text("as another member sees it")
    expect(page.locator(".profile .lead")).to_have_text(HEADLINE)
    expect(field(page, "country_of_residence")).to_contain_text(RESIDENCE)
    expect(field(page, "city")).to_have_count(0)
    expect(page.locator(".profile")).not_to_contain_text(CITY)
    check_page(page, "preview-member")
    page.locator(".preview-banner").get_by_role("link", name="See it as the public").click()
    expect(page.locator(".preview-banner")).to_contain_text("as anyone on the internet sees it")
    expect(page.locator(".profile .lead")).to_have_text(HEADLINE)
    expect(field(page, "country_of_residence")).to_have_count(0)
    expect(field(page, "city")).to_have_count(0)
    expect(page.locator(".profile")).not_to_contain_text(CITY)
    check_page(page, "preview-public")

    # 6. The public profile, for an anonymous visitor and for another member.
    public_id = Profile.objects.get(user__email=EMAIL).public_id
    profile_url = f"/members/people/{public_id}/"
    visitor = new_context().new_page()
    visitor.goto(profile_url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(field(visitor, "country_of_residence")).to_have_count(0)
    expect(field(visitor, "city")).to_have_count(0)
    expect(visitor.locator("main")).not_to_contain_text(CITY)
    assert EMAIL not in visitor.content()
    check_page(visitor, "profile-anonymous")

    member = new_context().new_page()
    log_in(member, "member@example.org", demo_password(), check_page)
    expect(member).to_have_url(f"{site_url}/members/")
    check_page(member, "dashboard-other-member")
    member.goto(profile_url)
    expect(member.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(field(member, "country_of_residence")).to_contain_text(RESIDENCE)
    expect(field(member, "city")).to_have_count(0)
    assert EMAIL not in member.content()
    check_page(member, "profile-other-member")

    # 7. Download my data.
    page.locator(".utility-bar").get_by_role("link", name="My account").click()
    expect(page).to_have_url(f"{site_url}/members/")
    check_page(page, "dashboard-before-download")
    with page.expect_download() as download:
        page.locator("main").get_by_role("link", name="Download my data (JSON)").click()
    data = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert data["account"]["email"] == EMAIL
    assert data["profile"]["display_name"] == NAME
    assert data["profile"]["city"] == CITY

    # 8. Delete the account.
    page.locator("main").get_by_role("link", name="Delete my account").click()
    check_page(page, "delete-account")
    form = page.locator("main form")
    form.get_by_label("Your password").fill(PASSWORD)
    form.get_by_label("I understand that my account and my data will be deleted").check()
    form.get_by_role("button", name="Delete my account").click()
    expect(page).to_have_url(f"{site_url}/")
    expect(page.locator(".messages")).to_contain_text(
        "Your account and your data have been deleted."
    )
    check_page(page, "home-after-deletion")
    log_in(page, EMAIL, PASSWORD, check_page)
    expect(page).to_have_url(f"{site_url}/accounts/login/")
    expect(page.locator(".auth-card")).to_contain_text("not correct")
    check_page(page, "login-refused")
    assert not User.objects.filter(email=EMAIL).exists()
