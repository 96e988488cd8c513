"""The member side's rules: who sees which profile field, completeness, photos, investor
verification, data export and account deletion. Views, the admin, exports and the API
call these; none of them decides visibility on its own.
"""

import io
import json
import uuid

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import get_script_prefix, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from members.languages import language_name
from members.models import (
    OPEN_TO,
    PROFILE_FIELD_DEFAULTS,
    InvestorStatus,
    Profile,
    User,
    Visibility,
)

# --- Who sees what -----------------------------------------------------------------

OWNER, ADMINISTRATOR, STAFF, MEMBER, ANONYMOUS = (
    "owner",
    "administrator",
    "staff",
    "member",
    "anonymous",
)

LEVELS_SEEN = {
    OWNER: {Visibility.PUBLIC, Visibility.MEMBERS, Visibility.PRIVATE},
    ADMINISTRATOR: {Visibility.PUBLIC, Visibility.MEMBERS, Visibility.PRIVATE},
    STAFF: {Visibility.PUBLIC, Visibility.MEMBERS},
    MEMBER: {Visibility.PUBLIC, Visibility.MEMBERS},
    ANONYMOUS: {Visibility.PUBLIC},
}


def email_language(user):
    """The language of the e-mails ``user`` receives: the one they chose, where the portal
    still offers it, else the default language. Every e-mail to a member is written in it
    (``translation.override(email_language(user))``), its links included."""
    language = getattr(user, "language", "")
    return language if _offered(language) else settings.LANGUAGE_CODE


def _offered(language):
    return language in {code for code, _name in settings.LANGUAGES}


def dashboard_url(fragment=""):
    """The full address of the member dashboard in the active language, for e-mails, with
    ``#fragment`` when given."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("members:dashboard")
    return f"{url}#{fragment}" if fragment else url


def remember_signup_language(request, user, **kwargs):
    """allauth's ``user_signed_up``: a new member's e-mails are in the language they
    signed up in, until they choose another in their privacy settings."""
    language = translation.get_language()
    if _offered(language) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])


def viewer_role(viewer, profile):
    """The relation between whoever looks and the profile's owner."""
    if viewer is None or not viewer.is_authenticated:
        return ANONYMOUS
    if viewer.pk == profile.user_id:
        return OWNER
    if viewer.is_superuser:
        return ADMINISTRATOR
    if viewer.is_staff or viewer.has_perm("wagtailadmin.access_admin"):
        return STAFF
    return MEMBER


def can_see(profile, field, role):
    return profile.visibility_of(field) in LEVELS_SEEN[role]


def field_value(profile, field):
    """A field's value in plain Python (strings, numbers, lists), as exports show it."""
    if field in ("country_of_origin", "country_of_residence"):
        country = getattr(profile, field)
        return {"code": country.code, "name": str(country.name)} if country else None
    if field == "languages":
        return [{"code": code, "name": language_name(code)} for code in profile.languages]
    if field == "sectors":
        return [sector.name for sector in profile.sectors.all()]
    if field == "skills":
        return sorted(tag.name for tag in profile.skills.all())
    if field == "open_to":
        return [str(label) for _name, label in OPEN_TO if getattr(profile, _name)]
    if field == "photo":
        return bool(profile.photo)
    return getattr(profile, field)


def visible_fields(profile, viewer=None, role=None):
    """{field: value} of every profile field ``viewer`` may see (never the e-mail address).

    ``role`` forces a point of view (the owner's previews: ANONYMOUS or MEMBER).
    """
    role = role or viewer_role(viewer, profile)
    return {
        field: field_value(profile, field)
        for field in PROFILE_FIELD_DEFAULTS
        if can_see(profile, field, role)
    }


def profile_is_viewable(profile, viewer):
    """Others see a profile only once its owner has opted in to the directory."""
    role = viewer_role(viewer, profile)
    return role in (OWNER, ADMINISTRATOR, STAFF) or profile.listed_in_directory


# --- Completeness ------------------------------------------------------------------

COMPLETENESS_FIELDS = [
    "display_name",
    "headline",
    "bio",
    "photo",
    "country_of_origin",
    "country_of_residence",
    "city",
    "languages",
    "sectors",
    "skills",
    "years_of_experience",
    "organisation",
]


def completeness(profile):
    """(percent, missing field names) for the dashboard's invitation to fill the rest."""
    missing = [
        field
        for field in COMPLETENESS_FIELDS
        if field_value(profile, field) in (None, "", [], False)
    ]
    done = len(COMPLETENESS_FIELDS) - len(missing)
    return round(100 * done / len(COMPLETENESS_FIELDS)), missing


def profile_for(user):
    profile, _created = Profile.objects.get_or_create(user=user)
    user.profile = profile  # later ``user.profile`` reads need no query
    return profile


# --- Photos ------------------------------------------------------------------------

MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
PHOTO_SIZE = 600
ACCEPTED_PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def clean_photo(upload):
    """Check an uploaded photo and re-encode it as a fresh JPEG (no metadata, no payload).

    Raises ValidationError with a message for the form.
    """
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s MB). The limit is 5 MB.")
            % {"size": round(upload.size / 1024 / 1024, 1)}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
        if image_format not in ACCEPTED_PHOTO_FORMATS:
            raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF image."))
        if width * height > MAX_PHOTO_PIXELS:
            raise ValidationError(_("The image has too many pixels."))
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            image = image.convert("RGB")
            image.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
            output = io.BytesIO()
            # A new image from the pixels only: EXIF, comments and trailing bytes are gone.
            clean = Image.new("RGB", image.size)
            clean.paste(image)
            clean.save(output, format="JPEG", quality=85)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise ValidationError(_("This file is not an image we can read.")) from None
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


# --- Investor verification -----------------------------------------------------------


def request_investor_verification(profile):
    if profile.investor_status in (InvestorStatus.REQUESTED, InvestorStatus.VERIFIED):
        return False
    profile.investor_status = InvestorStatus.REQUESTED
    profile.investor_status_changed_at = timezone.now()
    profile.save(update_fields=["investor_status", "investor_status_changed_at", "updated_at"])
    return True


def set_investor_verified(profile, verified):
    profile.investor_status = InvestorStatus.VERIFIED if verified else InvestorStatus.REVOKED
    profile.investor_status_changed_at = timezone.now()
    profile.save(update_fields=["investor_status", "investor_status_changed_at", "updated_at"])


# --- Your data -----------------------------------------------------------------------

# Later apps (registrations, applications, contact requests, subscriptions) add a function
# here that takes the user and returns (section name, JSON-serialisable data).
EXPORT_SECTIONS = []


def export_sections(function):
    EXPORT_SECTIONS.append(function)
    return function


@export_sections
def _account_section(user):
    from allauth.account.models import EmailAddress

    return "account", {
        "email": user.email,
        "language_of_emails": email_language(user),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user)
        ],
    }


@export_sections
def _profile_section(user):
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return "profile", None
    data = {field: field_value(profile, field) for field in PROFILE_FIELD_DEFAULTS}
    data["photo"] = profile.photo.name or None
    data.update(
        public_id=str(profile.public_id),
        visibility={field: profile.visibility_of(field) for field in PROFILE_FIELD_DEFAULTS},
        listed_in_directory=profile.listed_in_directory,
        agrees_to_be_contacted=profile.agrees_to_be_contacted,
        alerts_by_email=profile.alerts_by_email,
        investor_status=profile.investor_status,
        created_at=profile.created_at.isoformat(),
        updated_at=profile.updated_at.isoformat(),
    )
    return "profile", data


def export_member_data(user):
    """Everything the portal holds about ``user``, as one JSON document (a string)."""
    document = {
        "exported_at": timezone.now().isoformat(),
        "portal": "Diaspora Connect",
    }
    for section in EXPORT_SECTIONS:
        name, data = section(user)
        document[name] = data
    return json.dumps(document, indent=2, ensure_ascii=False, default=str)


# Later apps add a function here that anonymises or removes what they hold about a user
# before the account goes (registrations keep counting, without the person).
DELETION_STEPS = []


def deletion_steps(function):
    DELETION_STEPS.append(function)
    return function


@deletion_steps
def _remove_sessions(user):
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()


@deletion_steps
def _remove_profile(user):
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return
    if profile.photo:
        photo = profile.photo
        transaction.on_commit(lambda: photo.storage.delete(photo.name))
    skills = list(profile.skills.all())
    profile.skills.clear()
    profile.delete()
    _delete_unused_tags(skills)


def _delete_unused_tags(tags):
    """A skill only this member used could identify them: it goes with them."""
    from taggit.models import Tag

    relations = [rel for rel in Tag._meta.related_objects if rel.related_model is not None]
    for tag in tags:
        in_use = any(
            rel.related_model._default_manager.filter(**{rel.field.name: tag}).exists()
            for rel in relations
        )
        if not in_use:
            tag.delete()


def delete_account(user):
    """Remove the account and every piece of personal data; anonymise what must stay."""
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        for step in DELETION_STEPS:
            step(user)
        user.delete()


_PROFILE_ADDRESS = {}  # (language, script prefix) → the address before and after the id
_ANY_ID = uuid.UUID(int=0)


def profile_url(public_id):
    """The address of a member's profile page: ``reverse("members:profile")``, which
    costs about 65 µs, made once per language and put around each id (a directory page
    links twenty profiles, the API as many)."""
    key = (translation.get_language(), get_script_prefix())
    around = _PROFILE_ADDRESS.get(key)
    if around is None:
        around = reverse("members:profile", args=[_ANY_ID]).split(str(_ANY_ID))
        _PROFILE_ADDRESS[key] = around
    before, after = around
    return f"{before}{uuid.UUID(str(public_id))}{after}"
