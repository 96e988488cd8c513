"""load_demo_data builds the whole site, once; a second run changes nothing."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from blog.models import NewsCategory, NewsPage
from home.models import HomePage, SiteSettings, StandardPage
from members.models import User
from portal.demo import DEMO_USERS


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": User.objects.count(),
        "categories": NewsCategory.objects.count(),
        "emails": EmailAddress.objects.count(),
    }


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
