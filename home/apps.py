from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        # newsletter adds its section to the member's data export and its step to account
        # deletion; alerts e-mails an alert when it is published.
        from home import alerts, newsletter  # noqa: F401

        alerts.connect()
