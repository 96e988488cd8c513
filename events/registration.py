"""The one registration engine for events (and, next, course cohorts and programmes).

Every change happens in one transaction that first locks the offering's row
(``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the IMMEDIATE transaction mode takes
the database's write lock at the start of the transaction, which serialises the same way).
So two people can never take the last place together, and a place freed by a cancellation
goes to the first person waiting, in the same transaction.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import ACTIVE_STATUSES, Offering, Registration, RegistrationStatus
from portal.cache import schedule_purge


@dataclass
class Outcome:
    ok: bool
    message: str
    registration: Registration | None = None


def _lock(offering_id):
    return Offering.objects.select_for_update().select_related("page").get(pk=offering_id)


def confirmed_count(offering):
    return offering.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def sync_offering(event):
    """Keep the event's offering (its lockable row) in step with the page's fields."""
    with transaction.atomic():
        offering, _created = Offering.objects.get_or_create(page_id=event.pk)
        offering = _lock(offering.pk)
        offering.capacity = event.capacity
        offering.waiting_list = event.waiting_list
        offering.opens_at = event.registration_opens
        offering.closes_at = event.registration_closes
        offering.starts_at = event.start
        offering.save()
        _promote_waiting(offering)


def refusal(offering, user, now):
    """Why ``user`` cannot register now, or None."""
    page = offering.page
    if not page.live:
        return _("This event is not published.")
    if offering.opens_at and now < offering.opens_at:
        return _("Registration has not opened yet.")
    if offering.closes_at and now > offering.closes_at:
        return _("Registration is closed.")
    if offering.starts_at and now >= offering.starts_at:
        return _("This event has already started.")
    return None


def register(offering_id, user, now=None):
    """Give ``user`` a place, or a place on the waiting list, or a clear refusal."""
    now = now or timezone.now()
    with transaction.atomic():
        offering = _lock(offering_id)
        reason = refusal(offering, user, now)
        if reason:
            return Outcome(False, reason)
        existing = offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).first()
        if existing:
            return Outcome(False, _("You are already registered."), existing)
        if offering.capacity is None or confirmed_count(offering) < offering.capacity:
            status, message = RegistrationStatus.CONFIRMED, _("Your place is confirmed.")
        elif offering.waiting_list:
            status = RegistrationStatus.WAITLISTED
            message = _("The event is full: you are on the waiting list.")
        else:
            return Outcome(False, _("The event is full."))
        registration = Registration.objects.create(offering=offering, user=user, status=status)
        schedule_purge()  # anonymous visitors see the places left
        _notify(registration)
    return Outcome(True, message, registration)


def cancel(registration_id, user):
    """Cancel ``user``'s own registration; the first person waiting takes a freed place."""
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
        _cancel_locked(registration, offering)
    return Outcome(True, _("Your registration is cancelled."), registration)


def _cancel_locked(registration, offering):
    registration.status = RegistrationStatus.CANCELLED
    registration.save(update_fields=["status", "updated_at"])
    _notify(registration)
    _promote_waiting(offering)
    schedule_purge()


def _notify(registration, kind=None):
    """E-mail the person about their registration's new state, once the change commits."""
    from events import notifications

    kind = kind or registration.status
    transaction.on_commit(lambda: notifications.send(kind, registration.pk))


# --- Editor actions (the admin's registrations view) ---------------------------------


def editor_add(offering_id, user, now=None):
    """An editor registers someone: the same rules as the member's own registration,
    except the opening window (an editor may add people before it opens or after it closes).
    """
    now = now or timezone.now()
    with transaction.atomic():
        offering = _lock(offering_id)
        if not offering.page.live:
            return Outcome(False, _("This event is not published."))
        if offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).exists():
            return Outcome(False, _("This person is already registered."))
        if offering.capacity is None or confirmed_count(offering) < offering.capacity:
            status = RegistrationStatus.CONFIRMED
        elif offering.waiting_list:
            status = RegistrationStatus.WAITLISTED
        else:
            return Outcome(False, _("The event is full."))
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
        if registration.status not in ACTIVE_STATUSES:
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
        if registration.status != RegistrationStatus.WAITLISTED:
            return Outcome(False, _("This person is not on the waiting list."), registration)
        if offering.capacity is not None and confirmed_count(offering) >= offering.capacity:
            return Outcome(
                False, _("No place is free. Add places to the event first."), registration
            )
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        schedule_purge()
        _notify(registration, "promoted")
    return Outcome(True, _("The person now has a confirmed place."), registration)


def _promote_waiting(offering):
    """Confirm people from the waiting list, first come first served, while places are free.

    Call it with the offering locked.
    """
    waiting = offering.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by(
        "created_at", "pk"
    )
    if offering.capacity is None:
        free = None
    else:
        free = max(offering.capacity - confirmed_count(offering), 0)
    promoted = list(waiting if free is None else waiting[:free])
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        _notify(registration, "promoted")
    return promoted


def waiting_position(registration):
    """1 for the first person waiting."""
    earlier = registration.offering.registrations.filter(
        status=RegistrationStatus.WAITLISTED
    ).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return earlier.count() + 1


def active_registration(offering, user):
    if not user.is_authenticated:
        return None
    return offering.registrations.filter(user=user, status__in=ACTIVE_STATUSES).first()
