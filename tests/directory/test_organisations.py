"""Organisations: the public listing, members' proposals and the moderators' approval."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import WorkflowState

from directory.models import Organisation
from members.models import User

pytestmark = pytest.mark.django_db

LIST = "/directory/organisations/"
PROPOSE = "/directory/organisations/propose/"


def titles(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".person-card__name")]


def summary(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup.select_one(".result-summary").get_text(strip=True)


def test_the_demo_lists_sixty_organisations_or_more(client):
    assert Organisation.objects.filter(live=True).count() >= 60
    response = client.get(LIST)
    assert summary(response) == f"{Organisation.objects.filter(live=True).count()} organisations"


def test_facets_filter_and_count(client):
    chambers = client.get(LIST, {"kind": "chamber"})
    expected = Organisation.objects.filter(live=True, kind="chamber").count()
    assert summary(chambers) == f"{expected} organisations"
    energy_in_germany = titles(client.get(LIST, {"sector": "energy", "country": "DE"}))
    assert "Agency for Renewable Energy" in energy_in_germany
    assert "Sahel Solar Ventures" not in energy_in_germany
    both = titles(client.get(LIST, {"kind": ["chamber", "ngo"], "q": "trade"}))
    assert both and all(
        Organisation.objects.get(name=name).kind in ("chamber", "ngo") for name in both
    )


def test_text_search_folds_accents_and_finds_descriptions(client):
    assert "Canada–Home Chamber of Commerce" in titles(client.get(LIST, {"q": "tráde canada"}))


def member():
    return User.objects.get(email="member@example.org")


def proposal(**changes):
    return {
        "name": "Diaspora Beekeepers Cooperative",
        "kind": "association",
        "description": "Beekeepers of the diaspora who train young people at home.",
        "countries": ["FR", "BE"],
        "website": "https://beekeepers.example.org/",
        **changes,
    }


def test_visitors_must_log_in_to_propose(client):
    response = client.get(PROPOSE)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_proposal_waits_for_the_moderators_then_appears(
    client, editor, django_capture_on_commit_callbacks
):
    client.force_login(member())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PROPOSE, proposal())
    assert response.status_code == 302 and response["Location"] == LIST
    organisation = Organisation.objects.get(name="Diaspora Beekeepers Cooperative")
    assert not organisation.live and not organisation.verified
    assert organisation.proposed_by == member()
    state = WorkflowState.objects.get(
        base_content_type__model="organisation", object_id=str(organisation.pk)
    )
    assert state.status == "in_progress"
    assert "Diaspora Beekeepers Cooperative" not in titles(client.get(LIST, {"q": "beekeepers"}))
    dashboard = BeautifulSoup(client.get("/members/").content.decode(), "html.parser")
    listings = dashboard.find("section", attrs={"aria-labelledby": "section-listings"})
    assert (
        "Diaspora Beekeepers Cooperative · Organisation · Waiting for the editors"
        in listings.get_text(" ", strip=True)
    )

    # The moderator approves it in the workflow: it is published and found.
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, editor, "approve")
    organisation.refresh_from_db()
    assert organisation.live
    client.logout()
    assert titles(client.get(LIST, {"q": "beekeepers"})) == ["Diaspora Beekeepers Cooperative"]


def test_a_proposal_shows_in_the_moderators_dashboard(client, editor):
    client.force_login(member())
    client.post(PROPOSE, proposal(name="Diaspora Potters Guild"))
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "Diaspora Potters Guild" in dashboard


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"kind": "cartel"}, "kind"),
        ({"description": ""}, "description"),
        ({"website": "not a web address"}, "website"),
        ({"countries": ["ZZ"]}, "countries"),
    ],
)
def test_a_bad_proposal_shows_errors_and_stores_nothing(client, changes, field):
    client.force_login(member())
    before = Organisation.objects.count()
    response = client.post(PROPOSE, proposal(**changes))
    assert response.status_code == 400
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one(".error-summary")
    assert soup.find(id=f"id_{field}_error") or soup.select(f"#id_{field}, [name={field}]")
    assert Organisation.objects.count() == before
    assert not WorkflowState.objects.filter(base_content_type__model="organisation").exists()


def test_members_cannot_set_the_verified_flag(client):
    client.force_login(member())
    client.post(PROPOSE, proposal(name="Self-verified Club", verified="on"))
    assert not Organisation.objects.get(name="Self-verified Club").verified


def test_editors_manage_organisations_and_members_do_not(client, editor):
    client.force_login(editor)
    assert client.get("/admin/snippets/directory/organisation/").status_code == 200
    client.force_login(member())
    assert client.get("/admin/snippets/directory/organisation/").status_code in (302, 403)


def test_an_unpublished_organisation_leaves_the_search(client, django_capture_on_commit_callbacks):
    organisation = Organisation.objects.get(name="Sahel Solar Ventures")
    with django_capture_on_commit_callbacks(execute=True):
        organisation.unpublish()
    assert "Sahel Solar Ventures" not in titles(client.get(LIST, {"q": "solar"}))
