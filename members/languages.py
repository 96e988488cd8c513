"""ISO 639-1 languages with their names in the visitor's language (from pycountry, offline)."""

import gettext
from functools import cache

import pycountry
from django.utils import translation


@cache
def _codes():
    return {
        language.alpha_2: language.name
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    }


@cache
def _translator(language_code):
    try:
        return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[language_code])
    except OSError:
        return gettext.NullTranslations()


def language_name(code, language_code=None):
    name = _codes().get(code)
    if name is None:
        return code
    return _translator(language_code or translation.get_language() or "en").gettext(name)


def language_choices():
    """(code, name) pairs sorted by name in the active language."""
    current = translation.get_language() or "en"
    return sorted(
        ((code, language_name(code, current)) for code in _codes()), key=lambda item: item[1]
    )


def is_language(code):
    return code in _codes()
