"""Development settings: DEBUG on, a generated secret key, e-mails printed to the console."""

import secrets

from .base import *  # noqa: F403
from .base import EMAIL_URL, VAR_DIR, env_bool

DEBUG = env_bool("DEBUG", True)

if not SECRET_KEY:  # noqa: F405
    # A key generated once and kept under var/ so sessions survive a restart.
    _key_file = VAR_DIR / "secret_key.txt"
    if not _key_file.exists():
        _key_file.write_text(secrets.token_urlsafe(50))
        _key_file.chmod(0o600)
    SECRET_KEY = _key_file.read_text().strip()

if not EMAIL_URL:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
DEMO_DATA_ALLOWED = True
