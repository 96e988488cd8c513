"""Background tasks of the home app, on the portal's own task backend ("portal")."""

from django_tasks import task


@task(backend="portal")
def send_newsletter_notice(kind, subscriber_id):
    """E-mail a confirmation link ("confirm") or an "already subscribed" reminder with the
    preferences link ("already_subscribed"). See ``home.newsletter``."""
    from home import newsletter

    return newsletter.deliver_notice(kind, subscriber_id)


@task(backend="portal")
def send_alert_emails(alert_id):
    """E-mail a published alert to the members it is for (see ``home.alerts``)."""
    from home import alerts

    return alerts.send(alert_id)
