from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField

from members.languages import is_language, language_choices
from members.models import OPEN_TO, PROFILE_FIELD_DEFAULTS, Profile, Visibility
from members.services import clean_photo, email_language
from portal.models import Sector

MAX_LINKS = 5
MAX_SKILLS = 20


class ProfileForm(forms.ModelForm):
    """What a member tells others about themselves. Who sees it is the privacy form's job."""

    photo_upload = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF, up to 5 MB. We keep a resized copy without metadata."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        required=False,
        choices=language_choices,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors of expertise"),
        queryset=Sector.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    skills = TagField(
        label=_("Skills"), required=False, help_text=_("Separate skills with commas.")
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Up to five web addresses (https://...), one per line."),
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "headline",
            "bio",
            "country_of_origin",
            "country_of_residence",
            "city",
            "languages",
            "sectors",
            "skills",
            "years_of_experience",
            "organisation",
            "links",
            *(name for name, _label in OPEN_TO),
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["links"] = "\n".join(self.instance.links or [])
            self.initial["skills"] = list(self.instance.skills.all())
        self.fields["display_name"].required = True

    def clean_languages(self):
        codes = self.cleaned_data["languages"]
        unknown = [code for code in codes if not is_language(code)]
        if unknown:
            raise ValidationError(
                _("Unknown language: %(codes)s"), params={"codes": ", ".join(unknown)}
            )
        return codes

    def clean_skills(self):
        skills = self.cleaned_data["skills"]
        if len(skills) > MAX_SKILLS:
            raise ValidationError(_("List at most %(max)s skills."), params={"max": MAX_SKILLS})
        if any(len(skill) > 50 for skill in skills):
            raise ValidationError(_("Each skill must be 50 characters or fewer."))
        return skills

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(lines) > MAX_LINKS:
            raise ValidationError(_("Give at most five links."))
        validate = URLValidator(schemes=["https", "http"])
        for line in lines:
            if len(line) > 300:
                raise ValidationError(_("A link is too long."))
            try:
                validate(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(link)s” is not a web address."), params={"link": line}
                ) from None
        return lines

    def clean_photo_upload(self):
        upload = self.cleaned_data.get("photo_upload")
        return clean_photo(upload) if upload else None

    def save(self, commit=True):
        profile = super().save(commit=False)
        if self.cleaned_data.get("remove_photo") and profile.photo:
            profile.photo.delete(save=False)
        photo = self.cleaned_data.get("photo_upload")
        if photo:
            if profile.photo:
                profile.photo.delete(save=False)
            profile.photo.save(photo.name, photo, save=False)
        profile.save()
        self.save_m2m()
        return profile


class PrivacyForm(forms.Form):
    """Who sees each field, whether to be listed in the directory, and contact consent."""

    listed_in_directory = forms.BooleanField(
        label=_("List me in the directory"),
        required=False,
        help_text=_("Until you tick this, nobody else can find or open your profile."),
    )
    agrees_to_be_contacted = forms.BooleanField(
        label=_("The office may contact me about programmes and opportunities"), required=False
    )
    alerts_by_email = forms.BooleanField(
        label=_("E-mail me the office's alerts for my country of residence"),
        required=False,
        help_text=_(
            "Consular and crisis alerts for the country you live in (set in your profile). "
            "Your e-mail address is not shared."
        ),
    )

    language = forms.ChoiceField(
        label=_("Language of the e-mails we send you"),
        choices=(),
        required=False,  # left out (not by a browser): unchanged
        help_text=_("Alerts, contact requests, registrations and saved-search digests."),
    )

    def __init__(self, *args, profile, **kwargs):
        self.profile = profile
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        self.initial.setdefault("language", email_language(profile.user))
        self.initial.setdefault("listed_in_directory", profile.listed_in_directory)
        self.initial.setdefault("agrees_to_be_contacted", profile.agrees_to_be_contacted)
        self.initial.setdefault("alerts_by_email", profile.alerts_by_email)
        labels = dict(FIELD_LABELS)
        for field in PROFILE_FIELD_DEFAULTS:
            self.fields[f"visibility_{field}"] = forms.ChoiceField(
                label=labels[field],
                choices=Visibility.choices,
                initial=profile.visibility_of(field),
            )

    def visibility_fields(self):
        return [self[f"visibility_{field}"] for field in PROFILE_FIELD_DEFAULTS]

    @transaction.atomic
    def save(self):
        profile = self.profile
        profile.visibility = {
            field: self.cleaned_data[f"visibility_{field}"] for field in PROFILE_FIELD_DEFAULTS
        }
        profile.listed_in_directory = self.cleaned_data["listed_in_directory"]
        profile.agrees_to_be_contacted = self.cleaned_data["agrees_to_be_contacted"]
        profile.alerts_by_email = self.cleaned_data["alerts_by_email"]
        profile.save(
            update_fields=[
                "visibility",
                "listed_in_directory",
                "agrees_to_be_contacted",
                "alerts_by_email",
                "updated_at",
            ]
        )
        if self.cleaned_data["language"]:
            profile.user.language = self.cleaned_data["language"]
            profile.user.save(update_fields=["language"])
        return profile


FIELD_LABELS = [
    ("display_name", _("Display name")),
    ("headline", _("Headline")),
    ("bio", _("Short biography")),
    ("photo", _("Photo")),
    ("country_of_origin", _("Country of origin")),
    ("country_of_residence", _("Country of residence")),
    ("city", _("City")),
    ("languages", _("Languages spoken")),
    ("sectors", _("Sectors of expertise")),
    ("skills", _("Skills")),
    ("years_of_experience", _("Years of experience")),
    ("organisation", _("Organisation")),
    ("links", _("Links")),
    ("open_to", _("Open to")),
]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be deleted and cannot be restored."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("This is not your password."))
        return password
