"""The editors' members listing in the Wagtail admin: visibility, filters, export, verification."""

import csv
import importlib
import io
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from members.models import InvestorStatus, Profile, User
from portal.models import Sector

LIST_URL = "/admin/members/"
EXPORT_URL = "/admin/members/contacts.csv"
HIDDEN = "Hidden by the member"


@pytest.fixture
def admin_user(db):
    return User.objects.get(email="admin@example.org")


@pytest.fixture
def sectors(db):
    health, _ = Sector.objects.get_or_create(slug="zz-health", defaults={"name": "Zz Health"})
    farming, _ = Sector.objects.get_or_create(slug="zz-farming", defaults={"name": "Zz Farming"})
    return health, farming


def make_profile(email, *, private=(), sectors=(), **fields):
    user = User.objects.create_user(email=email, password="portal-test-password")
    profile = Profile.objects.create(user=user, **fields)
    if private:
        profile.visibility = {**profile.visibility, **dict.fromkeys(private, "private")}
        profile.save()
    profile.sectors.set(sectors)
    return profile


@pytest.fixture
def members(sectors):
    health, farming = sectors
    return {
        "amina": make_profile(
            "amina@example.org",
            display_name="Amina Testmember",
            country_of_residence="FR",
            city="Lyon",
            sectors=[health],
            open_to_mentoring=True,
            listed_in_directory=True,
            agrees_to_be_contacted=True,
            investor_status=InvestorStatus.REQUESTED,
        ),
        "kofi": make_profile(
            "kofi@example.org",
            display_name="Kofi Testmember",
            country_of_residence="CA",
            city="Secretville",
            private=["country_of_residence", "city"],
            sectors=[farming],
            open_to_investing=True,
            agrees_to_be_contacted=True,
            investor_status=InvestorStatus.VERIFIED,
        ),
        "lena": make_profile(
            "lena@example.org",
            display_name="=HYPERLINK(1) Lena Testmember",
            country_of_residence="DE",
            city="Berlin",
            agrees_to_be_contacted=True,
        ),
        "omar": make_profile(
            "omar@example.org",
            display_name="Omar Testmember",
            country_of_residence="CA",
            city="Toronto",
            agrees_to_be_contacted=False,
        ),
    }


def listing(client, user, **params):
    client.force_login(user)
    response = client.get(LIST_URL, params)
    assert response.status_code == 200
    return response.content.decode()


def table_text(html):
    table = BeautifulSoup(html, "html.parser").select_one("table.listing")
    return table.get_text(" ", strip=True) if table else ""


def export_rows(client, user, **params):
    client.force_login(user)
    response = client.get(EXPORT_URL, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- Access ---------------------------------------------------------------------------


def test_editor_sees_the_listing_and_its_menu_item(client, editor, members):
    html = listing(client, editor)
    assert "Amina Testmember" in html
    assert 'class="listing"' in html
    for label in ("Country of residence", "Sector", "Open to", "Investor status", "City"):
        assert f">{label}" in html or f"{label}</label>" in html
    home = client.get("/admin/").content.decode()
    assert LIST_URL in home


def test_a_member_without_admin_access_is_sent_to_the_login(client, members):
    client.force_login(User.objects.get(email="member@example.org"))
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert client.get(EXPORT_URL).status_code == 302


def test_an_admin_user_without_the_permission_is_refused(client, admin_only_user, members):
    client.force_login(admin_only_user)
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(EXPORT_URL).status_code == 302
    assert LIST_URL not in client.get("/admin/").content.decode()


def test_editors_and_moderators_groups_hold_the_permissions(db):
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_profile", "verify_investor", "view_sector", "change_sector"} <= codenames


def test_permissions_migration_is_reversible(db):
    migration = importlib.import_module("members.migrations.0003_editor_member_permissions")
    state = MigrationExecutor(connection).loader.project_state(
        ("members", "0003_editor_member_permissions")
    )
    schema_editor = SimpleNamespace(connection=connection)
    editors = Group.objects.get(name="Editors")

    migration.revoke(state.apps, schema_editor)
    assert not editors.permissions.filter(codename__in=["view_profile", "verify_investor"])
    migration.grant(state.apps, schema_editor)
    assert editors.permissions.filter(codename__in=["view_profile", "verify_investor"]).count() == 2


# --- Visibility -----------------------------------------------------------------------


def test_private_values_are_hidden_from_the_editor_and_shown_to_the_admin(
    client, editor, admin_user, members
):
    html = listing(client, editor, q="Kofi Testmember")
    assert "Secretville" not in html
    text = table_text(html)
    assert "Kofi Testmember" in text
    assert "Canada" not in text
    assert text.count(HIDDEN) == 2

    text = table_text(listing(client, admin_user, q="Kofi Testmember"))
    assert "Secretville" in text and "Canada" in text
    assert HIDDEN not in text


def test_private_values_are_blank_in_the_editors_export(client, editor, admin_user, members):
    rows = {row[0]: row for row in export_rows(client, editor)[1:]}
    assert rows["kofi@example.org"][1:4] == ["Kofi Testmember", "", ""]
    assert rows["amina@example.org"][1:4] == ["Amina Testmember", "France", "Lyon"]
    rows = {row[0]: row for row in export_rows(client, admin_user)[1:]}
    assert rows["kofi@example.org"][1:4] == ["Kofi Testmember", "Canada", "Secretville"]


# --- Filters --------------------------------------------------------------------------


def test_filters_by_country_sector_open_to_status_and_listing(client, admin_user, members, sectors):
    health, _farming = sectors
    html = listing(client, admin_user, country="FR")
    assert "Amina Testmember" in html and "Omar Testmember" not in html

    html = listing(client, admin_user, sector=health.pk)
    assert "Amina Testmember" in html and "Kofi Testmember" not in html

    html = listing(client, admin_user, open_to="open_to_investing")
    assert "Kofi Testmember" in html and "Amina Testmember" not in html

    html = listing(client, admin_user, status="requested")
    assert "Amina Testmember" in html and "Kofi Testmember" not in html

    html = listing(client, admin_user, status="none", q="Testmember")
    assert "Omar Testmember" in html and "Amina Testmember" not in html

    html = listing(client, admin_user, listed="yes", q="Testmember")
    assert "Amina Testmember" in html and "Omar Testmember" not in html

    html = listing(client, admin_user, q="omar testm")
    assert "Omar Testmember" in html and "Amina Testmember" not in html


def test_verification_requests_shortcut(client, editor, members):
    html = listing(client, editor)
    assert f'href="{LIST_URL}?status=requested"' in html
    assert "Verification requests" in html


def test_filtering_by_a_private_country_or_city_does_not_reveal_the_member(
    client, editor, admin_user, members
):
    html = listing(client, editor, country="CA")
    assert "Omar Testmember" in html
    assert "Kofi Testmember" not in html
    assert "Kofi Testmember" not in listing(client, editor, city="Secretville")
    rows = export_rows(client, editor, country="CA")
    assert "kofi@example.org" not in [row[0] for row in rows]

    assert "Kofi Testmember" in listing(client, admin_user, country="CA")
    assert "Kofi Testmember" in listing(client, admin_user, city="Secretville")


def test_an_invalid_filter_lists_nobody(client, editor, members):
    html = listing(client, editor, country="XX")
    assert "Testmember" not in html
    assert "No member matches these filters." in html


# --- Export ---------------------------------------------------------------------------


def test_export_holds_only_members_who_agreed_and_escapes_formulas(client, editor, members):
    client.force_login(editor)
    response = client.get(EXPORT_URL)
    today = timezone.localdate().isoformat()
    assert f'filename="members-contact-{today}.csv"' in response["Content-Disposition"]

    rows = export_rows(client, editor)
    assert rows[0] == [
        "E-mail",
        "Display name",
        "Country of residence",
        "City",
        "Sectors",
        "Open to",
        "Investor status",
    ]
    emails = [row[0] for row in rows[1:]]
    assert {"amina@example.org", "kofi@example.org", "lena@example.org"} <= set(emails)
    assert "omar@example.org" not in emails
    assert all(Profile.objects.get(user__email=email).agrees_to_be_contacted for email in emails)
    lena = next(row for row in rows if row[0] == "lena@example.org")
    assert lena[1] == "'=HYPERLINK(1) Lena Testmember"
    amina = next(row for row in rows if row[0] == "amina@example.org")
    assert amina[4:] == ["Zz Health", "Mentoring", "Verification requested"]


def test_export_link_keeps_the_filters(client, editor, members):
    html = listing(client, editor, country="FR", p="1")
    assert f'href="{EXPORT_URL}?country=FR"' in html
    rows = export_rows(client, editor, country="FR")
    emails = [row[0] for row in rows[1:]]
    assert "amina@example.org" in emails and "lena@example.org" not in emails


# --- Investor verification ------------------------------------------------------------


def test_editor_verifies_and_revokes_an_investor(client, editor, members):
    amina = members["amina"]
    html = listing(client, editor, status="requested")
    assert f'action="{LIST_URL}{amina.pk}/verify/"' in html
    assert "csrfmiddlewaretoken" in html

    response = client.post(
        f"{LIST_URL}{amina.pk}/verify/", {"filters": "status=requested&country=FR"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{LIST_URL}?status=requested&country=FR"
    amina.refresh_from_db()
    assert amina.investor_status == InvestorStatus.VERIFIED
    assert amina.investor_status_changed_at is not None
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == ["Amina Testmember is now a verified investor."]

    client.post(f"{LIST_URL}{amina.pk}/revoke/")
    amina.refresh_from_db()
    assert amina.investor_status == InvestorStatus.REVOKED


def test_verification_needs_the_permission_a_post_and_a_request(
    client, admin_only_user, editor, members
):
    amina, omar = members["amina"], members["omar"]
    client.force_login(admin_only_user)
    assert client.post(f"{LIST_URL}{amina.pk}/verify/").status_code == 403

    client.force_login(editor)
    assert client.get(f"{LIST_URL}{amina.pk}/verify/").status_code == 405
    client.post(f"{LIST_URL}{omar.pk}/verify/")
    amina.refresh_from_db()
    omar.refresh_from_db()
    assert amina.investor_status == InvestorStatus.REQUESTED
    assert omar.investor_status == InvestorStatus.NONE


def test_verification_is_csrf_protected(editor, members):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    amina = members["amina"]
    assert client.post(f"{LIST_URL}{amina.pk}/verify/").status_code == 403
    amina.refresh_from_db()
    assert amina.investor_status == InvestorStatus.REQUESTED


def test_buttons_are_not_shown_without_the_verify_permission(client, editor, members):
    editor.groups.clear()
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="members", codename="view_profile"),
    )
    html = listing(client, editor, status="requested")
    assert "Amina Testmember" in html
    assert "/verify/" not in html


# --- Sectors snippet ------------------------------------------------------------------


def test_editor_manages_sectors_as_a_snippet(client, editor, sectors):
    client.force_login(editor)
    response = client.get("/admin/snippets/portal/sector/")
    assert response.status_code == 200
    assert "Zz Health" in response.content.decode()
    response = client.get("/admin/snippets/portal/sector/", {"q": "farming"})
    html = response.content.decode()
    assert "Zz Farming" in html and "Zz Health" not in html
