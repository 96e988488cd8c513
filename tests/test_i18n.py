"""Languages: prefixes, lang/dir, the language switcher, translated pages and strings."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from blog.models import NewsPage


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher(response):
    return {
        link["lang"]: link["href"]
        for link in soup(response).select(".language-switcher a, .language-switcher span")
        if link.name == "a"
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/", "en", "ltr"), ("/fr/", "fr", "ltr"), ("/es/", "es", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_every_language_has_its_prefix_lang_and_direction(client, path, lang, direction):
    response = client.get(path)
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == lang
    assert html["dir"] == direction


def test_languages_are_configured_with_native_names():
    assert settings.LANGUAGE_CODE == "en"
    assert dict(settings.LANGUAGES) == {
        "en": "English",
        "fr": "français",
        "es": "español",
        "ar": "العربيّة",
    }
    assert settings.WAGTAIL_I18N_ENABLED
    assert "wagtail_localize" in settings.INSTALLED_APPS


@pytest.mark.django_db
def test_switcher_leads_to_the_translated_page(client):
    news = NewsPage.objects.get(locale__language_code="en", slug="mobile-consular-service-days")
    french = news.get_translation(news.locale.__class__.objects.get(language_code="fr"))
    links = switcher(client.get(news.url))
    assert links["fr"] == french.url == "/fr/news/mobile-consular-service-days/"
    assert links["ar"].startswith("/ar/news/")
    back = switcher(client.get(french.url))
    assert back["en"] == news.url


@pytest.mark.django_db
def test_switcher_falls_back_to_home_when_a_page_is_not_translated(client):
    untranslated = NewsPage.objects.get(
        locale__language_code="en", slug="philanthropy-matching-fund"
    )
    links = switcher(client.get(untranslated.url))
    assert links["fr"] == "/fr/"
    assert links["ar"] == "/ar/"
    # Spanish has no translated pages in the demo: same address, Spanish interface.
    assert links["es"] == "/es" + untranslated.url
    assert client.get(links["es"]).status_code == 200


@pytest.mark.django_db
def test_translated_home_page_shows_translated_content_and_menu(client):
    page = soup(client.get("/fr/"))
    menu = [a.get_text(strip=True) for a in page.select("nav.main-nav a")]
    assert "Actualités" in menu
    assert all(
        href.startswith("/fr/") for href in (a["href"] for a in page.select("nav.main-nav a"))
    )
    cards = [a.get_text(strip=True) for a in page.select(".home-list .card__title a")]
    assert len(cards) == 3
    assert page.select_one("html")["lang"] == "fr"


def _translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_interface_strings_are_translated(client, language):
    page = soup(client.get(f"/{language}/"))
    for selector, english in [
        (".skip-link", "Skip to main content"),
        (".header-search button", "Search"),
        ("#footer-contact", "Contact us"),
    ]:
        translated = _translated(language, english)
        assert translated != english, f"{english!r} has no {language} translation"
        assert page.select_one(selector).get_text(strip=True) == translated


@pytest.mark.django_db
def test_plural_forms_follow_each_language(client):
    with translation.override("ar"):
        one = translation.ngettext("%(counter)s news item", "%(counter)s news items", 1)
        two = translation.ngettext("%(counter)s news item", "%(counter)s news items", 2)
        eleven = translation.ngettext("%(counter)s news item", "%(counter)s news items", 11)
    assert len({one, two, eleven}) == 3
