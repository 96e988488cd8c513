"""Verified investors save opportunity searches and get each new match once by e-mail."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.http import QueryDict

from directory import saved_searches
from directory.models import SavedSearch
from members.models import InvestorStatus, User
from tests.directory.test_opportunities import investor, make, member

pytestmark = pytest.mark.django_db

LISTING = "/directory/opportunities/"
SEARCH = "sector=energy&country=SN&instrument=equity"


def save(client, search=SEARCH):
    return client.post(f"{LISTING}saved/", {"search": search})


def digest():
    mail.outbox.clear()
    call_command("send_saved_search_digests")
    return [message for message in mail.outbox if "saved searches" in message.subject]


def test_an_investor_saves_the_search_they_are_looking_at(client):
    client.force_login(investor())
    page = client.get(LISTING, {"sector": "energy", "country": "SN"})
    form = BeautifulSoup(page.content, "html.parser").select_one("form.save-search")
    assert form.find("input", attrs={"name": "search"})["value"] == "sector=energy&country=SN"
    response = save(client, SEARCH + "&page=3&colour=red&sort=deadline")
    saved = SavedSearch.objects.get(user=investor())
    # Only what the search understands is kept, and a readable name.
    assert saved.querystring == "sector=energy&country=SN&instrument=equity"
    assert saved.name == "Energy · Senegal · Equity"
    assert response.status_code == 302 and response["Location"].endswith(saved.querystring)
    # Saving it again keeps one.
    save(client)
    assert SavedSearch.objects.filter(user=investor()).count() == 1
    dashboard = client.get("/members/").content.decode()
    assert "My saved searches" in dashboard and "Energy · Senegal · Equity" in dashboard


def test_only_verified_investors_may_save(client):
    assert "save-search" not in client.get(LISTING).content.decode()
    assert save(client).status_code == 302  # to the login page
    client.force_login(member())
    assert "save-search" not in client.get(LISTING).content.decode()
    assert save(client).status_code == 403
    assert not SavedSearch.objects.exists()


def test_the_digest_reports_each_new_match_once(client):
    client.force_login(investor())
    save(client)
    # What matched when the search was saved is not news.
    assert digest() == []
    fresh = make("Quetzal agrivoltaic farm", country="SN", instrument="equity")
    make("Quetzal wind in Morocco", country="MA", instrument="equity")  # not matching
    make("Quetzal solar loan", country="SN", instrument="loan")  # not matching
    sent = digest()
    assert len(sent) == 1 and sent[0].to == ["investor@example.org"]
    body = sent[0].body
    assert "Quetzal agrivoltaic farm" in body and "Morocco" not in body and "loan" not in body
    assert f"{LISTING}{fresh.pk}/" in body
    assert "Energy · Senegal · Equity" in body
    html = sent[0].alternatives[0][0]
    assert "Quetzal agrivoltaic farm" in html and "/members/#saved-searches" in html
    # The description is for the opportunity page, never the e-mail.
    assert "panels, inverters" not in body and "panels, inverters" not in html
    assert digest() == []
    second = make("Quetzal solar greenhouse", country="SN", instrument="equity")
    sent = digest()
    assert len(sent) == 1 and "Quetzal solar greenhouse" in sent[0].body
    assert "Quetzal agrivoltaic farm" not in sent[0].body
    assert second.title in sent[0].subject or "1 new opportunity" in sent[0].subject


def test_one_email_for_all_of_an_investors_searches(client):
    client.force_login(investor())
    save(client)
    save(client, "q=quetzal")
    make("Quetzal agrivoltaic farm", country="SN", instrument="equity")
    sent = digest()
    assert len(sent) == 1
    # The new opportunity matches both searches; each lists it.
    assert sent[0].body.count("Quetzal agrivoltaic farm") == 2
    assert "2 new opportunities" in sent[0].subject


def test_an_investor_who_is_no_longer_verified_gets_nothing(client):
    client.force_login(investor())
    save(client)
    profile = investor().profile
    profile.investor_status = InvestorStatus.NONE
    profile.save()
    make("Quetzal agrivoltaic farm", country="SN", instrument="equity")
    assert digest() == []


def test_a_failed_send_is_retried_and_then_reported_once(client, settings):
    client.force_login(investor())
    save(client)
    make("Quetzal agrivoltaic farm", country="SN", instrument="equity")
    settings.EMAIL_BACKEND = "tests.directory.test_saved_searches.FailingBackend"
    assert digest() == []
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert len(digest()) == 1
    assert digest() == []


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_deleting_a_saved_search(client):
    client.force_login(investor())
    save(client)
    saved = SavedSearch.objects.get()
    client.force_login(member())
    assert client.post(f"{LISTING}saved/{saved.pk}/delete/").status_code == 404
    client.force_login(investor())
    assert client.get(f"{LISTING}saved/{saved.pk}/delete/").status_code == 405
    response = client.post(f"{LISTING}saved/{saved.pk}/delete/")
    assert response.status_code == 302 and not SavedSearch.objects.exists()


def test_saved_searches_are_capped_and_exported(client):
    client.force_login(investor())
    for number in range(saved_searches.MAX_SAVED_SEARCHES):
        saved_searches.save(investor(), QueryDict(f"q=word{number}"))
    response = client.post(f"{LISTING}saved/", {"search": "q=one+more"}, follow=True)
    assert "the most we keep" in response.content.decode()
    assert SavedSearch.objects.count() == saved_searches.MAX_SAVED_SEARCHES
    export = client.get("/members/export/").content.decode()
    assert "saved_searches" in export and "word0" in export


def test_the_digest_is_written_in_the_investors_language(client):
    user = investor()
    client.force_login(user)
    save(client)
    User.objects.filter(pk=user.pk).update(language="fr")
    fresh = make("Quetzal agrivoltaic farm", country="SN", instrument="equity")
    mail.outbox.clear()
    call_command("send_saved_search_digests")
    [sent] = [message for message in mail.outbox if message.to == [user.email]]
    assert sent.subject == "1 nouvelle opportunité correspond à vos recherches enregistrées"
    assert f"http://testserver/fr{LISTING}{fresh.pk}/" in sent.body
    assert "http://testserver/fr/members/#saved-searches" in sent.alternatives[0][0]
