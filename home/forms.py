from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from home.topics import all_topics, topic_choices

MAX_COUNTRIES = 30


def country_choices():
    return [(country.code, country.name) for country in countries]


class PreferencesForm(forms.Form):
    """What a subscriber receives: topics, countries and the language of the e-mails."""

    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=topic_choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )
    countries = forms.MultipleChoiceField(
        label=_("Only about these countries (optional)"),
        choices=country_choices,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_(
            "Events, programmes, resources and opportunities about other countries are left "
            "out; news and items about no country always come. Hold Ctrl (or Cmd) to choose "
            "several."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        self.initial.setdefault("language", translation.get_language() or settings.LANGUAGE_CODE)
        self.initial.setdefault("topics", all_topics())

    def clean_countries(self):
        codes = self.cleaned_data["countries"]
        if len(codes) > MAX_COUNTRIES:
            raise forms.ValidationError(
                _("Choose at most %(count)d countries, or none for all of them.")
                % {"count": MAX_COUNTRIES}
            )
        return codes


class SubscribeForm(PreferencesForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    field_order = ["email", "topics", "countries", "language"]


class QuickSubscribeForm(forms.Form):
    """The short form on the home page and in the footer: an address, every topic."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
