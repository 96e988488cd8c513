import pytest
from django.core.cache import caches

from portal.demo import DemoLoader


def _quiet(*args, **kwargs):
    pass


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per test run; each test's changes are rolled back.

    Transactional tests (browser journeys) flush the database afterwards, so they ask
    for ``demo_site``, which rebuilds whatever is missing.
    """
    with django_db_blocker.unblock():
        DemoLoader(log=_quiet).run()


@pytest.fixture(autouse=True)
def _fresh_caches(settings):
    """Every test starts with empty local caches."""
    local = [alias for alias, conf in settings.CACHES.items() if "locmem" in conf["BACKEND"]]
    for alias in local:
        caches[alias].clear()
    yield
    for alias in local:
        caches[alias].clear()


@pytest.fixture
def demo_site(db):
    """The whole demo site, as `manage.py load_demo_data` builds it."""
    from wagtail.models import Site

    DemoLoader(log=_quiet).run()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def editor(db):
    """The demo editor (Wagtail's Editors and Moderators groups)."""
    from members.models import User

    return User.objects.get(email="editor@example.org")


@pytest.fixture
def admin_only_user(db):
    """May enter the Wagtail admin, and may do nothing else there."""
    from django.contrib.auth.models import Permission

    from members.models import User

    user = User.objects.create_user(email="intern@example.org", password="portal-test-password")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user
