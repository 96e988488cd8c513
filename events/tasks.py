"""Background tasks of the events app, on the portal's own task backend ("portal")."""

from django_tasks import task


@task(backend="portal")
def send_registration_email(kind, registration_id):
    """E-mail a member about their registration (see ``events.notifications``).

    The arguments are plain JSON values: the registration is loaded again when the task
    runs, and nothing is sent if it is gone or its member deleted their account.
    """
    from events import notifications

    return notifications.deliver(kind, registration_id)
