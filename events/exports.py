"""What the events app adds to a member's data export, dashboard and account deletion."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from events.models import ApplicationFile, OfferingKind, Registration, RegistrationStatus
from members.services import deletion_steps, export_sections


def _of(user):
    return (
        Registration.objects.filter(user=user)
        .select_related("offering__page")
        .order_by(F("offering__starts_at").desc(nulls_last=True), "-created_at")
    )


def registrations_of(user):
    """The member's event and course places, latest dates first."""
    return _of(user).exclude(offering__kind=OfferingKind.PROGRAMME)


def upcoming_first(user, now=None):
    """The member's places not cancelled: upcoming (and self-paced) soonest first, then
    the past ones, latest first."""
    now = now or timezone.now()
    places = list(registrations_of(user).exclude(status=RegistrationStatus.CANCELLED))
    upcoming = [r for r in places if not r.offering.ends_at or r.offering.ends_at >= now]
    past = [r for r in places if r not in upcoming]
    upcoming.sort(key=lambda r: (r.offering.starts_at is None, r.offering.starts_at or now))
    return upcoming + past


def applications_of(user):
    """The member's programme applications, newest first."""
    return (
        _of(user)
        .filter(offering__kind=OfferingKind.PROGRAMME)
        .prefetch_related("files")
        .order_by("-created_at")
    )


def _when(moment):
    return moment.isoformat() if moment else None


@export_sections
def registrations_section(user):
    return "registrations", [
        {
            "title": registration.offering.title,
            "kind": registration.offering.kind,
            "starts_at": _when(registration.offering.starts_at),
            "status": registration.status,
            "registered_at": _when(registration.created_at),
            "updated_at": _when(registration.updated_at),
        }
        for registration in registrations_of(user)
    ]


@export_sections
def applications_section(user):
    return "applications", [
        {
            "programme": application.offering.title,
            "status": application.status,
            "answers": application.answers,
            "files": [attachment.original_name for attachment in application.files.all()],
            "decision_message": application.decision_message,
            "applied_at": _when(application.created_at),
            "decided_at": _when(application.decided_at),
        }
        for application in applications_of(user)
    ]


@deletion_steps
def _forget_applications(user):
    """Registrations stay (they count places) without the person: their answers, the
    editors' messages to them and their uploaded files go."""
    files = list(ApplicationFile.objects.filter(registration__user=user))
    for attachment in files:
        name, storage = attachment.file.name, attachment.file.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
    ApplicationFile.objects.filter(registration__user=user).delete()
    Registration.objects.filter(user=user).update(answers=[], decision_message="")
