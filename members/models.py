"""The portal's user: an e-mail address is the login; there are no usernames."""

import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # A code of settings.LANGUAGES (not choices here: the languages are configured per
    # deployment); empty or no longer offered means the portal's default language.
    language = models.CharField(
        _("language of e-mails"),
        max_length=15,
        blank=True,
        help_text=_("The language of the e-mails the portal sends this member."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)


def private_storage():
    """Files no URL serves directly (profile photos): views check who may see them."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url="/private-files/")


def photo_path(instance, filename):
    return f"profile-photos/{instance.public_id}-{uuid.uuid4().hex[:8]}.jpg"


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")
    PRIVATE = "private", _("Only me")


# Every profile field a member controls, with who sees it unless the member chooses.
PROFILE_FIELD_DEFAULTS = {
    "display_name": Visibility.PUBLIC,
    "headline": Visibility.PUBLIC,
    "bio": Visibility.PUBLIC,
    "photo": Visibility.MEMBERS,
    "country_of_origin": Visibility.PUBLIC,
    "country_of_residence": Visibility.MEMBERS,
    "city": Visibility.MEMBERS,
    "languages": Visibility.PUBLIC,
    "sectors": Visibility.PUBLIC,
    "skills": Visibility.PUBLIC,
    "years_of_experience": Visibility.MEMBERS,
    "organisation": Visibility.PUBLIC,
    "links": Visibility.MEMBERS,
    "open_to": Visibility.PUBLIC,
}

OPEN_TO = [
    ("open_to_mentoring", _("Mentoring")),
    ("open_to_speaking", _("Speaking")),
    ("open_to_volunteering", _("Volunteering")),
    ("open_to_investing", _("Investing")),
    ("open_to_return", _("A return or temporary assignment at home")),
]


def default_visibility():
    return {name: str(level) for name, level in PROFILE_FIELD_DEFAULTS.items()}


class ProfileSkill(TaggedItemBase):
    content_object = models.ForeignKey(
        "members.Profile", on_delete=models.CASCADE, related_name="tagged_skills"
    )


class InvestorStatus(models.TextChoices):
    NONE = "", _("Not requested")
    REQUESTED = "requested", _("Verification requested")
    VERIFIED = "verified", _("Verified investor")
    REVOKED = "revoked", _("Verification revoked")


class Profile(models.Model):
    """A member's professional profile. Each field has its own visibility (``visibility``)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    headline = models.CharField(
        _("headline"),
        max_length=120,
        blank=True,
        help_text=_("One line, for example: Cardiologist and medical educator"),
    )
    bio = models.TextField(_("short biography"), max_length=1500, blank=True)
    photo = models.ImageField(_("photo"), upload_to=photo_path, storage=private_storage, blank=True)
    country_of_origin = CountryField(_("country of origin"), blank=True)
    country_of_residence = CountryField(_("country of residence"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    sectors = models.ManyToManyField(
        "portal.Sector", verbose_name=_("sectors of expertise"), blank=True
    )
    skills = TaggableManager(
        verbose_name=_("skills"), through=ProfileSkill, blank=True, help_text=_("Comma-separated")
    )
    years_of_experience = models.PositiveSmallIntegerField(
        _("years of experience"), null=True, blank=True, validators=[MaxValueValidator(70)]
    )
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    links = models.JSONField(_("links"), default=list, blank=True)
    open_to_mentoring = models.BooleanField(_("mentoring"), default=False)
    open_to_speaking = models.BooleanField(_("speaking"), default=False)
    open_to_volunteering = models.BooleanField(_("volunteering"), default=False)
    open_to_investing = models.BooleanField(_("investing"), default=False)
    open_to_return = models.BooleanField(_("a return or temporary assignment"), default=False)

    visibility = models.JSONField(_("who sees each field"), default=default_visibility)
    listed_in_directory = models.BooleanField(
        _("list me in the directory"),
        default=False,
        help_text=_("Other people find you in the directory only when this is ticked."),
    )
    agrees_to_be_contacted = models.BooleanField(
        _("the office may contact me about programmes and opportunities"), default=False
    )
    alerts_by_email = models.BooleanField(
        _("e-mail me the office's alerts for my country of residence"), default=False
    )
    investor_status = models.CharField(
        _("investor verification"),
        max_length=20,
        choices=InvestorStatus.choices,
        default=InvestorStatus.NONE,
        blank=True,
    )
    investor_status_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["display_name", "pk"]
        permissions = [("verify_investor", "Can verify or revoke investors")]

    def __str__(self):
        return self.display_name or str(_("Member %(id)s")) % {"id": self.pk}

    @property
    def is_verified_investor(self):
        return self.investor_status == InvestorStatus.VERIFIED

    def visibility_of(self, field):
        level = (self.visibility or {}).get(field)
        if level not in Visibility.values:
            level = PROFILE_FIELD_DEFAULTS[field]
        return level

    @property
    def open_to(self):
        return [label for name, label in OPEN_TO if getattr(self, name)]
