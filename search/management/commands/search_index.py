"""Manage what the directory's search holds: ``rebuild``, ``update`` or ``status``."""

import sys

from django.core.management.base import BaseCommand
from django.db.models import Count

from portal.cache import purge_page_cache
from search.models import SearchRecord
from search.registry import SOURCES


class Command(BaseCommand):
    help = (
        "rebuild: empty the search and index every item again; update: index every item "
        "again in place (search keeps working); status: how many records each kind has."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])
        parser.add_argument("--kind", choices=sorted(SOURCES), help="Only this kind of item.")

    def handle(self, *args, action, kind=None, **options):
        kinds = [kind] if kind else sorted(SOURCES)
        if action == "status":
            self.status(kinds)
            return
        for name in kinds:
            source = SOURCES[name]
            if action == "rebuild":
                SearchRecord.objects.filter(kind=name).delete()
            ids = list(source.ids())
            for done, item_id in enumerate(ids, 1):
                source.index(item_id)
                self.progress(name, done, len(ids))
            if sys.stdout.isatty():
                self.stdout.write("")
            self.stdout.write(self.style.SUCCESS(f"{name}: {len(ids)} item(s) indexed."))
        purge_page_cache()
        self.status(kinds)

    def progress(self, name, done, total, width=30):
        """A bar redrawn in place on a terminal; every tenth of the way in a log."""
        tenth = max(total // 10, 1)
        interactive = sys.stdout.isatty()
        if not interactive and done % tenth and done != total:
            return
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        line = f"{name:<14} [{bar}] {done}/{total}"
        if interactive:
            self.stdout.write(f"\r{line}", ending="")
            self.stdout.flush()
        else:
            self.stdout.write(line)

    def status(self, kinds):
        rows = (
            SearchRecord.objects.filter(kind__in=kinds)
            .values("kind", "audience")
            .annotate(records=Count("pk"))
            .order_by("kind", "audience")
        )
        counts = {(row["kind"], row["audience"]): row["records"] for row in rows}
        for name in kinds:
            public = counts.get((name, "public"), 0)
            members = counts.get((name, "members"), 0)
            self.stdout.write(f"{name}: {public} public record(s), {members} for members")
