"""Newsletter subscription: double opt-in, signed links, repeated requests, unsubscribing."""

import datetime
import json
import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from home import newsletter
from home.models import DigestItem, Subscriber
from members.models import User
from portal.cache import CACHE_HEADER
from tests.home.conftest import link_to, make_subscriber

pytestmark = pytest.mark.django_db

EMAIL = "new.reader@example.net"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def signup(client, committing):
    def post(email=EMAIL, **fields):
        data = {"email": email, "topics": ["news", "events"], "language": "en", **fields}
        return committing(client.post, "/newsletter/", data)

    return post


def test_subscribing_asks_for_confirmation_and_sends_nothing_else(client, signup, mailoutbox):
    response = signup(topics=["news", "programmes"], countries=["SN", "FR"], language="fr")
    assert response.status_code == 302
    assert response["Location"] == "/newsletter/check-your-inbox/"
    assert "Check your inbox" in client.get(response["Location"]).content.decode()

    subscriber = Subscriber.objects.get(email=EMAIL)
    assert not subscriber.is_confirmed
    assert subscriber.topics == ["news", "programmes"]
    assert sorted(country.code for country in subscriber.countries) == ["FR", "SN"]
    [message] = mailoutbox
    assert message.to == [EMAIL]
    # Written in the language chosen, with a link in that language.
    confirm_path = link_to(message, "/confirm/")
    assert confirm_path.startswith("/fr/newsletter/confirm/")
    assert message.alternatives and message.alternatives[0][1] == "text/html"

    # Opening the link shows a button; it does not confirm by itself (mail scanners open
    # links too).
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert soup(page).select_one("main form[method=post] button")
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed

    done = client.post(confirm_path)
    assert done.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed
    # The page is in French, like the link: the preferences link is found by its address.
    assert soup(done).select_one('main a[href*="/newsletter/preferences/"]')
    assert len(mailoutbox) == 1  # no welcome e-mail, no digest yet

    # The link again: still one subscription, still confirmed at the same time.
    confirmed_at = subscriber.confirmed_at
    assert client.post(confirm_path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at == confirmed_at


def test_the_short_form_works_on_cached_pages_without_a_csrf_token(committing, mailoutbox):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/")
    home = visitor.get("/")
    assert home.headers[CACHE_HEADER] == "hit"
    forms = soup(home).select("form.newsletter-signup__form")
    assert len(forms) == 2  # the home page's and the footer's
    assert all(form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is None for form in forms)
    assert {form["action"] for form in forms} == {"/newsletter/subscribe/"}
    # Labels are tied to their fields, with ids unique on the page.
    ids = [form.find("input", attrs={"type": "email"})["id"] for form in forms]
    assert len(set(ids)) == 2
    assert all(soup(home).find("label", attrs={"for": id_}) for id_ in ids)

    response = committing(
        visitor.post, "/newsletter/subscribe/", {"email": EMAIL}, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 302
    # Every topic.
    assert Subscriber.objects.get(email=EMAIL).topics == [
        "news",
        "events",
        "programmes",
        "resources",
        "opportunities",
    ]
    assert len(mailoutbox) == 1
    # The French pages' form subscribes in French.
    committing(visitor.post, "/fr/newsletter/subscribe/", {"email": "lecteur@example.net"})
    assert Subscriber.objects.get(email="lecteur@example.net").language == "fr"


def test_the_short_form_refuses_posts_from_other_sites(client, committing, mailoutbox):
    response = committing(
        client.post,
        "/newsletter/subscribe/",
        {"email": EMAIL},
        HTTP_ORIGIN="https://elsewhere.example",
    )
    assert response.status_code == 403
    assert not Subscriber.objects.filter(email=EMAIL).exists()
    assert mailoutbox == []


def test_the_short_form_with_a_bad_address_shows_the_full_form(client, committing, mailoutbox):
    response = committing(client.post, "/newsletter/subscribe/", {"email": "not-an-address"})
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".error-summary")
    assert page.find("input", attrs={"name": "email"})["value"] == "not-an-address"
    assert (
        not Subscriber.objects.exists()
        or not Subscriber.objects.filter(email="not-an-address").exists()
    )
    assert mailoutbox == []


def test_subscribing_twice_keeps_one_subscription_and_sends_one_email(client, signup, mailoutbox):
    first = signup(email=" New.Reader@Example.NET ")
    second = signup(topics=["programmes"])
    assert first["Location"] == second["Location"]
    assert Subscriber.objects.filter(email=EMAIL).count() == 1
    assert len(mailoutbox) == 1
    # Still pending: the latest choices are the ones that will be confirmed.
    assert Subscriber.objects.get(email=EMAIL).topics == ["programmes"]

    # After the short window, asking again sends the link again.
    Subscriber.objects.filter(email=EMAIL).update(
        notice_sent_at=timezone.now() - newsletter.NOTICE_WINDOW - datetime.timedelta(seconds=1)
    )
    signup()
    assert len(mailoutbox) == 2
    assert Subscriber.objects.filter(email=EMAIL).count() == 1
    # Both links work (the same subscription).
    assert link_to(mailoutbox[0], "/confirm/").split("/")[3] != ""
    client.post(link_to(mailoutbox[0], "/confirm/"))
    assert Subscriber.objects.get(email=EMAIL).is_confirmed


def test_a_confirmed_address_is_not_revealed_nor_changed(client, signup, mailoutbox):
    make_subscriber(
        EMAIL, topics=["news"], notice_sent_at=timezone.now() - datetime.timedelta(days=2)
    )
    known = signup(topics=["opportunities"], countries=["US"])
    unknown = signup(email="someone.else@example.net")
    # The visitor sees the same thing either way.
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    subscriber = Subscriber.objects.get(email=EMAIL)
    assert subscriber.topics == ["news"] and not subscriber.countries
    # The owner of the address is told, with the link to their choices; no new
    # confirmation is asked for.
    reminder = next(message for message in mailoutbox if message.to == [EMAIL])
    assert "already" in reminder.subject
    assert link_to(reminder, "/preferences/")
    assert not [url for url in reminder.body.split() if "/confirm/" in url]
    # And not twice in a row.
    signup()
    assert len([message for message in mailoutbox if message.to == [EMAIL]]) == 1


def test_forged_and_damaged_confirmation_links_change_nothing(client, signup, mailoutbox):
    signup()
    path = link_to(mailoutbox[0], "/confirm/")
    token = path.split("/")[-2]
    subscriber = Subscriber.objects.get(email=EMAIL)
    other = make_subscriber("other@example.net", confirmed=False)
    forged = [
        token[:-3] + ("abc" if not token.endswith("abc") else "xyz"),  # altered signature
        token[:20],  # cut short
        newsletter.make_token(subscriber, newsletter.MANAGE),  # a token for something else
        "x" * 500,
        "%E2%9C%93-not-a-token",
    ]
    for bad in forged:
        for method in (client.get, client.post):
            response = method(f"/newsletter/confirm/{bad}/")
            assert response.status_code == 400, bad
            assert "This link cannot be used" in response.content.decode()
            assert "Nothing was changed" in response.content.decode()
    subscriber.refresh_from_db()
    other.refresh_from_db()
    assert not subscriber.is_confirmed and not other.is_confirmed


def test_an_expired_confirmation_link_is_refused(client, monkeypatch):
    subscriber = make_subscriber(EMAIL, confirmed=False)
    eight_days_ago = time.time() - 8 * 24 * 3600
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: eight_days_ago)
        token = newsletter.make_token(subscriber, newsletter.CONFIRM)
    response = client.post(f"/newsletter/confirm/{token}/")
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed


def test_unsubscribing_needs_no_login_and_one_click(client, signup, subscriber, mailoutbox):
    # The "already subscribed" e-mail carries the same links and headers as a digest.
    subscriber.notice_sent_at = None
    subscriber.save()
    signup(email=subscriber.email)
    [message] = mailoutbox
    path = link_to(message, "/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    page = client.get(path)
    assert page.status_code == 200
    assert subscriber.email in page.content.decode()
    assert soup(page).select_one("main form[method=post] button")
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()  # opening it is not enough

    done = client.post(path)
    assert done.status_code == 200
    assert "You are unsubscribed" in done.content.decode()
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    # Again: the same answer, nothing to do.
    assert client.post(path).status_code == 200
    assert client.get(path).status_code == 200


def test_mail_programs_unsubscribe_with_one_post(subscriber):
    """RFC 8058: the mail program posts List-Unsubscribe=One-Click, with no CSRF token."""
    token = newsletter.make_token(subscriber, newsletter.MANAGE)
    response = Client(enforce_csrf_checks=True).post(
        f"/newsletter/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_forged_unsubscribe_link_changes_nothing(client, subscriber):
    token = newsletter.make_token(subscriber, newsletter.MANAGE)
    for bad in [token + "x", token.replace(":", ":A", 1), "0" * 40, "ünïcode"]:
        assert client.post(f"/newsletter/unsubscribe/{bad}/").status_code == 400
        assert client.get(f"/newsletter/unsubscribe/{bad}/").status_code == 400
    # A confirmation token cannot unsubscribe anyone either.
    confirm = newsletter.make_token(subscriber, newsletter.CONFIRM)
    assert client.post(f"/newsletter/unsubscribe/{confirm}/").status_code == 400
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_link_for_an_address_that_resubscribed_is_not_valid_for_the_new_subscription(client):
    old = make_subscriber(EMAIL)
    old_token = newsletter.make_token(old, newsletter.MANAGE)
    old.delete()
    new = make_subscriber(EMAIL)
    response = client.post(f"/newsletter/unsubscribe/{old_token}/")
    assert response.status_code == 200  # "no longer receives": the old one is gone
    assert Subscriber.objects.filter(pk=new.pk).exists()


def test_preferences_by_link(client, subscriber):
    path = f"/newsletter/preferences/{newsletter.make_token(subscriber, newsletter.MANAGE)}/"
    page = client.get(path)
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]
    checked = {box["value"] for box in soup(page).select("input[name=topics][checked]")}
    assert checked == set(subscriber.topics)

    saved = client.post(path, {"topics": ["opportunities"], "countries": ["SN"], "language": "es"})
    assert saved.status_code == 200
    assert "Your choices are saved" in saved.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.topics == ["opportunities"]
    assert [country.code for country in subscriber.countries] == ["SN"]
    assert subscriber.language == "es"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"topics": ["astrology"], "language": "en"},
        {"topics": ["news"], "language": "tlh"},
        {"topics": ["news"], "language": "en", "countries": ["XX"]},
        {"topics": ["news"], "language": "en", "countries": ["FR"] * 2 + ["DE", "ES"] * 20},
    ],
)
def test_bad_preferences_are_refused_with_a_message(client, subscriber, data):
    path = f"/newsletter/preferences/{newsletter.make_token(subscriber, newsletter.MANAGE)}/"
    before = Subscriber.objects.filter(pk=subscriber.pk).values().get()
    response = client.post(path, data)
    assert response.status_code == 200
    assert soup(response).select_one(".error-summary")
    assert Subscriber.objects.filter(pk=subscriber.pk).values().get() == before


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"email": ""},
        {"email": "a" * 250 + "@example.net"},
        {"email": "two@addresses@example.net"},
        {"email": EMAIL, "topics": ["astrology"]},
        {"email": EMAIL, "topics": ["news"], "language": "zz"},
        {"email": EMAIL, "topics": ["news"], "countries": ["ZZ"]},
        {"email": EMAIL, "topics": []},
    ],
)
def test_bad_subscriptions_are_refused_with_a_message(client, committing, mailoutbox, data):
    response = committing(client.post, "/newsletter/", data)
    assert response.status_code == 200
    summary = soup(response).select_one(".error-summary")
    assert summary.find("h2").text == "Please correct the errors below."
    for link in summary.select("li a"):  # each field's error links to the field
        assert soup(response).select_one(link["href"]) is not None
    assert summary.select("li a")
    assert not Subscriber.objects.filter(email=EMAIL).exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/newsletter/subscribe/"),
        ("put", "/newsletter/"),
        ("get", "/newsletter/confirm/"),
        ("get", "/newsletter/confirm/a/b/"),
        ("get", "/newsletter/preferences/%00/"),
        ("post", "/newsletter/preferences/" + "y" * 3000 + "/"),
        ("get", "/newsletter/?email=" + "z" * 5000),
    ],
)
def test_odd_requests_never_break(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code in {200, 400, 404, 405}


def test_newsletter_pages_are_never_cached_for_the_next_visitor(client, subscriber):
    token = newsletter.make_token(subscriber, newsletter.MANAGE)
    for path in ["/newsletter/", f"/newsletter/preferences/{token}/"]:
        client.get(path)
        again = Client().get(path)
        assert again.headers.get(CACHE_HEADER) != "hit"


@pytest.mark.parametrize(
    "path",
    [
        "/newsletter/",
        "/newsletter/check-your-inbox/",
        "confirm",
        "preferences",
        "unsubscribe",
    ],
)
def test_newsletter_pages_render_with_few_queries(
    client, settings, django_assert_max_num_queries, path
):
    settings.PAGE_CACHE_ENABLED = False
    pending = make_subscriber("pending@example.net", confirmed=False)
    confirmed = make_subscriber("confirmed@example.net")
    if path == "confirm":
        path = f"/newsletter/confirm/{newsletter.make_token(pending, newsletter.CONFIRM)}/"
    elif path in {"preferences", "unsubscribe"}:
        path = f"/newsletter/{path}/{newsletter.make_token(confirmed, newsletter.MANAGE)}/"
    client.get(path)
    with django_assert_max_num_queries(12):
        assert client.get(path).status_code == 200


def test_the_members_data_export_and_account_deletion(client):
    member = User.objects.get(email="member@example.org")
    subscriber = make_subscriber(member.email, topics=["news"])
    DigestItem.objects.create(subscriber=subscriber, item="page:x", sent_at=timezone.now())
    client.force_login(member)
    exported = json.loads(client.get("/members/export/").content)
    assert exported["newsletter"]["topics"] == ["news"]
    assert exported["newsletter"]["items_sent"] == 1
    assert exported["profile"]["alerts_by_email"] is True  # the demo member opted in

    from members.services import delete_account

    delete_account(member)
    assert not Subscriber.objects.filter(email="member@example.org").exists()


def test_one_address_cannot_sign_up_endless_addresses(client, committing, mailoutbox, settings):
    """Each sign-up may send a confirmation e-mail: past the hourly limit per visitor
    address, the form says why (429), keeps what was typed and sends nothing."""
    settings.NEWSLETTER_SIGNUPS_PER_HOUR = 3
    visitor = {"REMOTE_ADDR": "203.0.113.7"}

    def post(path, email, **extra):
        data = {"email": email, "topics": ["news"], "language": "en"}
        return committing(client.post, path, data, **{**visitor, **extra})

    for number in range(3):
        assert post("/newsletter/", f"reader{number}@example.net").status_code == 302
    response = post("/newsletter/", "victim@example.net")
    assert response.status_code == 429
    page = soup(response)
    summary = page.select_one(".error-summary")
    assert "Too many sign-ups have come from your network" in summary.text
    # Nothing for the visitor to correct: no heading saying so, no empty list of fields.
    assert summary.find("h2") is None and summary.find("a") is None
    assert page.select_one("input[name=email]")["value"] == "victim@example.net"
    response = post("/newsletter/subscribe/", "victim@example.net")  # the short form too
    assert response.status_code == 429
    assert soup(response).select_one("input[name=email]")["value"] == "victim@example.net"
    assert not Subscriber.objects.filter(email="victim@example.net").exists()
    assert len(mailoutbox) == 3
    # Another visitor is not held back.
    response = post("/newsletter/", "victim@example.net", REMOTE_ADDR="198.51.100.9")
    assert response.status_code == 302
    assert len(mailoutbox) == 4


def test_behind_a_proxy_each_visitor_is_counted_apart(client, committing, settings):
    """With TRUSTED_PROXY_COUNT set, the visitor's address comes from X-Forwarded-For:
    visitors behind the one proxy do not share a limit."""
    settings.NEWSLETTER_SIGNUPS_PER_HOUR = 1
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def post(email, visitor):
        data = {"email": email, "topics": ["news"], "language": "en"}
        return committing(
            client.post,
            "/newsletter/",
            data,
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    assert post("one@example.net", "203.0.113.7").status_code == 302
    assert post("two@example.net", "203.0.113.7").status_code == 429
    assert post("two@example.net", "198.51.100.9").status_code == 302
