"""manage.py send_digest: what is new, matching each subscriber's choices, exactly once."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, PageViewRestriction

from blog.factories import ResourcePageFactory
from blog.models import KnowledgeIndexPage, NewsIndexPage, NewsPage
from directory.models import Opportunity
from events.models import EventIndexPage, EventPage
from home import digest, newsletter
from home.models import DigestItem, Subscriber
from portal.models import Sector
from tests.home.conftest import link_to, make_subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _only_our_subscribers(db):
    """The demo's subscribers would receive these items too: each test has its own."""
    Subscriber.objects.all().delete()


def publish_news(title, language="en"):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    page = NewsPage(title=title, slug=slugify(title), intro=f"About {title}.")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(page, language, title):
    translated = page.copy_for_translation(Locale.objects.get(language_code=language))
    translated.title = title
    translated.save_revision().publish()
    return translated


def publish_event(title, country=""):
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = timezone.now() + datetime.timedelta(days=20)
    event = EventPage(
        title=title,
        slug=slugify(title),
        intro=f"Join us: {title}.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="UTC",
        country=country,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def publish_resource(title, countries=()):
    index = KnowledgeIndexPage.objects.get(locale__language_code="en")
    resource = ResourcePageFactory.build(title=title, slug=slugify(title), countries=countries)
    index.add_child(instance=resource)
    resource.save_revision().publish()
    return resource


def publish_opportunity(title, country="SN"):
    opportunity = Opportunity(
        title=title,
        summary=f"{title}: a summary.",
        description="Details for verified investors.",
        sector=Sector.objects.get(slug="energy"),
        country=country,
        instrument="equity",
        stage="growth",
        ticket_min=100_000,
        ticket_max=500_000,
        currency="EUR",
        deadline=timezone.localdate() + datetime.timedelta(days=30),
    )
    opportunity.save()
    opportunity.save_revision().publish()
    return opportunity


def run():
    """One run of the command; the digests it sent (other e-mails aside)."""
    mail.outbox.clear()
    call_command("send_digest", stdout=io.StringIO())
    return list(mail.outbox)


def titles(message):
    return [line[2:].split(" (")[0] for line in message.body.splitlines() if line.startswith("* ")]


def test_each_item_once_and_only_what_is_new(subscriber):
    first = publish_news("Diaspora bond results")
    publish_event("Investment forum in Dakar", country="SN")
    publish_opportunity("Dakar solar farm")
    [message] = run()
    assert message.to == [subscriber.email]
    assert set(titles(message)) == {
        "Diaspora bond results",
        "Investment forum in Dakar",
        "Dakar solar farm",
    }
    # Demo content published before the subscriber confirmed is not news to them.
    assert len(titles(message)) == 3
    assert "3 new items" in message.subject
    html = message.alternatives[0][0]
    assert first.get_full_url() in html and "Diaspora bond results" in html

    # Running again sends nothing; a new item is sent alone.
    assert run() == []
    publish_news("Return of talent call")
    [again] = run()
    assert titles(again) == ["Return of talent call"]
    assert run() == []
    assert DigestItem.objects.filter(subscriber=subscriber).count() == 4


def test_topics_and_countries_are_honoured():
    news_only = make_subscriber("news@example.net", topics=["news"])
    senegal = make_subscriber(
        "senegal@example.net", topics=["events", "opportunities"], countries=["SN"]
    )
    publish_news("Consular fees change")
    publish_event("Investment forum in Dakar", country="SN")
    publish_event("Paris networking evening", country="FR")
    publish_event("Online career talk")  # no country: matches every country filter
    publish_opportunity("Dakar solar farm", country="SN")
    publish_opportunity("Lyon bakery", country="FR")
    library = make_subscriber("library@example.net", topics=["resources"], countries=["SN"])
    publish_resource("Senegal's diaspora investment fund", countries=["SN", "CI"])
    publish_resource("A toolkit for diaspora mapping")  # about no country
    publish_resource("France's return programme", countries=["FR"])
    sent = {message.to[0]: titles(message) for message in run()}
    assert sent[news_only.email] == ["Consular fees change"]
    assert sorted(sent[senegal.email]) == [
        "Dakar solar farm",
        "Investment forum in Dakar",
        "Online career talk",
    ]
    assert sorted(sent[library.email]) == [
        "A toolkit for diaspora mapping",
        "Senegal's diaspora investment fund",
    ]


def test_pending_subscribers_and_subscribers_with_nothing_new_get_nothing(subscriber):
    pending = make_subscriber("pending@example.net", confirmed=False)
    quiet = make_subscriber("quiet@example.net", topics=["programmes"])
    publish_news("Diaspora bond results")
    recipients = [message.to[0] for message in run()]
    assert recipients == [subscriber.email]
    assert pending.email not in recipients and quiet.email not in recipients
    quiet.refresh_from_db()
    assert quiet.last_digest_at is None


def test_items_in_the_subscribers_language_where_they_exist():
    french = make_subscriber("lectrice@example.net", language="fr", topics=["news"])
    translated = publish_news("Youth exchange opens")
    translate(translated, "fr", "Ouverture de l’échange de jeunes")
    publish_news("Only in English")
    [message] = run()
    assert sorted(titles(message)) == ["Only in English", "Ouverture de l’échange de jeunes"]
    assert "/fr/" in message.body
    # Its links are in French too.
    assert link_to(message, "/unsubscribe/").startswith("/fr/newsletter/unsubscribe/")
    # A translation published later is the same item: not sent again.
    translate(publish_news("Skills registry"), "fr", "Registre des compétences")
    assert titles(run()[0]) == ["Registre des compétences"]
    french.refresh_from_db()
    assert french.sent_items.count() == 3


def test_private_and_unpublished_pages_are_never_sent(subscriber):
    hidden = publish_news("Members only briefing")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    draft = publish_news("Withdrawn announcement")
    draft.unpublish()
    publish_news("Public announcement")
    [message] = run()
    assert titles(message) == ["Public announcement"]


def test_a_failed_send_is_retried_next_run_without_repeating_the_others(settings):
    """A run that fails half way: the subscribers before the failure have their digest
    recorded, the failed one has nothing recorded, and the next run sends only to them."""
    make_subscriber("first@example.net", topics=["news"])
    make_subscriber("fails@example.net", topics=["news"])
    make_subscriber("third@example.net", topics=["news"])
    publish_news("Diaspora bond results")
    settings.EMAIL_BACKEND = "tests.home.test_digest.FailsForSomeBackend"
    FailsForSomeBackend.sent.clear()
    run()
    assert sorted(FailsForSomeBackend.sent) == ["first@example.net", "third@example.net"]
    assert not DigestItem.objects.filter(subscriber__email="fails@example.net").exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert [message.to[0] for message in run()] == ["fails@example.net"]
    assert run() == []


class FailsForSomeBackend:
    """An SMTP server that refuses one address (a real e-mail path, no mocking of ours)."""

    sent = []

    def __init__(self, *args, **kwargs):
        pass

    def open(self):
        return True

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def send_messages(self, messages):
        for message in messages:
            if "fails" in message.to[0]:
                raise ConnectionRefusedError("mailbox unavailable")
            self.sent.append(message.to[0])
        return len(messages)


def test_a_second_run_at_the_same_moment_sends_nothing(subscriber):
    """Even with the same clock, the second run finds the items recorded by the first."""
    publish_news("Diaspora bond results")
    now = timezone.now()
    assert digest.send_digests(now) == 1
    assert digest.send_digests(now) == 0
    assert len([m for m in mail.outbox if m.to == [subscriber.email]]) == 1


def test_every_digest_can_unsubscribe_in_one_click(client, subscriber):
    publish_news("Diaspora bond results")
    [message] = run()
    path = link_to(message, "/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_to(message, "/preferences/")
    client.post(path)
    assert not Subscriber.objects.filter(email=subscriber.email).exists()
    publish_news("Return of talent call")
    assert run() == []


def test_items_older_than_a_month_are_not_news(subscriber):
    """A subscriber who had nothing new for months gets the last month, not the archive."""
    later = timezone.now() + datetime.timedelta(days=40)
    publish_news("Last quarter's report")  # 40 days old by then, like all the demo content
    recent = publish_news("This week's report")
    NewsPage.objects.filter(pk=recent.pk).update(
        first_published_at=later - datetime.timedelta(days=2)
    )
    mail.outbox.clear()
    assert digest.send_digests(later) == 1
    assert titles(mail.outbox[0]) == ["This week's report"]


def test_unconfirmed_subscriptions_are_removed_after_a_month():
    stale = make_subscriber("stale@example.net", confirmed=False)
    fresh = make_subscriber("fresh@example.net", confirmed=False)
    Subscriber.objects.filter(pk=stale.pk).update(
        created=timezone.now() - datetime.timedelta(days=newsletter.PENDING_DAYS + 1)
    )
    run()
    assert not Subscriber.objects.filter(pk=stale.pk).exists()
    assert Subscriber.objects.filter(pk=fresh.pk).exists()
