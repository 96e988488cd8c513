from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.models import User
from portal.demo import DEMO_USERS, DemoLoader, demo_password


class Command(BaseCommand):
    help = "Build the demo site (pages, translations, news, settings, demo users). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has users (used by `make run`).",
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError(
                "Refusing to load demo data: these settings do not allow it "
                f"({settings.SETTINGS_MODULE}). Demo data is for development and tests only."
            )
        if options["if_empty"] and User.objects.exists():
            self.stdout.write("The database already has content; demo data not loaded.")
            return
        created = DemoLoader(log=self.stdout.write).run()
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {summary}."))
        else:
            self.stdout.write("Demo data is already loaded; nothing changed.")
        self.stdout.write(f"\nDemo logins (password: {_password_hint()}):")
        for email, _first, _last, role in DEMO_USERS:
            self.stdout.write(f"  {role:<14} {email}")
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Site: {base}/   Admin: {base}/admin/")


def _password_hint():
    return "from DEMO_PASSWORD" if demo_password() != "portal-demo" else "portal-demo"
