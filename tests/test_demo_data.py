"""load_demo_data builds the whole site, once; a second run changes nothing."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from blog.models import NewsCategory, NewsPage
from directory.models import ConsularMission, Opportunity, Organisation
from events.models import (
    ACTIVE_STATUSES,
    HOLDS_PLACE,
    CoursePage,
    EventPage,
    Offering,
    ProgrammePage,
    Registration,
    RegistrationStatus,
)
from home.models import HomePage, SiteSettings, StandardPage
from members.models import InvestorStatus, Profile, User
from portal.demo import DEMO_USERS
from portal.demo_content.events import SERIES_EVENT
from search.models import SearchRecord

DEMO_LOGINS = [user[0] for user in DEMO_USERS]


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": User.objects.count(),
        "categories": NewsCategory.objects.count(),
        "emails": EmailAddress.objects.count(),
        "offerings": Offering.objects.count(),
        "registrations": sorted(Registration.objects.values_list("offering", "user", "status")),
        "consular missions": ConsularMission.objects.count(),
        "organisations": Organisation.objects.count(),
        "opportunities": Opportunity.objects.count(),
        "search records": SearchRecord.objects.count(),
        "documents": get_document_model().objects.count(),
    }


def english(model):
    return model.objects.live().filter(locale__language_code="en")


def places_taken(offering):
    return offering.registrations.filter(status__in=HOLDS_PLACE).count()


@pytest.mark.django_db
def test_the_demo_site_has_what_the_issue_asks_for():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    english_news = NewsPage.objects.live().filter(locale=home.locale)
    assert english_news.count() >= 12
    assert english_news.values("category").distinct().count() >= 3
    assert NewsPage.tags.through.objects.values("tag").distinct().count() >= 5
    slugs = set(Page.objects.child_of(home).live().values_list("slug", flat=True))
    assert {"news", "events", "courses", "programmes", "directory", "knowledge"} <= slugs
    assert {"about", "consular-information"} <= set(
        StandardPage.objects.child_of(home).values_list("slug", flat=True)
    )
    menu = Page.objects.child_of(home).live().in_menu().values_list("slug", flat=True)
    assert {"news", "about", "consular-information"} <= set(menu)
    assert SiteSettings.for_site(site).organisation_name == "Office for Diaspora Engagement"
    for code in ("fr", "ar"):
        translated_home = home.get_translation(
            home.locale.__class__.objects.get(language_code=code)
        )
        assert translated_home.live
        assert NewsPage.objects.live().filter(locale=translated_home.locale).count() >= 3


@pytest.mark.django_db
def test_demo_text_is_real_content_not_placeholder():
    for news in NewsPage.objects.all():
        text = f"{news.title} {news.intro} {news.body.render_as_block()}".lower()
        assert "lorem" not in text and "ipsum" not in text
        assert len(news.intro) > 40


@pytest.mark.django_db
def test_the_demo_library_has_resources_and_hubs_for_the_ten_main_countries_of_residence():
    from collections import Counter

    from django.utils import timezone

    from blog.models import CountryPage, EngagementInstrument, ResourcePage, ResourceType

    resources = list(ResourcePage.objects.live().filter(locale__language_code="en"))
    assert len(resources) >= 30
    assert {page.resource_type for page in resources} == set(ResourceType.values)
    assert {value for page in resources for value in page.instruments} == set(
        EngagementInstrument.values
    )
    assert len({country.code for page in resources for country in page.countries}) >= 20
    this_year = timezone.localdate().year
    for page in resources:
        assert page.source_name and 1900 < page.publication_year <= this_year
        text = f"{page.title} {page.summary} {page.body.render_as_block()}".lower()
        assert "lorem" not in text and len(page.summary) > 80
    assert sum(1 for page in resources if page.documents.exists()) >= 5

    residences = Counter(
        Profile.objects.filter(user__email__endswith="@example.org")
        .exclude(country_of_residence="")
        .values_list("country_of_residence", flat=True)
    )
    ten = sorted(residences, key=lambda code: (-residences[code], code))[:10]
    hubs = CountryPage.objects.live().filter(locale__language_code="en")
    assert sorted(hub.country.code for hub in hubs) == sorted(ten)
    for hub in hubs:
        assert hub.diaspora_size and hub.main_places and hub.institutions
        assert any(hub.country in page.countries for page in resources), hub.title


@pytest.mark.django_db
def test_second_run_creates_nothing_and_says_so(capsys):
    before = snapshot()
    call_command("load_demo_data")
    assert snapshot() == before
    output = capsys.readouterr().out
    assert "nothing changed" in output
    for email, *_ in DEMO_USERS:
        assert email in output


@pytest.mark.django_db
def test_if_empty_skips_a_database_with_content(capsys):
    before = snapshot()
    call_command("load_demo_data", "--if-empty")
    assert snapshot() == before
    assert "already has content" in capsys.readouterr().out


@pytest.mark.django_db
def test_refused_when_settings_do_not_allow_it(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="Refusing"):
        call_command("load_demo_data")


@pytest.mark.django_db
@pytest.mark.parametrize(("email", "role"), [(user[0], user[3]) for user in DEMO_USERS])
def test_demo_logins_work_with_their_roles(email, role):
    user = authenticate(username=email, password="portal-demo")
    assert user is not None
    assert EmailAddress.objects.get(user=user).verified
    can_use_admin = user.has_perm("wagtailadmin.access_admin")
    assert can_use_admin == (role in {"administrator", "editor"})
    assert user.is_superuser == (role == "administrator")
    if role == "editor":
        assert (
            user.has_perm("wagtailcore.publish_page")
            or user.groups.filter(name="Moderators").exists()
        )
    if role == "investor":
        assert user.profile.is_verified_investor


@pytest.mark.django_db
def test_demo_password_comes_from_the_environment(monkeypatch):
    from portal.demo import DemoLoader

    User.objects.filter(email="member@example.org").delete()
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-secret")
    DemoLoader(log=lambda *args: None).run()
    assert authenticate(username="member@example.org", password="another-demo-secret")


@pytest.mark.django_db
def test_page_tree_is_consistent():
    """Every page's child count matches its children (a stale save would break menus)."""
    for page in Page.objects.all():
        assert page.numchild == Page.objects.child_of(page).count(), page.url_path


@pytest.mark.django_db
def test_translated_news_use_categories_of_their_language():
    for news in NewsPage.objects.exclude(locale__language_code="en"):
        assert news.category.locale_id == news.locale_id, news.url_path


@pytest.mark.django_db
def test_the_demo_has_over_200_varied_members():
    from members.models import Profile

    profiles = Profile.objects.all()
    assert profiles.count() >= 200
    assert profiles.values("country_of_residence").distinct().count() >= 15
    assert profiles.filter(listed_in_directory=True).count() >= 100
    assert profiles.exclude(visibility__city="members").exists()
    for email in ("member@example.org", "investor@example.org"):
        profile = Profile.objects.get(user__email=email)
        from members.services import completeness

        assert completeness(profile)[0] == 100


@pytest.mark.django_db
def test_demo_events_span_formats_countries_time_zones_and_dates():
    from django.utils import timezone

    events = english(EventPage)
    now = timezone.now()
    assert set(events.values_list("format", flat=True)) == {"online", "in_person", "hybrid"}
    assert events.exclude(country="").values("country").distinct().count() >= 3
    assert events.values("time_zone").distinct().count() >= 4
    assert events.filter(last_end__lt=now).exists()
    assert events.filter(start__gt=now).count() >= 4
    full = [
        offering
        for offering in Offering.objects.filter(page__in=events)
        if offering.capacity and places_taken(offering) == offering.capacity
    ]
    assert any(o.registrations.filter(status=RegistrationStatus.WAITLISTED) for o in full)


@pytest.mark.django_db
def test_the_series_has_several_dates_each_with_its_own_places_and_people(client):
    series = english(EventPage).get(slug=SERIES_EVENT)
    assert series.occurrences.count() >= 3
    offerings = list(Offering.objects.filter(page=series, is_active=True).order_by("starts_at"))
    assert len(offerings) == series.occurrences.count() + 1
    assert {o.starts_at for o in offerings} == {start for _key, start, _end in series.dates()}
    assert len({o.capacity for o in offerings}) >= 3  # each date has its own places
    assert sum(1 for o in offerings if places_taken(o)) >= 3
    assert any(0 < o.capacity - places_taken(o) <= 3 for o in offerings)  # nearly full
    assert series.speaker_list

    response = client.get(series.url)
    assert response.status_code == 200
    assert response.context["is_series"]
    assert len(response.context["slots"]) == len(offerings)


@pytest.mark.django_db
def test_the_demo_has_courses_self_paced_and_in_cohorts_with_enrolments(client):
    courses = english(CoursePage)
    assert courses.count() >= 3
    assert courses.filter(mode="self_paced").exists()
    cohort_courses = courses.filter(mode="cohort")
    assert cohort_courses.count() >= 2
    for course in cohort_courses:
        assert course.cohorts.count() >= 2
        assert Offering.objects.filter(page=course, is_active=True).count() == (
            course.cohorts.count()
        )
    assert courses.values("level").distinct().count() >= 3
    assert courses.values("language").distinct().count() >= 2
    for course in courses:
        assert len(course.modules) >= 3
        assert all(module.value["title"] for module in course.modules)
        assert Registration.objects.filter(
            offering__page=course, status=RegistrationStatus.CONFIRMED
        ).exists(), course.title
        assert client.get(course.url).status_code == 200
    listing = client.get("/courses/").content.decode()
    assert all(course.title in listing for course in courses)


@pytest.mark.django_db
def test_the_demo_has_programmes_of_five_kinds_with_applications_in_every_state(client):
    from django.utils import timezone

    programmes = english(ProgrammePage)
    assert programmes.count() >= 5
    assert programmes.values("kind").distinct().count() >= 5
    assert programmes.filter(who_may_register="verified_investors").exists()
    assert programmes.filter(deadline__lt=timezone.now()).exists()
    question_types = set()
    for programme in programmes:
        assert 2 <= len(programme.questions) <= 5, programme.title
        question_types |= {block.block_type for block in programme.questions}
        assert client.get(programme.url).status_code == 200
    assert {"choice", "yes_no", "file", "text", "long_text"} <= question_types

    applications = Registration.objects.filter(offering__page__in=programmes)
    assert set(applications.values_list("status", flat=True)) == {
        "applied",
        "shortlisted",
        "accepted",
        "declined",
        "withdrawn",
    }
    for application in applications.select_related("offering"):
        programme = programmes.get(pk=application.offering.page_id)
        # The answers are those the form stores: one per question, in the question order.
        assert [answer["id"] for answer in application.answers] == [
            block.id for block in programme.questions
        ]
        if application.status in {"shortlisted", "accepted", "declined"}:
            assert application.decision_message and application.decided_at
    for offering in Offering.objects.filter(page__in=programmes):
        assert offering.capacity is None or places_taken(offering) <= offering.capacity
    mission = programmes.get(who_may_register="verified_investors")
    assert all(
        application.user.profile.investor_status == InvestorStatus.VERIFIED
        for application in applications.filter(offering__page=mission)
    )
    listing = client.get("/programmes/").content.decode()
    assert all(programme.title in listing for programme in programmes)


@pytest.mark.django_db
def test_demo_sign_ups_come_from_demo_members_not_the_demo_logins():
    """The demo logins start with nothing booked, so trying the site starts from scratch."""
    registrations = Registration.objects.filter(offering__page__in=english(CoursePage))
    assert registrations.exists()
    assert not Registration.objects.filter(user__email__in=DEMO_LOGINS).exists()
    for status in ACTIVE_STATUSES:
        # Never two active sign-ups of one person for one date, cohort or programme.
        pairs = Registration.objects.filter(status=status).values_list("offering", "user")
        assert len(pairs) == len(set(pairs))


@pytest.mark.django_db
def test_course_and_programme_text_is_real_content():
    for page in [*CoursePage.objects.all(), *ProgrammePage.objects.all()]:
        text = f"{page.title} {page.intro} {page.body.render_as_block()}".lower()
        assert "lorem" not in text and "ipsum" not in text
        assert len(page.intro) > 60


@pytest.mark.django_db
def test_every_listed_demo_member_is_in_the_directory_search():
    from search.models import SearchRecord

    listed = Profile.objects.filter(listed_in_directory=True, user__is_active=True).count()
    assert listed >= 200
    found = SearchRecord.objects.filter(kind="professional", audience="members").count()
    assert found == listed


# --- Newsletter and alerts ------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_has_subscribers_and_alerts_and_sent_no_mail(client, mailoutbox):
    from home.models import Alert, AlertDelivery, DigestItem, Subscriber
    from portal.demo import DemoLoader

    confirmed = Subscriber.objects.filter(confirmed_at__isnull=False)
    pending = Subscriber.objects.filter(confirmed_at__isnull=True)
    assert confirmed.count() >= 5 and pending.count() >= 2
    assert {subscriber.language for subscriber in confirmed} >= {"en", "fr", "es", "ar"}
    assert any(subscriber.countries for subscriber in confirmed)
    english = Alert.objects.filter(locale__language_code="en")
    sitewide = english.filter(live=True, countries="")
    assert sitewide.count() == 1 and sitewide.get().is_running()
    assert sitewide.get().title in client.get("/").content.decode()
    targeted = english.exclude(countries="").get()
    # Both have a French version, the same alert (its translation key).
    french = Alert.objects.filter(locale__language_code="fr", live=True)
    assert {alert.translation_key for alert in french} == {
        sitewide.get().translation_key,
        targeted.translation_key,
    }
    assert [country.code for country in targeted.countries] == ["CA"]
    assert not targeted.send_email
    member = User.objects.get(email="member@example.org")
    assert member.profile.alerts_by_email
    assert Profile.objects.filter(alerts_by_email=True).count() > 20
    # Nothing was e-mailed or recorded as e-mailed, and a second run adds nothing.
    assert not AlertDelivery.objects.exists() and not DigestItem.objects.exists()
    counts = (Subscriber.objects.count(), Alert.objects.count())
    DemoLoader(log=lambda *args: None).run()
    assert (Subscriber.objects.count(), Alert.objects.count()) == counts
    assert mailoutbox == []
