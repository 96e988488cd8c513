"""E-mail verified investors the new matches of their saved opportunity searches.

Run it periodically (cron, a systemd timer or a scheduler), for example daily. Each
opportunity is reported once per saved search, however often it runs.
"""

from django.core.management.base import BaseCommand

from directory.saved_searches import send_digests


class Command(BaseCommand):
    help = "E-mail verified investors the opportunities newly matching their saved searches."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(self.style.SUCCESS(f"{sent} digest e-mail(s) sent."))
