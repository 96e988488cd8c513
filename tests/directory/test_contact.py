"""Contact without exposure: nothing about an address leaks before acceptance."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from directory import contact
from directory.models import AbuseReport, ContactBlock, ContactRequest, Opportunity
from members.models import Profile, User
from portal.models import Sector

pytestmark = pytest.mark.django_db

HELLO = "Hello, I work on solar projects and would like to talk about mentoring."


def person(email, name, listed=True):
    user = User.objects.create_user(email=email, password="a-long-password-1")
    Profile.objects.create(user=user, display_name=name, listed_in_directory=listed)
    return user


@pytest.fixture
def pair(db):
    return person("sender@example.net", "Sami Sender"), person("reci@example.net", "Rita Reci")


def addresses_in(messages):
    return " ".join(
        f"{m.subject} {m.body} {m.alternatives[0][0] if m.alternatives else ''}" for m in messages
    )


def test_nothing_is_revealed_before_acceptance(client, pair, django_capture_on_commit_callbacks):
    sender, recipient = pair
    client.force_login(sender)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/contact/people/{recipient.profile.public_id}/", {"message": HELLO}
        )
    assert response.status_code == 302
    [notice] = mail.outbox
    assert notice.to == [recipient.email]
    assert notice.subject == "Sami Sender would like to get in touch"
    assert HELLO in notice.body
    assert sender.email not in addresses_in(mail.outbox)

    # Neither dashboard shows the other's address while the request waits.
    assert recipient.email not in client.get("/members/").content.decode()
    client.force_login(recipient)
    dashboard = client.get("/members/").content.decode()
    assert "Sami Sender" in dashboard and HELLO in dashboard
    assert sender.email not in dashboard

    request = ContactRequest.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contact/requests/{request.pk}/accept/")
    request.refresh_from_db()
    assert request.status == "accepted"
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert recipient.email in by_recipient[sender.email].body
    assert sender.email in by_recipient[recipient.email].body
    assert sender.email in client.get("/members/").content.decode()
    client.force_login(sender)
    assert recipient.email in client.get("/members/").content.decode()


def test_a_declined_request_reveals_nothing(client, pair, django_capture_on_commit_callbacks):
    sender, recipient = pair
    outcome = contact.send(sender, recipient, HELLO)
    assert outcome.ok
    with django_capture_on_commit_callbacks(execute=True):
        assert contact.respond(ContactRequest.objects.get().pk, recipient, accept=False).ok
    [declined] = mail.outbox
    assert declined.to == [sender.email] and recipient.email not in declined.body
    client.force_login(sender)
    assert recipient.email not in client.get("/members/").content.decode()


def test_only_the_recipient_answers(pair):
    sender, recipient = pair
    contact.send(sender, recipient, HELLO)
    request = ContactRequest.objects.get()
    stranger = person("stranger@example.net", "Stan")
    assert not contact.respond(request.pk, sender, accept=True).ok
    assert not contact.respond(request.pk, stranger, accept=True).ok
    assert not contact.block(stranger, request.pk).ok
    assert not contact.report(stranger, request.pk).ok
    request.refresh_from_db()
    assert request.status == "pending"


def test_bad_requests_are_refused_with_a_reason(pair):
    sender, recipient = pair
    assert "yourself" in contact.send(sender, sender, HELLO).message
    assert "at least 20 characters" in contact.send(sender, recipient, "hi").message
    assert "under 1000" in contact.send(sender, recipient, "x" * 1001).message
    hidden = person("hidden@example.net", "Hidden", listed=False)
    assert contact.send(sender, hidden, HELLO).message == "This member cannot be contacted."
    assert contact.send(sender, recipient, HELLO).ok
    again = contact.send(sender, recipient, HELLO)
    assert not again.ok and "already have a request waiting" in again.message
    assert ContactRequest.objects.count() == 1


def test_senders_are_rate_limited(pair):
    sender, _recipient = pair
    people = [person(f"p{n}@example.net", f"P{n}") for n in range(contact.MAX_PER_DAY + 1)]
    outcomes = [contact.send(sender, someone, HELLO) for someone in people]
    assert all(outcome.ok for outcome in outcomes[:-1])
    assert "in the last 24 hours" in outcomes[-1].message
    tomorrow = timezone.now() + datetime.timedelta(days=1, minutes=1)
    assert contact.send(sender, people[-1], HELLO, now=tomorrow).ok


def test_a_blocked_sender_cannot_write_again_and_is_not_told(pair):
    sender, recipient = pair
    contact.send(sender, recipient, HELLO)
    assert contact.block(recipient, ContactRequest.objects.get().pk).ok
    assert ContactRequest.objects.get().status == "declined"
    outcome = contact.send(sender, recipient, HELLO + " Again.")
    assert outcome.message == "This member cannot be contacted."
    assert ContactBlock.objects.filter(blocker=recipient, blocked=sender).exists()


def test_a_report_reaches_the_moderators(pair, editor, django_capture_on_commit_callbacks):
    sender, recipient = pair
    contact.send(sender, recipient, HELLO)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert contact.report(recipient, ContactRequest.objects.get().pk, "Spam").ok
    report = AbuseReport.objects.get()
    assert report.reported_sender == sender and report.message == HELLO
    [alert] = mail.outbox
    assert editor.email in alert.to and "Spam" in alert.body
    assert ContactBlock.objects.filter(blocker=recipient, blocked=sender).exists()


def test_an_expression_of_interest_reaches_the_sponsor(
    client, pair, django_capture_on_commit_callbacks
):
    sponsor, investor = pair
    opportunity = Opportunity(
        title="Quetzal mill",
        summary="A grain mill.",
        description="Details.",
        sector=Sector.objects.get(slug="agriculture-agribusiness"),
        country="SN",
        instrument="loan",
        stage="growth",
        ticket_min=10_000,
        ticket_max=50_000,
        sponsor_member=sponsor,
    )
    opportunity.save()
    opportunity.save_revision().publish()
    client.force_login(investor)
    page = BeautifulSoup(
        client.get(f"/directory/opportunities/{opportunity.pk}/").content, "html.parser"
    )
    assert page.find("button", string="Express interest")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contact/opportunities/{opportunity.pk}/", {"message": HELLO})
    [notice] = mail.outbox
    assert notice.to == [sponsor.email]
    assert notice.subject == "Interest in your opportunity: Quetzal mill"
    assert investor.email not in notice.body
    # The sponsor sees no form to express interest in their own opportunity.
    client.force_login(sponsor)
    page = BeautifulSoup(
        client.get(f"/directory/opportunities/{opportunity.pk}/").content, "html.parser"
    )
    assert not page.find("button", string="Express interest")


def test_contact_views_need_a_login_and_a_post(client, pair):
    _sender, recipient = pair
    url = f"/contact/people/{recipient.profile.public_id}/"
    assert client.post(url, {"message": HELLO})["Location"].startswith("/accounts/login/")
    client.force_login(_sender)
    assert client.get(url).status_code == 405
    assert client.post("/contact/requests/1/explode/").status_code == 404
    assert not ContactRequest.objects.exists()


def test_contact_requests_are_in_both_data_exports_without_hidden_addresses(client, pair):
    sender, recipient = pair
    contact.send(sender, recipient, HELLO)
    for user, direction in ((sender, "sent"), (recipient, "received")):
        client.force_login(user)
        export = client.get("/members/export/").json()["contact_requests"]
        assert [(item["direction"], item["message"]) for item in export] == [(direction, HELLO)]
        # Pending: neither export holds the other party's address.
        other = recipient if user == sender else sender
        assert other.email not in str(export) and export[0]["other_party_email"] is None


def test_each_side_is_written_to_in_their_own_language(pair, django_capture_on_commit_callbacks):
    sender, recipient = pair
    User.objects.filter(pk=recipient.pk).update(language="fr")
    recipient.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        assert contact.send(sender, recipient, HELLO).ok
    [notice] = mail.outbox
    assert notice.subject == "Sami Sender souhaite prendre contact avec vous"
    assert "http://testserver/fr/members/#contacts" in notice.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert contact.respond(ContactRequest.objects.get().pk, recipient, accept=True).ok
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert "http://testserver/members/#contacts" in by_recipient[sender.email].body
    assert "http://testserver/fr/members/#contacts" in by_recipient[recipient.email].body
