"""Reading configuration from the environment (and a git-ignored ``.env`` file).

Every setting the portal reads from the environment goes through these helpers, so
that a missing or malformed value fails with a message naming the variable.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Values already in the environment win over the .env file.
load_dotenv(BASE_DIR / ".env", override=False)

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    value = value.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise ImproperlyConfigured(f"{name} must be one of true/false/1/0/yes/no, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


EMAIL_SCHEMES = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


def parse_email_url(url):
    """Turn ``smtp://user:password@host:587?tls=1`` into Django's ``EMAIL_*`` settings.

    ``smtps://`` means implicit TLS (port 465 by default); ``smtp://`` with ``?tls=1``
    means STARTTLS. ``console://``, ``locmem://`` and ``dummy://`` pick Django's
    development backends.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in EMAIL_SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL scheme {scheme!r} is not supported; use one of "
            + ", ".join(f"{name}://" for name in EMAIL_SCHEMES)
        )
    config = {"EMAIL_BACKEND": EMAIL_SCHEMES[scheme]}
    if scheme not in ("smtp", "smtps"):
        return config
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    use_ssl = scheme == "smtps" or query.get("ssl", "").lower() in TRUE_VALUES
    use_tls = query.get("tls", "").lower() in TRUE_VALUES
    if use_ssl and use_tls:
        raise ImproperlyConfigured("EMAIL_URL cannot ask for both ssl and tls.")
    try:
        port = parts.port
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL has an invalid port.") from None
    config.update(
        EMAIL_HOST=parts.hostname or "localhost",
        EMAIL_PORT=port or (465 if use_ssl else 587 if use_tls else 25),
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_SSL=use_ssl,
        EMAIL_USE_TLS=use_tls,
    )
    return config


def redis_cache(url, prefix):
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
    }


def social_login(provider_names):
    """Installed apps and SOCIALACCOUNT_PROVIDERS for the providers named in SOCIAL_LOGIN.

    Each provider's credentials come from SOCIAL_<NAME>_CLIENT_ID and
    SOCIAL_<NAME>_SECRET, e.g. SOCIAL_GOOGLE_CLIENT_ID.
    """
    apps, providers = [], {}
    for name in provider_names:
        if not name.isidentifier():
            raise ImproperlyConfigured(
                f"SOCIAL_LOGIN lists {name!r}, which is not a provider name."
            )
        prefix = f"SOCIAL_{name.upper()}_"
        client_id, secret = os.environ.get(prefix + "CLIENT_ID"), os.environ.get(prefix + "SECRET")
        if not client_id or not secret:
            raise ImproperlyConfigured(
                f"SOCIAL_LOGIN lists {name!r}: set {prefix}CLIENT_ID and {prefix}SECRET too."
            )
        apps.append(f"allauth.socialaccount.providers.{name}")
        providers[name] = {"APP": {"client_id": client_id, "secret": secret}}
    if apps:
        apps.insert(0, "allauth.socialaccount")
    return apps, providers
