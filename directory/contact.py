"""Contact without exposure: requests, answers, blocks and reports.

A member (or investor) asks to be put in touch with a professional, or expresses interest
in an opportunity to its sponsor. The recipient is e-mailed, without the sender's address,
and accepts or declines from their dashboard. Only on acceptance does each receive the
other's e-mail address. Senders are rate limited; a recipient can block a sender and
report a request to the moderators.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory.models import AbuseReport, ContactBlock, ContactRequest, ContactStatus
from members.services import dashboard_url, email_language, export_sections

MAX_PER_DAY = 10
MIN_LENGTH = 20
MAX_LENGTH = 1000


@dataclass
class Outcome:
    ok: bool
    message: str
    request: ContactRequest | None = None


def name_of(user):
    """What the other side sees of a member: their display name, never their address."""
    profile = getattr(user, "profile", None)
    if profile is not None and profile.display_name:
        return profile.display_name
    return _("A member of the portal")


def recipient_for(opportunity):
    """Who receives expressions of interest in ``opportunity``: its sponsoring member, or
    the member who proposed its sponsoring organisation; None when nobody can."""
    if opportunity.sponsor_member_id:
        return opportunity.sponsor_member
    organisation = opportunity.sponsor_organisation
    if organisation is not None and organisation.proposed_by_id:
        return organisation.proposed_by
    return None


def can_receive(recipient):
    profile = getattr(recipient, "profile", None)
    return recipient.is_active and profile is not None and profile.listed_in_directory


def send(sender, recipient, message, opportunity=None, now=None):
    now = now or timezone.now()
    message = (message or "").strip()
    if sender.pk == recipient.pk:
        return Outcome(False, _("You cannot contact yourself."))
    if len(message) < MIN_LENGTH:
        return Outcome(
            False,
            _("Please write at least %(count)s characters about why you get in touch.")
            % {"count": MIN_LENGTH},
        )
    if len(message) > MAX_LENGTH:
        return Outcome(
            False, _("Please keep your message under %(count)s characters.") % {"count": MAX_LENGTH}
        )
    if opportunity is None and not can_receive(recipient):
        return Outcome(False, _("This member cannot be contacted."))
    if ContactBlock.objects.filter(blocker=recipient, blocked=sender).exists():
        # The same answer as above: a sender never learns that they are blocked.
        return Outcome(False, _("This member cannot be contacted."))
    since = now - datetime.timedelta(days=1)
    if ContactRequest.objects.filter(sender=sender, created_at__gte=since).count() >= MAX_PER_DAY:
        return Outcome(
            False,
            _("You have sent %(count)s requests in the last 24 hours. Please try again later.")
            % {"count": MAX_PER_DAY},
        )
    try:
        with transaction.atomic():
            request = ContactRequest.objects.create(
                sender=sender, recipient=recipient, opportunity=opportunity, message=message
            )
    except IntegrityError:
        return Outcome(False, _("You already have a request waiting for this member's answer."))
    transaction.on_commit(lambda: _email(request, "request", request.recipient))
    return Outcome(True, _("Your request is sent. You will get an e-mail when it is answered."))


def respond(request_id, recipient, accept, now=None):
    with transaction.atomic():
        request = (
            ContactRequest.objects.select_for_update()
            .filter(pk=request_id, recipient=recipient)
            .first()
        )
        if request is None:
            return Outcome(False, _("There is no such request."))
        if request.status != ContactStatus.PENDING:
            return Outcome(False, _("This request is already answered."), request)
        request.status = ContactStatus.ACCEPTED if accept else ContactStatus.DECLINED
        request.responded_at = now or timezone.now()
        request.save(update_fields=["status", "responded_at"])
    if accept:
        transaction.on_commit(lambda: _email(request, "accepted", request.sender))
        transaction.on_commit(lambda: _email(request, "accepted", request.recipient))
        return Outcome(True, _("Accepted: you now both have each other's e-mail address."), request)
    transaction.on_commit(lambda: _email(request, "declined", request.sender))
    return Outcome(True, _("Declined. The sender is told, without a reason."), request)


def block(blocker, request_id):
    """Block the sender of one of ``blocker``'s requests; their waiting requests are
    declined."""
    request = ContactRequest.objects.filter(pk=request_id, recipient=blocker).first()
    if request is None:
        return Outcome(False, _("There is no such request."))
    with transaction.atomic():
        ContactBlock.objects.get_or_create(blocker=blocker, blocked=request.sender)
        ContactRequest.objects.filter(
            sender=request.sender, recipient=blocker, status=ContactStatus.PENDING
        ).update(status=ContactStatus.DECLINED, responded_at=timezone.now())
    return Outcome(True, _("Blocked: this sender cannot contact you any more."), request)


def report(reporter, request_id, reason=""):
    """Report a request to the moderators, who are e-mailed; the sender is blocked too."""
    request = ContactRequest.objects.filter(pk=request_id, recipient=reporter).first()
    if request is None:
        return Outcome(False, _("There is no such request."))
    with transaction.atomic():
        abuse = AbuseReport.objects.create(
            reporter=reporter,
            contact_request=request,
            reported_sender=request.sender,
            message=request.message,
            reason=(reason or "").strip()[:MAX_LENGTH],
        )
        block(reporter, request_id)
    transaction.on_commit(lambda: _email_moderators(abuse))
    return Outcome(
        True, _("Reported: the moderators will look at it, and the sender is blocked."), request
    )


def other_party_email(request, viewer):
    """The other side's address, once (and only once) the request is accepted."""
    if request.status != ContactStatus.ACCEPTED:
        return ""
    other = request.recipient if viewer.pk == request.sender_id else request.sender
    return other.email


# --- E-mails --------------------------------------------------------------------------------


def _email(request, kind, to):
    if not to.email:
        return
    other = request.recipient if to.pk == request.sender_id else request.sender
    context = {
        "request": request,
        "kind": kind,
        "name": name_of(to),
        "other_name": name_of(other),
        "other_email": other.email if kind == "accepted" else "",
        "opportunity": request.opportunity,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(email_language(to)):
        context["dashboard_url"] = dashboard_url("contacts")
        subject = " ".join(render_to_string(f"directory/email/{kind}_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(f"directory/email/{kind}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to.email],
        )
        message.attach_alternative(
            render_to_string(f"directory/email/{kind}.html", {**context, "subject": subject}),
            "text/html",
        )
    message.send()


def _email_moderators(abuse):
    moderators = (
        Group.objects.filter(name="Moderators")
        .values_list("user__email", flat=True)
        .exclude(user__email__isnull=True)
    )
    addresses = sorted({address for address in moderators if address})
    if not addresses:
        return
    context = {
        "abuse": abuse,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + f"/admin/snippets/directory/abusereport/edit/{abuse.pk}/",
    }
    with translation.override(settings.LANGUAGE_CODE):
        EmailMultiAlternatives(
            subject=_("A contact request was reported"),
            body=render_to_string("directory/email/report.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=addresses,
        ).send()


def requests_for(user):
    """(received, sent) contact requests of ``user``, newest first, for the dashboard."""
    related = ("sender__profile", "recipient__profile", "opportunity")
    received = list(ContactRequest.objects.filter(recipient=user).select_related(*related)[:50])
    sent = list(ContactRequest.objects.filter(sender=user).select_related(*related)[:50])
    for request in received:
        request.other_name = name_of(request.sender)
        request.other_email = other_party_email(request, user)
    for request in sent:
        request.other_name = name_of(request.recipient)
        request.other_email = other_party_email(request, user)
    return received, sent


@export_sections
def _contact_requests_section(user):
    """The member's own side of each request: the other party by name only, unless
    the request was accepted (as on the dashboard)."""
    received, sent = requests_for(user)
    return "contact_requests", [
        {
            "direction": direction,
            "other_party": request.other_name,
            "other_party_email": request.other_email or None,
            "opportunity": request.opportunity.title if request.opportunity else None,
            "message": request.message,
            "status": request.status,
            "created_at": request.created_at.isoformat(),
        }
        for direction, requests in (("received", received), ("sent", sent))
        for request in requests
    ]
