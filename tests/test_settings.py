"""Settings read from the environment; production refuses to start without its secrets."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.env import env_bool, env_list, parse_email_url

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "LANGUAGES"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_fail_fast_without_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="portal.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_fail_fast_without_allowed_hosts():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY="x" * 60
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_demo_data_is_refused_under_production_settings():
    result = run_manage(
        "load_demo_data",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode != 0
    assert "Refusing to load demo data" in result.stderr


def test_unknown_language_code_is_a_clear_error():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="portal.settings.dev", LANGUAGES="en,xx")
    assert result.returncode != 0
    assert "LANGUAGES lists 'xx'" in result.stderr


def test_email_url_with_starttls():
    config = parse_email_url("smtp://mailer%40example.org:s3cr%2Ft@mail.example.org:587?tls=1")
    assert config == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "mailer@example.org",
        "EMAIL_HOST_PASSWORD": "s3cr/t",
        "EMAIL_USE_SSL": False,
        "EMAIL_USE_TLS": True,
    }


def test_email_url_smtps_defaults_to_port_465():
    config = parse_email_url("smtps://relay.example.org")
    assert config["EMAIL_PORT"] == 465
    assert config["EMAIL_USE_SSL"] is True


def test_email_url_console_backend():
    assert parse_email_url("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")


@pytest.mark.parametrize(
    "url", ["http://mail.example.org", "smtp://host?ssl=1&tls=1", "smtp://host:notaport"]
)
def test_bad_email_urls_are_rejected_with_a_message(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        parse_email_url(url)


def test_boolean_and_list_variables(monkeypatch):
    monkeypatch.setenv("PORTAL_FLAG", "Yes")
    assert env_bool("PORTAL_FLAG") is True
    monkeypatch.setenv("PORTAL_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="PORTAL_FLAG"):
        env_bool("PORTAL_FLAG")
    monkeypatch.setenv("PORTAL_HOSTS", " a.example.org, ,b.example.org ")
    assert env_list("PORTAL_HOSTS") == ["a.example.org", "b.example.org"]


def test_no_social_login_unless_configured(settings):
    assert not any("socialaccount" in app for app in settings.INSTALLED_APPS)


def test_social_login_providers_come_from_the_environment(monkeypatch):
    from portal.settings.env import social_login

    monkeypatch.setenv("SOCIAL_GOOGLE_CLIENT_ID", "id-123")
    monkeypatch.setenv("SOCIAL_GOOGLE_SECRET", "s3cret")
    apps, providers = social_login(["google"])
    assert apps == ["allauth.socialaccount", "allauth.socialaccount.providers.google"]
    assert providers == {"google": {"APP": {"client_id": "id-123", "secret": "s3cret"}}}
    with pytest.raises(ImproperlyConfigured, match="SOCIAL_GITHUB_CLIENT_ID"):
        social_login(["github"])


def test_social_login_is_switched_on_by_configuration():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        SOCIAL_LOGIN="github",
        SOCIAL_GITHUB_CLIENT_ID="client",
        SOCIAL_GITHUB_SECRET="secret",
    )
    assert result.returncode == 0, result.stderr


def database_settings(**env):
    """DATABASES["default"] as the dev settings make it from ``env``."""
    code = (
        "import json; from django.conf import settings; d = settings.DATABASES['default'];"
        "print(json.dumps({k: d.get(k) for k in ('ENGINE', 'CONN_MAX_AGE', 'OPTIONS')}))"
    )
    result = run_manage("shell", "-c", code, DJANGO_SETTINGS_MODULE="portal.settings.dev", **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_postgresql_prepares_repeated_statements_unless_told_not_to():
    url = "postgres://someone@db.example:5432/portal"
    prepared = database_settings(DATABASE_URL=url)
    assert prepared["OPTIONS"] == {"server_side_binding": True, "prepare_threshold": 5}
    plain = database_settings(DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="false")
    assert not plain["OPTIONS"]


def test_connections_are_kept_between_requests_on_sqlite_too():
    sqlite = database_settings(DATABASE_URL="sqlite:////tmp/portal-settings-test.sqlite3")
    assert sqlite["ENGINE"] == "django.db.backends.sqlite3"
    assert sqlite["CONN_MAX_AGE"] == 60
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert (
        database_settings(
            DATABASE_URL="sqlite:////tmp/portal-settings-test.sqlite3", DATABASE_CONN_MAX_AGE="0"
        )["CONN_MAX_AGE"]
        == 0
    )
