"""Investment opportunities: search, details for verified investors only, submissions."""

import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.documents import index_opportunity
from directory.models import Opportunity, OpportunityDocument
from members.models import InvestorStatus, User
from portal.models import Sector

pytestmark = pytest.mark.django_db

LIST = "/directory/opportunities/"
SECRET = "The use of funds is confidential"


def titles(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".person-card__name")]


def total(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return int(soup.select_one(".result-summary").get_text(strip=True).split()[0])


def make(title="Quetzal solar farm", **fields):
    defaults = {
        "summary": "A quetzal solar farm near the coast.",
        "description": f"{SECRET}: panels, inverters, a substation.",
        "sector": Sector.objects.get(slug="energy"),
        "country": "SN",
        "region": "Thiès",
        "instrument": "equity",
        "stage": "growth",
        "ticket_min": 200_000,
        "ticket_max": 800_000,
        "currency": "EUR",
        "deadline": timezone.localdate() + datetime.timedelta(days=30),
        "expected_return": "12% a year",
    }
    opportunity = Opportunity(title=title, **{**defaults, **fields})
    opportunity.save()
    opportunity.save_revision().publish()
    index_opportunity(opportunity.pk)
    return opportunity


def investor():
    return User.objects.get(email="investor@example.org")


def member():
    return User.objects.get(email="member@example.org")


def test_the_demo_has_eighty_opportunities_or_more():
    assert Opportunity.objects.filter(live=True).count() >= 80


def test_an_investor_finds_renewable_energy_in_a_country_with_a_ticket_they_can_meet(client):
    make()
    make("Quetzal wind park", country="MA", ticket_min=5_000_000, ticket_max=9_000_000)
    found = titles(
        client.get(LIST, {"q": "quetzal", "sector": "energy", "country": "SN", "ticket": "250k-1m"})
    )
    assert found == ["Quetzal solar farm"]
    both_bands = client.get(LIST, {"q": "quetzal", "ticket": ["250k-1m", "over-5m"]})
    assert sorted(titles(both_bands)) == ["Quetzal solar farm", "Quetzal wind park"]


def test_closed_and_past_deadline_opportunities_leave_the_default_results(client):
    make("Quetzal open project")
    make("Quetzal closed project", status="closed")
    make("Quetzal expired project", deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert titles(client.get(LIST, {"q": "quetzal"})) == ["Quetzal open project"]
    closed = titles(client.get(LIST, {"q": "quetzal", "status": "closed"}))
    assert closed == ["Quetzal closed project"]


def test_sort_by_deadline_puts_the_soonest_first(client):
    today = timezone.localdate()
    make("Quetzal later", deadline=today + datetime.timedelta(days=90))
    make("Quetzal sooner", deadline=today + datetime.timedelta(days=5))
    make("Quetzal no deadline", deadline=None)
    found = titles(client.get(LIST, {"q": "quetzal", "sort": "deadline"}))
    assert found == ["Quetzal sooner", "Quetzal later", "Quetzal no deadline"]


def test_details_are_for_verified_investors_only(client):
    opportunity = make()
    url = f"{LIST}{opportunity.pk}/"
    anonymous = client.get(url).content.decode()
    assert opportunity.summary in anonymous and SECRET not in anonymous
    assert "12% a year" not in anonymous
    client.force_login(member())
    assert SECRET not in client.get(url).content.decode()
    client.force_login(investor())
    assert investor().profile.investor_status == InvestorStatus.VERIFIED
    page = client.get(url).content.decode()
    assert SECRET in page and "12% a year" in page


def test_the_search_never_holds_the_details(client):
    make()
    assert titles(client.get(LIST, {"q": "quetzal confidential"})) == []
    client.force_login(investor())
    assert titles(client.get(LIST, {"q": "quetzal confidential"})) == []


def test_documents_are_served_to_verified_investors_only(client):
    opportunity = make()
    document = OpportunityDocument(opportunity=opportunity, title="Business plan")
    document.file.save("plan.pdf", ContentFile(b"%PDF-1.4 plan"), save=True)
    url = f"{LIST}{opportunity.pk}/documents/{document.pk}/"
    assert client.get(url).status_code == 404
    client.force_login(member())
    assert client.get(url).status_code == 404
    assert "Business plan" not in client.get(f"{LIST}{opportunity.pk}/").content.decode()
    client.force_login(investor())
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 plan"
    assert "no-store" in response["Cache-Control"]
    other = make("Quetzal other")
    assert client.get(f"{LIST}{other.pk}/documents/{document.pk}/").status_code == 404


def test_unpublished_and_unknown_opportunities_are_not_found(client):
    opportunity = make()
    opportunity.unpublish()
    assert client.get(f"{LIST}{opportunity.pk}/").status_code == 404
    assert client.get(f"{LIST}999999/").status_code == 404


def submission(**changes):
    return {
        "title": "Quetzal bakery expansion",
        "summary": "A bakery in Dakar doubling its ovens.",
        "description": "Two ovens, a delivery van, four jobs.",
        "sector": Sector.objects.get(slug="manufacturing").pk,
        "country": "SN",
        "region": "Dakar",
        "instrument": "loan",
        "stage": "growth",
        "ticket_min": "20000",
        "ticket_max": "60000",
        "currency": "EUR",
        "deadline": (timezone.localdate() + datetime.timedelta(days=60)).isoformat(),
        "expected_return": "7% interest",
        **changes,
    }


def test_a_member_submits_an_opportunity_for_review(client, django_capture_on_commit_callbacks):
    client.force_login(member())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{LIST}submit/", submission())
    assert response.status_code == 302
    opportunity = Opportunity.objects.get(title="Quetzal bakery expansion")
    assert not opportunity.live and opportunity.sponsor_member == member()
    assert (
        WorkflowState.objects.get(
            base_content_type__model="opportunity", object_id=str(opportunity.pk)
        ).status
        == "in_progress"
    )
    assert titles(client.get(LIST, {"q": "quetzal bakery"})) == []


def private_files():
    from django.conf import settings

    root = settings.PRIVATE_MEDIA_ROOT
    return {str(path) for path in Path(root).rglob("*") if path.is_file()}


def test_a_submitted_document_reaches_verified_investors_once_published(client):
    client.force_login(member())
    plan = SimpleUploadedFile("plan.pdf", b"%PDF-1.7 bakery plan", "application/pdf")
    response = client.post(
        f"{LIST}submit/", submission(document=plan, document_title="Business plan 2027")
    )
    assert response.status_code == 302
    opportunity = Opportunity.objects.get(title="Quetzal bakery expansion")
    document = opportunity.documents.get()
    assert document.title == "Business plan 2027"
    # The moderators approve it.
    opportunity.get_latest_revision().publish()
    url = f"{LIST}{opportunity.pk}/documents/{document.pk}/"
    client.logout()
    assert client.get(url).status_code == 404
    client.force_login(investor())
    response = client.get(url)
    assert b"".join(response.streaming_content) == b"%PDF-1.7 bakery plan"


@pytest.mark.parametrize(
    ("upload", "title", "message"),
    [
        (("plan.pdf", b"MZ\x90\x00 not a pdf"), "Plan", "does not match its type"),
        (("plan.exe", b"MZ\x90\x00"), "Plan", "Please upload a PDF"),
        (("plan.pdf", b"%PDF-1.7"), "", "Please give the document a title."),
    ],
)
def test_a_bad_document_is_refused_and_nothing_is_stored(client, upload, title, message):
    client.force_login(member())
    before, files = Opportunity.objects.count(), private_files()
    response = client.post(
        f"{LIST}submit/",
        submission(document=SimpleUploadedFile(*upload), document_title=title),
    )
    assert response.status_code == 400 and message in response.content.decode()
    assert Opportunity.objects.count() == before
    assert private_files() == files


def test_a_failed_submission_leaves_no_file(client, monkeypatch):
    from directory import views

    def fail(item, user):
        item.save()  # the file is written, then something breaks
        raise RuntimeError("the workflow could not start")

    monkeypatch.setattr(views, "_submit_for_review", fail)
    client.raise_request_exception = False
    client.force_login(member())
    before, files = Opportunity.objects.count(), private_files()
    plan = SimpleUploadedFile("plan.pdf", b"%PDF-1.7 plan", "application/pdf")
    response = client.post(f"{LIST}submit/", submission(document=plan, document_title="Plan"))
    assert response.status_code == 500
    assert Opportunity.objects.count() == before
    assert private_files() == files


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ticket_max": "100"}, "The largest ticket cannot be smaller than the smallest."),
        ({"instrument": "tulips"}, "Select a valid choice."),
        ({"ticket_min": "-5"}, "Ensure this value is greater than or equal to 0."),
        ({"title": ""}, "This field is required."),
    ],
)
def test_a_bad_submission_shows_errors_and_stores_nothing(client, changes, message):
    client.force_login(member())
    before = Opportunity.objects.count()
    response = client.post(f"{LIST}submit/", submission(**changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Opportunity.objects.count() == before


def test_the_sponsor_sees_their_own_details(client, django_capture_on_commit_callbacks):
    opportunity = make(sponsor_member=member())
    client.force_login(member())
    assert SECRET in client.get(f"{LIST}{opportunity.pk}/").content.decode()


def test_a_sponsors_private_name_is_never_shown_or_searched(client):
    sponsor = User.objects.create_user(email="shy@example.net", password="a-long-password-1")
    from members.models import Profile

    Profile.objects.create(
        user=sponsor,
        display_name="Zebulon Shy",
        visibility={"display_name": "members"},
    )
    opportunity = make("Quetzal shy project", sponsor_member=sponsor)
    page = client.get(f"{LIST}{opportunity.pk}/").content.decode()
    assert "Zebulon" not in page and "A member of the diaspora" in page
    assert titles(client.get(LIST, {"q": "quetzal zebulon"})) == []
