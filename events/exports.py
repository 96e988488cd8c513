"""What the events app adds to a member's data export and dashboard."""

from events.models import Registration
from members.services import export_sections


def registrations_of(user):
    """The member's registrations, upcoming events first, then the past ones."""
    return (
        Registration.objects.filter(user=user)
        .select_related("offering__page")
        .order_by("-offering__starts_at")
    )


@export_sections
def registrations_section(user):
    return "registrations", [
        {
            "event": registration.offering.page.title,
            "starts_at": registration.offering.starts_at.isoformat()
            if registration.offering.starts_at
            else None,
            "status": registration.status,
            "registered_at": registration.created_at.isoformat(),
            "updated_at": registration.updated_at.isoformat(),
        }
        for registration in registrations_of(user)
    ]
