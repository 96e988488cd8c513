"""Alerts: the site-wide banner (and the page cache), country alerts, alert e-mails."""

import datetime
import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from home import alerts
from home.models import Alert, AlertDelivery
from members.models import PROFILE_FIELD_DEFAULTS, Profile, User
from portal.cache import CACHE_HEADER

pytestmark = pytest.mark.django_db

DEMO_BANNER = "Online consular appointments unavailable on Saturday morning"
DEMO_CANADA = "Winter storm: consular services in Canada may close at short notice"


def banner_titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [p.get_text(" ", strip=True) for p in page.select(".site-alerts .site-alert__title")]


def in_banner(response, title):
    return any(title in text for text in banner_titles(response))


def publish_alert(committing, title="Strike at the airport", **fields):
    now = timezone.now()
    values = {
        "message": "Flights are cancelled; the consulate is open.",
        "level": "crisis",
        "starts_at": now,
        "expires_at": now + datetime.timedelta(days=2),
        **fields,
    }

    def create():
        alert = Alert(title=title, **values)
        alert.save()
        alert.save_revision().publish()
        return alert

    return committing(create)


def test_the_demo_banner_is_on_every_page_for_everyone(client):
    for path in ["/", "/news/", "/about/", "/events/", "/newsletter/"]:
        response = client.get(path)
        assert in_banner(response, DEMO_BANNER), path
    # Country alerts are not banners.
    assert not in_banner(client.get("/"), DEMO_CANADA)
    client.force_login(User.objects.get(email="member@example.org"))
    assert in_banner(client.get("/news/"), DEMO_BANNER)
    assert not in_banner(client.get("/news/"), DEMO_CANADA)


def test_the_banner_is_a_labelled_region_above_the_header(client):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    region = page.select_one("section.site-alerts")
    assert region["aria-label"] == "Alerts"
    assert region.find_next("header", class_="site-header")
    # No heading before the page's h1 (the alert's title is a paragraph).
    assert not region.find(["h1", "h2", "h3"])


def test_publishing_changing_and_unpublishing_show_at_once_despite_the_cache(client, committing):
    client.get("/about/")
    assert client.get("/about/").headers[CACHE_HEADER] == "hit"
    alert = publish_alert(committing)
    response = client.get("/about/")
    assert response.headers[CACHE_HEADER] == "miss"
    assert in_banner(response, "Strike at the airport")
    assert "Crisis:" in banner_titles(response)[0]  # the most urgent first
    assert client.get("/about/").headers[CACHE_HEADER] == "hit"

    def change():
        alert.title = "Strike at the airport: flights resume"
        alert.save_revision().publish()

    committing(change)
    assert in_banner(client.get("/about/"), "flights resume")
    committing(alert.unpublish)
    assert not in_banner(client.get("/about/"), "Strike at the airport")
    committing(alert.delete)
    assert client.get("/about/").status_code == 200


def test_drafts_and_alerts_not_yet_started_or_expired_are_not_shown(client, committing):
    now = timezone.now()
    draft = Alert(
        title="Draft notice",
        message="Not yet.",
        expires_at=now + datetime.timedelta(days=1),
        live=False,  # as the admin saves a draft
    )
    committing(lambda: (draft.save(), draft.save_revision()))
    publish_alert(committing, "Tomorrow's notice", starts_at=now + datetime.timedelta(days=1))
    publish_alert(
        committing,
        "Yesterday's notice",
        starts_at=now - datetime.timedelta(days=2),
        expires_at=now - datetime.timedelta(days=1),
    )
    titles = " ".join(banner_titles(client.get("/")))
    assert DEMO_BANNER in titles
    for hidden in ["Draft notice", "Tomorrow's notice", "Yesterday's notice"]:
        assert hidden not in titles


def test_a_page_is_not_cached_past_an_alerts_end(client, committing, settings):
    """An alert that ends within the cache lifetime: pages are served but not stored."""
    soon = timezone.now() + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS // 2)
    publish_alert(committing, "Ends soon", expires_at=soon)
    for _ in range(2):
        response = client.get("/about/")
        assert CACHE_HEADER not in response.headers  # neither served from nor put in the cache
        assert in_banner(response, "Ends soon")


def test_a_page_is_not_cached_past_an_alerts_start(client, committing, settings):
    """An alert due to start within the cache lifetime: no page stored without it."""
    start = timezone.now() + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS // 2)
    publish_alert(committing, "Starts soon", starts_at=start)
    for _ in range(2):
        response = client.get("/about/")
        assert CACHE_HEADER not in response.headers
        assert not in_banner(response, "Starts soon")


def test_the_banner_goes_when_the_alert_expires_even_with_the_page_cache(
    client, committing, settings, monkeypatch
):
    """The clock moves on (the cache's and the alerts'); nothing is saved or purged."""
    lifetime = settings.PAGE_CACHE_SECONDS
    start, real_time = timezone.now(), time.time()
    # It ends five minutes after a page stored at the start would leave the cache.
    end = start + datetime.timedelta(seconds=lifetime + 300)
    publish_alert(committing, "Ends in a while", starts_at=start, expires_at=end)

    def travel(seconds):
        monkeypatch.setattr(time, "time", lambda: real_time + seconds)
        monkeypatch.setattr(timezone, "now", lambda: start + datetime.timedelta(seconds=seconds))

    travel(0)
    assert in_banner(client.get("/about/"), "Ends in a while")
    cached = client.get("/about/")
    assert cached.headers[CACHE_HEADER] == "hit" and in_banner(cached, "Ends in a while")

    travel(lifetime + 60)  # the stored page has expired; the alert has 4 minutes left
    for _ in range(2):
        response = client.get("/about/")
        assert CACHE_HEADER not in response.headers  # rendered afresh, and not stored
        assert in_banner(response, "Ends in a while")

    travel(lifetime + 301)  # the alert is over
    response = client.get("/about/")
    assert not in_banner(response, "Ends in a while")
    assert in_banner(response, DEMO_BANNER)
    # The demo translates it into French.
    french = client.get("/fr/")
    assert in_banner(french, "Rendez-vous consulaires en ligne indisponibles samedi matin")
    assert not in_banner(french, DEMO_BANNER)
    assert client.get("/about/").headers[CACHE_HEADER] == "hit"
    assert not in_banner(client.get("/about/"), "Ends in a while")


def test_the_dashboard_shows_the_alerts_for_the_members_country(client):
    member = User.objects.get(email="member@example.org")  # lives in Canada
    investor = User.objects.get(email="investor@example.org")  # lives in Spain
    client.force_login(member)
    dashboard = BeautifulSoup(client.get("/members/").content, "html.parser")
    section = dashboard.find(id="alerts-heading").find_parent("section")
    assert DEMO_CANADA in section.get_text()
    client.force_login(investor)
    assert DEMO_CANADA not in client.get("/members/").content.decode()


# --- E-mails -----------------------------------------------------------------------------


def person(email, country, opted_in=True, active=True):
    user = User.objects.create_user(email=email, password="x", is_active=active, first_name="Ana")
    Profile.objects.create(user=user, country_of_residence=country, alerts_by_email=opted_in)
    return user


@pytest.fixture
def people(db):
    # Only the people made here have opted in.
    Profile.objects.update(alerts_by_email=False)
    return {
        "in_france": person("in.france@example.net", "FR"),
        "in_france_not_opted_in": person("quiet.france@example.net", "FR", opted_in=False),
        "in_france_inactive": person("gone.france@example.net", "FR", active=False),
        "in_senegal": person("in.senegal@example.net", "SN"),
        "in_germany": person("in.germany@example.net", "DE"),
        "nowhere": person("nowhere@example.net", ""),
    }


def recipients(mailoutbox):
    return sorted(message.to[0] for message in mailoutbox)


def test_a_country_alert_reaches_exactly_the_members_living_there_who_opted_in(
    people, committing, mailoutbox
):
    alert = publish_alert(
        committing,
        "Floods in the south of France",
        level="consular",
        countries=["FR", "SN"],
        send_email=True,
    )
    assert recipients(mailoutbox) == ["in.france@example.net", "in.senegal@example.net"]
    message = mailoutbox[0]
    assert "Floods in the south of France" in message.subject
    assert "Flights are cancelled" in message.body and "France" in message.body
    assert "/members/privacy/" in message.body  # how to stop them
    assert message.alternatives[0][1] == "text/html"
    assert AlertDelivery.objects.filter(alert=alert).count() == 2

    # Published again (corrected): nobody gets it twice; someone who opted in since does.
    mailoutbox.clear()
    Profile.objects.filter(user=people["in_france_not_opted_in"]).update(alerts_by_email=True)

    def correct():
        alert.message = "Corrected: flights resume tomorrow."
        alert.save_revision().publish()

    committing(correct)
    assert recipients(mailoutbox) == ["quiet.france@example.net"]


def test_alerts_not_marked_for_email_send_nothing(people, committing, mailoutbox):
    publish_alert(committing, "Heat wave", countries=["FR"])
    assert mailoutbox == []


def test_an_emailed_sitewide_alert_goes_to_every_member_who_opted_in(
    people, committing, mailoutbox
):
    publish_alert(committing, "New consular fees", level="information", send_email=True)
    assert recipients(mailoutbox) == [
        "in.france@example.net",
        "in.germany@example.net",
        "in.senegal@example.net",
        "nowhere@example.net",
    ]


def test_a_second_send_for_the_same_alert_sends_nothing(people, committing, mailoutbox):
    alert = publish_alert(committing, "Floods", countries=["FR"], send_email=True)
    assert len(mailoutbox) == 1
    assert alerts.send(alert.pk) == 0
    assert len(mailoutbox) == 1


def test_expired_alerts_are_not_emailed(people, committing, mailoutbox):
    now = timezone.now()
    publish_alert(
        committing,
        "Old news",
        countries=["FR"],
        send_email=True,
        starts_at=now - datetime.timedelta(days=3),
        expires_at=now - datetime.timedelta(days=1),
    )
    assert mailoutbox == []


def test_members_opt_in_on_their_privacy_settings(client):
    user = User.objects.create_user(email="new.member@example.net", password="x")
    client.force_login(user)
    page = BeautifulSoup(client.get("/members/privacy/").content, "html.parser")
    box = page.find("input", attrs={"name": "alerts_by_email"})
    assert box is not None and not box.has_attr("checked")  # off by default
    assert page.find("label", attrs={"for": box["id"]})
    choices = {f"visibility_{field}": "members" for field in PROFILE_FIELD_DEFAULTS}
    response = client.post("/members/privacy/", {**choices, "alerts_by_email": "on"})
    assert response.status_code == 302
    assert Profile.objects.get(user=user).alerts_by_email
    client.post("/members/privacy/", choices)
    assert not Profile.objects.get(user=user).alerts_by_email


def test_the_alert_editor_in_the_admin(
    client, editor, mailoutbox, django_capture_on_commit_callbacks
):
    Profile.objects.update(alerts_by_email=False)
    person("in.france@example.net", "FR")
    client.force_login(editor)
    assert client.get("/admin/snippets/home/alert/").status_code == 200
    now = timezone.localtime()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/snippets/home/alert/add/",
            {
                "title": "Elections abroad: polling stations",
                "level": "consular",
                "message": "Vote at the embassy on Sunday.",
                "starts_at": now.strftime("%Y-%m-%d %H:%M"),
                "expires_at": (now + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M"),
                "countries": ["FR"],
                "send_email": "on",
                "action-publish": "action-publish",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    alert = Alert.objects.get(title="Elections abroad: polling stations")
    assert alert.live
    assert recipients(mailoutbox) == ["in.france@example.net"]

    # An alert must end after it starts.
    bad = client.post(
        "/admin/snippets/home/alert/add/",
        {
            "title": "Backwards",
            "level": "information",
            "message": "x",
            "starts_at": now.strftime("%Y-%m-%d %H:%M"),
            "expires_at": (now - datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
            "action-publish": "action-publish",
        },
    )
    assert bad.status_code == 200
    assert not Alert.objects.filter(title="Backwards").exists()


def test_pages_with_the_banner_and_the_dashboard_stay_bounded(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/about/")
    with django_assert_max_num_queries(15):
        assert in_banner(client.get("/about/"), DEMO_BANNER)
    member = Client()
    member.force_login(User.objects.get(email="member@example.org"))
    member.get("/members/")
    with django_assert_max_num_queries(20):
        assert DEMO_CANADA in member.get("/members/").content.decode()


def test_editors_preview_an_alert_before_publishing(rf, editor):
    now = timezone.now()
    draft = Alert(
        title="Preview me",
        message="A draft.",
        countries=["FR"],
        expires_at=now + datetime.timedelta(days=1),
        live=False,
    )
    draft.save()
    request = rf.get("/admin/")
    request.user = editor
    response = draft.make_preview_request(request)
    assert response.status_code == 200
    assert "Preview me" in response.content.decode()
    assert "France" in response.content.decode()


def test_each_member_gets_the_alert_in_their_own_language(people, committing, mailoutbox):
    User.objects.filter(email="in.senegal@example.net").update(language="fr")
    publish_alert(committing, "Floods", countries=["FR", "SN"], send_email=True)
    by_address = {message.to[0]: message for message in mailoutbox}
    french = by_address["in.senegal@example.net"]
    assert "Bonjour Ana," in french.body and "Sénégal" in french.body
    assert "http://testserver/fr/members/privacy/" in french.body
    english = by_address["in.france@example.net"]
    assert "Hello Ana," in english.body and "Senegal" in english.body
    assert "http://testserver/members/privacy/" in english.body


# --- Translations ------------------------------------------------------------------------


def translate(committing, alert, language, title, message="", publish=True):
    """``alert`` translated as wagtail-localize does it (a copy in the other locale, with
    the same translation key), saved as a draft or published."""

    def create():
        version = alert.copy_for_translation(Locale.objects.get(language_code=language))
        version.title, version.message = title, message or f"{title}."
        version.live = False
        version.save()
        if publish:
            version.save_revision().publish()
        return version

    return committing(create)


def test_the_banner_shows_each_alert_in_the_visitors_language(client, committing):
    english = publish_alert(committing, "Strike at the airport")
    translate(committing, english, "fr", "Grève à l’aéroport")
    translate(committing, english, "es", "Huelga en el aeropuerto", publish=False)
    assert in_banner(client.get("/about/"), "Strike at the airport")
    french = banner_titles(client.get("/fr/"))
    assert any("Grève à l’aéroport" in title for title in french)
    assert not any("Strike at the airport" in title for title in french)
    # A draft translation is not shown: Spanish pages show the default language's.
    assert in_banner(client.get("/es/"), "Strike at the airport")
    # An alert made in another language only is shown as it is everywhere.
    publish_alert(
        committing, "Grève des contrôleurs", locale=Locale.objects.get(language_code="fr")
    )
    assert in_banner(client.get("/about/"), "Grève des contrôleurs")


def test_the_dashboard_shows_a_country_alert_in_the_members_language(client, committing):
    english = publish_alert(committing, "Floods in Quebec", countries=["CA"])
    translate(committing, english, "fr", "Inondations au Québec")
    client.force_login(User.objects.get(email="member@example.org"))  # lives in Canada
    assert "Inondations au Québec" in client.get("/fr/members/").content.decode()
    dashboard = client.get("/members/").content.decode()
    assert "Floods in Quebec" in dashboard and "Inondations au Québec" not in dashboard


def test_each_member_gets_one_translation_of_an_alert_in_their_language(
    people, committing, mailoutbox
):
    User.objects.filter(email="in.france@example.net").update(language="fr")
    User.objects.filter(email="in.senegal@example.net").update(language="es")  # no Spanish
    english = Alert(
        title="Strike at the airport",
        message="Flights are cancelled.",
        level="crisis",
        countries=["FR", "SN"],
        send_email=True,
        live=False,
    )
    committing(english.save)
    # Translated first: the French version goes to the French reader only.
    french = translate(committing, english, "fr", "Grève à l’aéroport", "Les vols sont annulés.")
    assert recipients(mailoutbox) == ["in.france@example.net"]
    assert "Grève à l’aéroport" in mailoutbox[0].subject
    assert "Les vols sont annulés." in mailoutbox[0].body
    # The default language's version goes to everyone else, Spanish readers included.
    mailoutbox.clear()
    committing(lambda: english.save_revision().publish())
    assert recipients(mailoutbox) == ["in.senegal@example.net"]
    assert "Strike at the airport" in mailoutbox[0].subject
    # Published again, or translated once more later: nobody gets it a second time.
    mailoutbox.clear()
    committing(lambda: french.save_revision().publish())
    translate(committing, english, "es", "Huelga en el aeropuerto")
    assert mailoutbox == []
    assert AlertDelivery.objects.filter(translation_key=english.translation_key).count() == 2


def test_editors_translate_an_alert_in_the_admin(client, editor, committing, mailoutbox):
    alert = publish_alert(committing, "Strike at the airport", send_email=True)
    client.force_login(editor)
    url = reverse("wagtail_localize:submit_snippet_translation", args=["home", "alert", alert.pk])
    assert client.get(url).status_code == 200
    french = Locale.objects.get(language_code="fr")
    sent = len(mailoutbox)
    response = committing(client.post, url, {"locales": [french.pk]})
    assert response.status_code == 302
    version = Alert.objects.get(translation_key=alert.translation_key, locale=french)
    # The dates, level, countries and e-mail choice follow the original.
    assert abs(version.starts_at - alert.starts_at) < datetime.timedelta(milliseconds=1)
    assert abs(version.expires_at - alert.expires_at) < datetime.timedelta(milliseconds=1)
    assert (version.level, version.send_email) == (alert.level, alert.send_email)
    assert len(mailoutbox) == sent  # nobody gets the alert again
    listing = BeautifulSoup(client.get("/admin/snippets/home/alert/").content, "html.parser")
    rows = [r.get_text(" ", strip=True) for r in listing.select("tbody tr")]
    versions = [row for row in rows if version.title in row]
    # Each version is listed with its language.
    assert len(versions) == 2
    assert any("English" in row for row in versions) and any("français" in row for row in versions)
