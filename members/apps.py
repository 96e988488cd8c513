from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from allauth.account.signals import user_signed_up

        from members.services import remember_signup_language

        user_signed_up.connect(remember_signup_language, dispatch_uid="members-signup-language")
