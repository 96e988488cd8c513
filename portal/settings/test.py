"""Test settings: fast password hashing, in-memory caches and e-mail, inline tasks."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
    },
}
if REDIS_URL:  # noqa: F405
    # Tests that need real Redis get it when REDIS_URL is set (see tests/test_cache.py).
    CACHES["redis"] = redis_cache(REDIS_URL, "portal-tests")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = str(VAR_DIR / "test-media")  # noqa: F405
PRIVATE_MEDIA_ROOT = str(VAR_DIR / "test-private")  # noqa: F405
ACCOUNT_EMAIL_VERIFICATION = "optional"
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_DATA_ALLOWED = True
# The suite runs on the database backend; the behavioural search tests also run on
# Elasticsearch when ELASTICSEARCH_URL is set (tests/search/conftest.py).
SEARCH_BACKEND = "database"
ELASTICSEARCH_REFRESH = "wait_for"
