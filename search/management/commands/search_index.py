"""Manage what the directory's search holds: ``rebuild``, ``update`` or ``status``."""

import contextlib
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from portal.cache import purge_page_cache
from search.backends import get_backend
from search.models import SearchRecord
from search.registry import SOURCES
from search.service import SearchUnavailable, clear


class Command(BaseCommand):
    help = (
        "rebuild: index every item again from scratch (on Elasticsearch into a new index, "
        "switched in when complete, so search keeps working meanwhile); update: index every "
        "item again in place; status: how many records each kind has."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])
        parser.add_argument("--kind", choices=sorted(SOURCES), help="Only this kind of item.")

    def handle(self, *args, action, kind=None, **options):
        kinds = [kind] if kind else sorted(SOURCES)
        backend = get_backend()
        try:
            if action != "status":
                for name in kinds:
                    self.index(backend, action, name)
                purge_page_cache()
            self.status(backend, kinds)
        except SearchUnavailable as error:
            raise CommandError(f"The search backend is unavailable: {error}") from error

    def index(self, backend, action, name):
        source = SOURCES[name]
        rebuilding = action == "rebuild" and hasattr(backend, "rebuild")
        with backend.rebuild(name) if rebuilding else contextlib.nullcontext():
            if action == "rebuild":
                clear(name)
            ids = list(source.ids())
            for done, item_id in enumerate(ids, 1):
                source.index(item_id)
                self.progress(name, done, len(ids))
            if sys.stdout.isatty():
                self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"{name}: {len(ids)} item(s) indexed."))

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

    def status(self, backend, kinds):
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
            line = f"{name}: {public} public record(s), {members} for members"
            if hasattr(backend, "count"):
                index, documents = backend.count(name)
                line += f"; Elasticsearch {index or 'no index'}: {documents} document(s)"
            self.stdout.write(line)
