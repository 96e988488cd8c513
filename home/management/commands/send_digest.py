"""E-mail every confirmed newsletter subscriber what is new for them.

Run it periodically, for example weekly from cron:
``0 7 * * 1 cd /srv/portal && .venv/bin/python manage.py send_digest``. Each item goes to
each subscriber once, however often it runs and even if a run stops half way.
"""

from django.core.management.base import BaseCommand

from home.digest import send_digests


class Command(BaseCommand):
    help = (
        "E-mail every confirmed newsletter subscriber the news, events, courses, "
        "programmes, resources and opportunities published since their last digest that "
        "match their topics and countries. Each item is sent to a subscriber once, even if "
        "the command runs twice or stops half way; subscribers with nothing new get "
        "nothing. Also removes subscriptions left unconfirmed for 30 days. Run it weekly "
        "(or daily) from cron."
    )

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(self.style.SUCCESS(f"{sent} digest e-mail(s) sent."))
