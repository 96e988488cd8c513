"""The one registration engine for events, course cohorts and engagement programmes.

Every change happens in one transaction that first locks the offering's row
(``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the IMMEDIATE transaction mode takes
the database's write lock at the start of the transaction, which serialises the same way).
So two people can never take the last place together, and a place freed by a cancellation
goes to the first person waiting, in the same transaction.

Events and courses: register → confirmed or waitlisted → cancelled.
Programmes: apply → applied → shortlisted → accepted or declined; the applicant may
withdraw at any point. An accepted application takes one of the programme's places.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.models import (
    ACTIVE_STATUSES,
    HOLDS_PLACE,
    Eligibility,
    Offering,
    OfferingKind,
    Registration,
    RegistrationStatus,
)
from portal.cache import schedule_purge

S = RegistrationStatus

# Which decision an editor may take on an application, from which states.
DECISIONS = {
    S.SHORTLISTED: {S.APPLIED},
    S.ACCEPTED: {S.APPLIED, S.SHORTLISTED},
    S.DECLINED: {S.APPLIED, S.SHORTLISTED, S.ACCEPTED},
}


@dataclass
class Outcome:
    ok: bool
    message: str
    registration: Registration | None = None


def _lock(offering_id):
    return Offering.objects.select_for_update().select_related("page").get(pk=offering_id)


def confirmed_count(offering):
    """How many of the offering's places are taken (confirmed places, accepted applicants)."""
    return offering.registrations.filter(status__in=HOLDS_PLACE).count()


def capacity_problem(offering, capacity):
    """Why ``capacity`` places are too few for the people already holding one, or None."""
    if capacity is None or offering is None:
        return None
    held = confirmed_count(offering)
    if capacity >= held:
        return None
    return ngettext(
        "%(count)s person already has a confirmed place. Cancel the registration first, or "
        "keep at least %(count)s place.",
        "%(count)s people already have a confirmed place. Cancel registrations first, or "
        "keep at least %(count)s places.",
        held,
    ) % {"count": held}


# --- Keeping offerings in step with their pages ---------------------------------------

OFFERING_DEFAULTS = {
    "label": "",
    "capacity": None,
    "waiting_list": True,
    "opens_at": None,
    "closes_at": None,
    "starts_at": None,
    "ends_at": None,
}


def sync_offerings(page):
    """Create or update the page's offerings (their lockable rows) from its fields.

    A date or cohort removed from the page keeps its offering, inactive, with its
    registrations; raising the places confirms people waiting, first come first served.
    """
    specs = page.offering_specs()
    with transaction.atomic():
        for key, values in specs.items():
            offering, _created = Offering.objects.get_or_create(page_id=page.pk, key=key)
            offering = _lock(offering.pk)
            for field, value in {**OFFERING_DEFAULTS, **values}.items():
                setattr(offering, field, value)
            offering.is_active = True
            offering.save()
            _promote_waiting(offering)
        Offering.objects.filter(page_id=page.pk, is_active=True).exclude(key__in=specs).update(
            is_active=False
        )


# --- Who may sign up, and when ---------------------------------------------------------


def _started_message(kind):
    if kind == OfferingKind.COURSE:
        return _("This cohort has already started.")
    return _("This event has already started.")


def _full_message(kind):
    if kind == OfferingKind.COURSE:
        return _("This course is full.")
    return _("The event is full.")


def eligibility_refusal(offering, user):
    """Why ``user`` may not sign up for ``offering`` at all, or None."""
    if offering.who_may_register == Eligibility.VERIFIED_INVESTORS:
        from members.models import InvestorStatus, Profile

        verified = Profile.objects.filter(
            user=user, investor_status=InvestorStatus.VERIFIED
        ).exists()
        if not verified:
            return _(
                "Only verified investors may sign up. You can ask to be verified from your "
                "dashboard."
            )
    return None


def refusal(offering, user, now):
    """Why ``user`` cannot sign up now, or None."""
    if not offering.page.live:
        return _("This page is not published.")
    if not offering.is_active:
        return _("These dates are no longer offered.")
    if offering.opens_at and now < offering.opens_at:
        if offering.kind == OfferingKind.PROGRAMME:
            return _("Applications have not opened yet.")
        return _("Registration has not opened yet.")
    if offering.closes_at and now > offering.closes_at:
        if offering.kind == OfferingKind.PROGRAMME:
            return _("The application deadline has passed.")
        return _("Registration is closed.")
    if offering.starts_at and now >= offering.starts_at:
        return _started_message(offering.kind)
    if user.is_authenticated:
        return eligibility_refusal(offering, user)
    return None


# --- Events and courses ---------------------------------------------------------------


def _new_place_status(offering):
    """(status, message) for a new sign-up, or (None, refusal) when full without a list."""
    if offering.capacity is None or confirmed_count(offering) < offering.capacity:
        return S.CONFIRMED, _("Your place is confirmed.")
    if offering.waiting_list:
        return S.WAITLISTED, _("It is full: you are on the waiting list.")
    return None, _full_message(offering.kind)


def register(offering_id, user, now=None):
    """Give ``user`` a place, or a place on the waiting list, or a clear refusal."""
    now = now or timezone.now()
    with transaction.atomic():
        offering = _lock(offering_id)
        if offering.kind == OfferingKind.PROGRAMME:
            return Outcome(False, _("Please apply with the form on the programme's page."))
        reason = refusal(offering, user, now)
        if reason:
            return Outcome(False, reason)
        existing = offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).first()
        if existing:
            return Outcome(False, _("You are already registered."), existing)
        status, message = _new_place_status(offering)
        if status is None:
            return Outcome(False, message)
        registration = Registration.objects.create(offering=offering, user=user, status=status)
        schedule_purge()  # anonymous visitors see the places left
        _notify(registration)
    return Outcome(True, message, registration)


def cancel(registration_id, user):
    """Cancel ``user``'s own registration, or withdraw their application; the first person
    waiting takes a freed place."""
    offering_id = (
        Registration.objects.filter(pk=registration_id, user=user)
        .values_list("offering_id", flat=True)
        .first()
    )
    if offering_id is None:
        return Outcome(False, _("There is no such registration."))
    with transaction.atomic():
        offering = _lock(offering_id)
        registration = offering.registrations.filter(pk=registration_id, user=user).first()
        if registration is None or registration.status not in ACTIVE_STATUSES:
            return Outcome(False, _("This registration is already cancelled."), registration)
        if offering.kind == OfferingKind.PROGRAMME:
            _set_status(registration, S.WITHDRAWN)
            _promote_waiting(offering)
            return Outcome(True, _("Your application is withdrawn."), registration)
        _cancel_locked(registration, offering)
    return Outcome(True, _("Your registration is cancelled."), registration)


def _set_status(registration, status, **fields):
    registration.status = status
    for name, value in fields.items():
        setattr(registration, name, value)
    registration.save(update_fields=["status", "updated_at", *fields])
    schedule_purge()
    _notify(registration)


def _cancel_locked(registration, offering):
    _set_status(registration, S.CANCELLED)
    _promote_waiting(offering)


def _notify(registration, kind=None):
    """E-mail the person about their registration's new state, once the change commits."""
    from events import notifications

    kind = kind or registration.status
    transaction.on_commit(lambda: notifications.send(kind, registration.pk))


# --- Programmes -----------------------------------------------------------------------


def apply(offering_id, user, answers, files=(), now=None):
    """Record ``user``'s application with its ``answers`` and uploaded ``files``
    ([(question id, UploadedFile)], already validated), or a clear refusal.

    All or nothing: a failure removes any file already stored.
    """
    from events.models import ApplicationFile

    now = now or timezone.now()
    stored = []
    try:
        with transaction.atomic():
            offering = _lock(offering_id)
            if offering.kind != OfferingKind.PROGRAMME:
                return Outcome(False, _("This is not a programme you can apply to."))
            reason = refusal(offering, user, now)
            if reason:
                return Outcome(False, reason)
            existing = offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).first()
            if existing:
                return Outcome(False, _("You have already applied."), existing)
            registration = Registration.objects.create(
                offering=offering, user=user, status=S.APPLIED, answers=list(answers)
            )
            for question_id, upload in files:
                attachment = ApplicationFile(
                    registration=registration,
                    question_id=question_id,
                    original_name=upload.name[-200:],
                    size=upload.size,
                    content_type=getattr(upload, "content_type", "") or "",
                )
                attachment.file.save(upload.name, upload, save=False)
                stored.append(attachment.file)
                attachment.save()
            schedule_purge()
            _notify(registration)
    except BaseException:
        for file in stored:
            file.storage.delete(file.name)
        raise
    return Outcome(True, _("Your application is received."), registration)


def decide(registration_id, status, message="", now=None):
    """An editor shortlists, accepts or declines an application; the applicant is told,
    with the editor's ``message``."""
    now = now or timezone.now()
    if status not in DECISIONS:
        return Outcome(False, _("Unknown decision."))
    with transaction.atomic():
        offering_id = Registration.objects.values_list("offering_id", flat=True).get(
            pk=registration_id
        )
        offering = _lock(offering_id)
        registration = offering.registrations.get(pk=registration_id)
        if registration.status not in DECISIONS[status]:
            return Outcome(
                False,
                _("An application that is “%(current)s” cannot become “%(new)s”.")
                % {
                    "current": registration.get_status_display(),
                    "new": S(status).label,
                },
                registration,
            )
        if (
            status == S.ACCEPTED
            and offering.capacity is not None
            and confirmed_count(offering) >= offering.capacity
        ):
            return Outcome(
                False,
                ngettext(
                    "The programme's only place is taken. Decline someone first, or add "
                    "places to the programme.",
                    "All %(count)s places are taken. Decline someone first, or add places to "
                    "the programme.",
                    offering.capacity,
                )
                % {"count": offering.capacity},
                registration,
            )
        _set_status(registration, status, decision_message=message.strip(), decided_at=now)
    return Outcome(
        True,
        _("The application is now “%(status)s”; the applicant is told by e-mail.")
        % {"status": registration.get_status_display()},
        registration,
    )


# --- Editor actions (the admin's registrations view) ---------------------------------


def editor_add(offering_id, user, now=None):
    """An editor registers someone: the same rules as the member's own registration,
    except the opening window (an editor may add people before it opens or after it closes).
    """
    with transaction.atomic():
        offering = _lock(offering_id)
        if offering.kind == OfferingKind.PROGRAMME:
            return Outcome(False, _("Applicants apply themselves, with the programme's form."))
        if not offering.page.live:
            return Outcome(False, _("This page is not published."))
        if offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).exists():
            return Outcome(False, _("This person is already registered."))
        status, message = _new_place_status(offering)
        if status is None:
            return Outcome(False, message)
        registration = Registration.objects.create(offering=offering, user=user, status=status)
        schedule_purge()
        _notify(registration)
    return Outcome(
        True,
        _("Registered: %(status)s.") % {"status": registration.get_status_display()},
        registration,
    )


def editor_cancel(registration_id):
    with transaction.atomic():
        offering_id = Registration.objects.values_list("offering_id", flat=True).get(
            pk=registration_id
        )
        offering = _lock(offering_id)
        registration = offering.registrations.get(pk=registration_id)
        if registration.status not in (S.CONFIRMED, S.WAITLISTED):
            return Outcome(False, _("This registration is already cancelled."), registration)
        _cancel_locked(registration, offering)
    return Outcome(True, _("The registration is cancelled."), registration)


def move_from_waiting_list(registration_id):
    """Confirm one person waiting, out of turn, when a place is free."""
    with transaction.atomic():
        offering_id = Registration.objects.values_list("offering_id", flat=True).get(
            pk=registration_id
        )
        offering = _lock(offering_id)
        registration = offering.registrations.get(pk=registration_id)
        if registration.status != S.WAITLISTED:
            return Outcome(False, _("This person is not on the waiting list."), registration)
        if offering.capacity is not None and confirmed_count(offering) >= offering.capacity:
            return Outcome(False, _("No place is free. Add places first."), registration)
        registration.status = S.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        schedule_purge()
        _notify(registration, "promoted")
    return Outcome(True, _("The person now has a confirmed place."), registration)


def _promote_waiting(offering):
    """Confirm people from the waiting list, first come first served, while places are free.

    Call it with the offering locked.
    """
    waiting = offering.registrations.filter(status=S.WAITLISTED).order_by("created_at", "pk")
    if offering.capacity is None:
        free = None
    else:
        free = max(offering.capacity - confirmed_count(offering), 0)
    promoted = list(waiting if free is None else waiting[:free])
    for registration in promoted:
        registration.status = S.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        _notify(registration, "promoted")
    return promoted


# --- What a member sees ----------------------------------------------------------------


def waiting_position(registration):
    """1 for the first person waiting."""
    earlier = registration.offering.registrations.filter(status=S.WAITLISTED).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return earlier.count() + 1


def active_registration(offering, user):
    if not user.is_authenticated:
        return None
    return offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).first()


@dataclass
class Slot:
    """One offering of a page as one member sees it: its dates, places, their state."""

    offering: Offering
    mine: Registration | None
    position: int | None
    places_left: int | None
    refusal: str | None

    @property
    def full(self):
        return self.places_left == 0

    @property
    def closed_when_full(self):
        return self.full and not self.offering.waiting_list


def slots(page, user, now=None):
    """Every active offering of ``page``, soonest first, with ``user``'s registration."""
    now = now or timezone.now()
    offerings = list(
        Offering.objects.filter(page_id=page.pk, is_active=True)
        .select_related("page")
        .annotate(held=Count("registrations", filter=Q(registrations__status__in=HOLDS_PLACE)))
        .order_by("starts_at", "pk")
    )
    mine = {}
    if user.is_authenticated and offerings:
        for registration in Registration.objects.filter(
            offering__in=offerings, user=user, status__in=ACTIVE_STATUSES
        ).select_related("offering"):
            mine[registration.offering_id] = registration
    result = []
    for offering in offerings:
        registration = mine.get(offering.pk)
        result.append(
            Slot(
                offering=offering,
                mine=registration,
                position=waiting_position(registration)
                if registration and registration.status == S.WAITLISTED
                else None,
                places_left=None
                if offering.capacity is None
                else max(offering.capacity - offering.held, 0),
                refusal=None if registration else refusal(offering, user, now),
            )
        )
    return result
