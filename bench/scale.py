"""Generate and inspect the data of the scale scenario of ``make bench``.

Run by ``bench/run.py`` in a subprocess, with ``DATABASE_URL`` naming the scale database
(``var/bench/scale.sqlite3`` or the PostgreSQL database ``bench_scale``) after ``migrate``
and ``load_demo_data`` (the site, the directory page, the sectors, the organisations)::

    .venv/bin/python bench/scale.py generate --professionals 100000 --opportunities 20000
    .venv/bin/python bench/scale.py status
    .venv/bin/python bench/scale.py words --count 400
    .venv/bin/python bench/scale.py explain '/directory/?q=engineer&origin=NG&language=yo'

``generate`` adds, deterministically (one seed) and with bulk inserts, never one model or
page save at a time:

- ``professionals`` members (User and members.Profile, listed in the directory) drawn
  with the demo members' generator (``portal.demo_members``: varied countries of origin
  and residence, sectors, skills, languages, visibility choices, open-to flags,
  biographies), all with one precomputed password hash;
- ``opportunities`` live, published investment opportunities (directory.Opportunity:
  the demo's twelve kinds of project in ten countries, varied instruments, stages,
  tickets and deadlines; about one in nine closed, one in eleven past its deadline);
- their search records and facets (search.SearchRecord, search.SearchFacet) as
  ``search.service.store`` writes them: the opportunities' from the directory's own
  ``opportunity_documents``, the professionals' from a copy of ``professional_documents``
  that works on the profiles in memory (the real one costs ~2 ms a profile), checked
  against the real one on a sample; the vocabulary (SearchWord);
- Wagtail's search index of the records (SQLite FTS5 or PostgreSQL tsvectors), written
  with one INSERT ... SELECT per batch; a sample is then indexed again with modelsearch's
  own ``add_bulk``, which must change nothing.

Rows go in with one multi-row statement per batch (COPY on PostgreSQL, executemany on
SQLite) of values Django prepares itself (``pre_save`` and ``get_db_prep_save``, as
bulk_create does) and primary keys given in advance: bulk_create's per-value Python costs
several minutes at this size. The plain indexes of the big tables are dropped during the
load and recreated from their own definitions afterwards.

It prints one JSON object on stdout: what it made and how long each step took.

``status`` prints one JSON object: how many scale members and opportunities the database
holds (the harness reuses such a database with ``BENCH_SCALE_REUSE=1``) and the
directory page's path.

``words --count N`` prints N words common in the public professionals' texts (a JSON list):
the words of the scale query that searches a different word each time.

``explain`` is for diagnosis: it requests each path twice with Django's test client (page
cache off) and prints, for the second request, every SQL query with its time, slowest
first, and the plan of the slowest ones (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN
(ANALYZE, BUFFERS)`` on PostgreSQL) on stderr; stdout gets one JSON summary. On SQLite a
query's time there leaves out the fetching of its rows, which is when SQLite does most of
its work: compare the page's ``total_ms`` (or run the SQL by hand) before trusting it.
"""

import argparse
import contextlib
import datetime
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 100_000
BATCH = 2_000
CHECKED_PROFILES = 200  # compared with the real professional_documents
CHECKED_INDEX_ENTRIES = 100  # indexed again with modelsearch's add_bulk
EMAIL_PREFIX = "scale-"
PASSWORD = "bench-scale-password"  # noqa: S105 (hashed once; nobody logs in with it)
PUBLISHED_WITHIN_DAYS = 730

# Regions of the opportunities' countries (the demo's seven, and three more origins).
REGIONS = {
    "SN": ["Thiès", "Saint-Louis", "Ziguinchor", "Kaolack", "Dakar"],
    "MA": ["Souss-Massa", "Fès-Meknès", "Oriental", "Tanger-Tétouan", "Marrakech-Safi"],
    "KE": ["Nakuru", "Kisumu", "Machakos", "Mombasa", "Kiambu"],
    "NG": ["Lagos", "Kaduna", "Enugu", "Oyo", "Rivers"],
    "CO": ["Antioquia", "Valle del Cauca", "Santander", "Bolívar", "Nariño"],
    "GH": ["Ashanti", "Volta", "Northern", "Western", "Greater Accra"],
    "PH": ["Cebu", "Davao", "Iloilo", "Pampanga", "Bohol"],
    "IN": ["Kerala", "Tamil Nadu", "Punjab", "Gujarat", "Odisha"],
    "LB": ["Mount Lebanon", "Bekaa", "North", "South"],
    "ET": ["Oromia", "Amhara", "Sidama", "Tigray"],
}
COUNTRY_WEIGHTS = {
    "NG": 14,
    "SN": 12,
    "MA": 11,
    "KE": 10,
    "IN": 10,
    "GH": 9,
    "CO": 8,
    "PH": 8,
    "ET": 7,
    "LB": 5,
}
INSTRUMENTS = ["equity", "loan", "diaspora_bond", "real_estate", "ppp", "crowdfunding", "grant"]
STAGES = ["idea", "early", "growth", "mature"]
CURRENCIES = ["EUR", "USD", "GBP", "CAD", "AED"]


class Stopwatch:
    """Seconds spent in each named step (a step may be entered several times)."""

    def __init__(self):
        self.seconds = {}
        self.started = time.perf_counter()

    @contextlib.contextmanager
    def step(self, name):
        began = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - began

    def report(self):
        return {
            **{name: round(seconds, 1) for name, seconds in self.seconds.items()},
            "total": round(time.perf_counter() - self.started, 1),
        }


def progress(message):
    print(f"    scale: {message}", file=sys.stderr, flush=True)


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- Bulk writing ---------------------------------------------------------------------------


def quote(name):
    from django.db import connection

    return connection.ops.quote_name(name)


def insert_rows(table, columns, rows):
    """Insert rows of database values: COPY on PostgreSQL, executemany on SQLite."""
    from django.db import connection

    names = ", ".join(quote(column) for column in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608
            cursor.executemany(sql, list(rows))


def next_id(model):
    from django.db import connection

    with connection.cursor() as cursor:
        pk, table = quote(model._meta.pk.column), quote(model._meta.db_table)
        cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608
        return cursor.fetchone()[0] + 1


def insert_objects(model, objects):
    """bulk_create without its per-value overhead: primary keys are given in advance and
    each value is prepared as bulk_create prepares it (pre_save, get_db_prep_save)."""
    from django.db import connection

    fields = model._meta.concrete_fields
    first = next_id(model)
    for number, obj in enumerate(objects):
        obj.pk = first + number
    rows = (
        [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]
        for obj in objects
    )
    insert_rows(model._meta.db_table, [field.column for field in fields], rows)
    for obj in objects:
        obj._state.adding = False


def reset_sequences(*models):
    """After rows inserted with their own ids, the next save must not reuse one."""
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), list(models)):
            cursor.execute(sql)


@contextlib.contextmanager
def stored_timestamps(model, *names):
    """Let the insert write the given auto_now/auto_now_add fields as set (back-dated)."""
    fields = [model._meta.get_field(name) for name in names]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


@contextlib.contextmanager
def indexes_deferred(*tables, watch=None):
    """Drop the tables' plain (non-unique, non-constraint) indexes, recreate them at the
    end from their own definitions: one sort instead of millions of B-tree inserts."""
    from django.db import connection

    definitions = []
    with connection.cursor() as cursor:
        for table in tables:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s "
                    "AND indexname NOT IN (SELECT conname FROM pg_constraint "
                    "WHERE conrelid = %s::regclass)",
                    [table, quote(table)],
                )
            else:
                cursor.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = %s AND sql IS NOT NULL",
                    [table],
                )
            definitions += [
                (name, sql)
                for name, sql in cursor.fetchall()
                if not sql.upper().startswith("CREATE UNIQUE")
            ]
        for name, _sql in definitions:
            cursor.execute(f"DROP INDEX {quote(name)}")
    try:
        yield
    finally:
        with (
            watch.step("recreate indexes") if watch else contextlib.nullcontext(),
            connection.cursor() as cursor,
        ):
            for _name, sql in definitions:
                cursor.execute(sql)


# --- Members -----------------------------------------------------------------------------


def make_members(count, rng, now, watch):
    """Insert ``count`` members; return [(Profile, [Sector], [skill name])]."""
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from taggit.models import Tag

    from members.models import Profile, ProfileSkill, User
    from portal import demo_members

    with watch.step("draw members"):
        specs = [demo_members._spec(rng) for _ in range(count)]
        public_ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(count)]
    sectors = demo_members.make_sectors(created={"sectors": 0})
    hashed = make_password(PASSWORD)
    tags = {tag.name.lower(): tag for tag in Tag.objects.all()}
    for name in sorted({skill for spec in specs for skill in spec["skills"]}):
        if name.lower() not in tags:
            tags[name.lower()] = Tag.objects.create(name=name)
    members = []
    for number, batch in enumerate(chunks(specs)):
        first = number * BATCH
        with transaction.atomic():
            with watch.step("insert users"):
                users = [
                    User(
                        email=f"{EMAIL_PREFIX}{first + index + 1:06d}@example.org",
                        first_name=spec["first_name"],
                        last_name=spec["last_name"],
                        password=hashed,
                        date_joined=now - datetime.timedelta(days=spec["joined_days_ago"]),
                    )
                    for index, spec in enumerate(batch)
                ]
                insert_objects(User, users)
            with watch.step("insert profiles"):
                profiles = [
                    member_profile(spec, user, public_ids[first + index], now)
                    for index, (spec, user) in enumerate(zip(batch, users, strict=True))
                ]
                with stored_timestamps(Profile, "created_at", "updated_at"):
                    insert_objects(Profile, profiles)
        for spec, profile in zip(batch, profiles, strict=True):
            members.append(
                (
                    profile,
                    sorted((sectors[slug] for slug in spec["sectors"]), key=sector_order),
                    [tags[name.lower()] for name in spec["skills"]],
                )
            )
        if (number + 1) % 10 == 0:
            progress(f"{first + len(batch)} members inserted")
    reset_sequences(User, Profile)
    through = Profile.sectors.through
    # The indexes are recreated after the commit (PostgreSQL refuses CREATE INDEX in a
    # transaction with deferred foreign key checks pending).
    with (
        watch.step("insert sectors and skills"),
        indexes_deferred(through._meta.db_table, ProfileSkill._meta.db_table),
        transaction.atomic(),
    ):
        insert_rows(
            through._meta.db_table,
            [through._meta.get_field("profile").column, through._meta.get_field("sector").column],
            ((profile.pk, sector.pk) for profile, sectors_, _ in members for sector in sectors_),
        )
        insert_rows(
            ProfileSkill._meta.db_table,
            [
                ProfileSkill._meta.get_field("content_object").column,
                ProfileSkill._meta.get_field("tag").column,
            ],
            ((profile.pk, tag.pk) for profile, _, skills in members for tag in skills),
        )
    return [
        (profile, sectors_, sorted(tag.name for tag in skills))
        for profile, sectors_, skills in members
    ]


def sector_order(sector):
    """The order of ``profile.sectors.all()`` (Sector.Meta.ordering: name)."""
    return (sector.name, sector.pk)


def member_profile(spec, user, public_id, now):
    from members.models import Profile

    joined = user.date_joined
    status_changed_at = None
    if spec["investor_status"]:
        status_changed_at = joined + (now - joined) * spec["status_days_after_joining"]
    return Profile(
        user=user,
        public_id=public_id,
        display_name=f"{spec['first_name']} {spec['last_name']}",
        headline=spec["headline"],
        bio=spec["bio"],
        country_of_origin=spec["country_of_origin"],
        country_of_residence=spec["country_of_residence"],
        city=spec["city"],
        languages=spec["languages"],
        years_of_experience=spec["years_of_experience"],
        organisation=spec["organisation"],
        links=spec["links"],
        visibility=spec["visibility"],
        listed_in_directory=True,  # the scale scenario searches professionals who opted in
        agrees_to_be_contacted=spec["agrees_to_be_contacted"],
        investor_status=spec["investor_status"],
        investor_status_changed_at=status_changed_at,
        created_at=joined,
        updated_at=joined + (now - joined) * 0.3,
        **spec["open_to"],
    )


class ProfessionalDocuments:
    """``directory.documents.professional_documents`` for a profile held in memory, with
    its sectors and skills given and the country and language names looked up once.

    The real function costs about 2 ms a profile (visibility checks, translated names,
    two prefetch queries): minutes for 100,000. ``check_professional_documents``
    compares this copy with the real function on a sample, so that a change there
    cannot go unnoticed here.
    """

    def __init__(self):
        from django.utils.translation import gettext
        from django_countries import countries

        from directory.documents import ROLES
        from members.languages import language_name
        from members.models import OPEN_TO, PROFILE_FIELD_DEFAULTS, Visibility
        from members.services import LEVELS_SEEN
        from search.service import Document

        self.document = Document
        self.roles = [(audience, LEVELS_SEEN[role]) for audience, role in ROLES.items()]
        self.fields = list(PROFILE_FIELD_DEFAULTS.items())
        self.levels = set(Visibility.values)
        self.open_to = [(name, str(label)) for name, label in OPEN_TO]
        self.country_name = cached(lambda code: str(countries.name(code)))
        self.language_name = cached(language_name)
        self.anonymous_name = gettext("A diaspora professional")

    def value(self, profile, field, sectors, skills):
        """``members.services.field_value``."""
        if field in ("country_of_origin", "country_of_residence"):
            code = profile.__dict__[field]  # the code, without a Country object
            return {"code": code, "name": self.country_name(code)} if code else None
        if field == "languages":
            return [{"code": code, "name": self.language_name(code)} for code in profile.languages]
        if field == "sectors":
            return [sector.name for sector in sectors]
        if field == "skills":
            return list(skills)
        if field == "open_to":
            return [label for name, label in self.open_to if getattr(profile, name)]
        if field == "photo":
            return bool(profile.photo)
        return getattr(profile, field)

    def __call__(self, profile, sectors, skills):
        if not profile.listed_in_directory or not profile.user.is_active:
            return []
        visibility = profile.visibility or {}
        levels = {
            field: level if (level := visibility.get(field)) in self.levels else default
            for field, default in self.fields
        }
        documents = []
        for audience, seen in self.roles:
            fields = {
                field: self.value(profile, field, sectors, skills)
                for field, _default in self.fields
                if levels[field] in seen
            }
            if not fields:
                continue
            residence = fields.get("country_of_residence") or {}
            origin = fields.get("country_of_origin") or {}
            languages = fields.get("languages") or []
            name = fields.get("display_name") or self.anonymous_name
            documents.append(
                self.document(
                    audience=audience,
                    title=name,
                    text=" ".join(
                        str(part)
                        for part in [
                            fields.get("headline"),
                            fields.get("bio"),
                            fields.get("organisation"),
                            fields.get("city"),
                            residence.get("name"),
                            origin.get("name"),
                            *(fields.get("sectors") or []),
                            *(fields.get("skills") or []),
                            *(language["name"] for language in languages),
                            *(fields.get("open_to") or []),
                        ]
                        if part
                    ),
                    facets={
                        "residence": [residence.get("code")],
                        "origin": [origin.get("code")],
                        "sector": [sector.slug for sector in sectors]
                        if "sectors" in fields
                        else [],
                        "skill": fields.get("skills") or [],
                        "language": [language["code"] for language in languages],
                        "open_to": [name for name, _label in self.open_to if getattr(profile, name)]
                        if "open_to" in fields
                        else [],
                    },
                    data={
                        "public_id": str(profile.public_id),
                        **{key: value for key, value in fields.items() if key != "photo"},
                        "has_photo": bool(fields.get("photo")),
                    },
                    published_at=profile.created_at,
                )
            )
        return documents


def cached(function):
    values = {}

    def lookup(key):
        if key not in values:
            values[key] = function(key)
        return values[key]

    return lookup


def check_professional_documents(samples, built):
    """The real ``professional_documents`` of the sampled profiles, read back from the
    database, must equal what the copy built (else the copy is out of date)."""
    from directory.documents import professional_documents
    from members.models import Profile

    profiles = (
        Profile.objects.filter(pk__in=samples)
        .select_related("user")
        .prefetch_related("sectors", "skills")
    )
    checked = 0
    for profile in profiles:
        expected = professional_documents(profile)
        if expected != built[profile.pk]:
            raise SystemExit(
                "bench/scale.py: ProfessionalDocuments no longer matches "
                "directory.documents.professional_documents (profile "
                f"{profile.pk}):\n  real: {expected}\n  copy: {built[profile.pk]}\n"
                "Update the copy in bench/scale.py."
            )
        checked += 1
    if checked != len(samples):
        raise SystemExit(f"Only {checked} of {len(samples)} sampled profiles were found.")
    return checked


# --- Opportunities -------------------------------------------------------------------------


def make_opportunities(count, rng, now, member_user_ids, watch):
    from django.db import transaction

    from directory.models import Opportunity, Organisation
    from portal.demo_content import opportunities as content
    from portal.models import Sector

    sectors = {sector.slug: sector.pk for sector in Sector.objects.all()}
    organisations = {org.name: org.pk for org in Organisation.objects.filter(live=True)}
    choices = {
        "sectors": sectors,
        "organisations": organisations,
        "all_organisations": sorted(organisations.values()),
        "member_user_ids": member_user_ids,
    }
    countries, weights = list(COUNTRY_WEIGHTS), list(COUNTRY_WEIGHTS.values())
    ids = []
    with watch.step("insert opportunities"):
        for batch_start in range(0, count, BATCH):
            rows = []
            for _ in range(min(BATCH, count - batch_start)):
                project_index = rng.randrange(len(content.PROJECTS))
                rows.append(
                    opportunity(
                        rng,
                        content.PROJECTS[project_index],
                        sponsor=content.SPONSORS[project_index],
                        country=rng.choices(countries, weights)[0],
                        now=now,
                        **choices,
                    )
                )
            with transaction.atomic(), stored_timestamps(Opportunity, "created_at"):
                insert_objects(Opportunity, rows)
            ids += [row.pk for row in rows]
        reset_sequences(Opportunity)
    return ids


def opportunity(rng, project, *, sponsor, country, now, **choices):
    from directory.models import Opportunity

    title, sector, instrument, stage, (low, high), currency, summary, description, ret = project
    region = rng.choice(REGIONS[country])
    n = rng.randint(4, 12)
    if rng.random() < 0.25:  # the same kind of project, financed another way
        instrument = rng.choice(INSTRUMENTS)
    if rng.random() < 0.3:
        stage = rng.choice(STAGES)
    if rng.random() < 0.2:
        currency = rng.choice(CURRENCIES)
    scale = rng.choice([0.5, 1, 1, 1.5, 2, 3])
    published = now - datetime.timedelta(days=rng.uniform(1, PUBLISHED_WITHIN_DAYS))
    today = now.date()
    deadline = today + datetime.timedelta(days=rng.randint(20, 320))
    if rng.random() < 1 / 11:
        deadline = today - datetime.timedelta(days=rng.randint(1, 60))
    sponsor_organisation = choices["organisations"].get(sponsor)
    sponsor_member = None
    draw = rng.random()
    if draw < 0.1 and choices["member_user_ids"]:
        sponsor_organisation, sponsor_member = None, rng.choice(choices["member_user_ids"])
    elif draw < 0.2 and choices["all_organisations"]:
        sponsor_organisation = rng.choice(choices["all_organisations"])
    return Opportunity(
        title=f"{title.format(n=n)} ({region})",
        summary=summary.format(n=n, region=region),
        description=description,
        expected_return=ret,
        sponsor_organisation_id=sponsor_organisation,
        sponsor_member_id=sponsor_member,
        sector_id=choices["sectors"][sector],
        country=country,
        region=region,
        instrument=instrument,
        stage=stage,
        ticket_min=int(low * scale),
        ticket_max=int(high * scale),
        currency=currency,
        deadline=None if instrument == "diaspora_bond" else deadline,
        status="closed" if rng.random() < 1 / 9 else "open",
        verified=rng.random() < 0.65,
        # Published, without drafts: what save_revision().publish() leaves in the row.
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        created_at=published,
    )


# --- Search records ----------------------------------------------------------------------


def fold(text):
    """``search.service.fold``, without its per-character loop for ASCII text (most of
    it here): NFKD leaves ASCII as it is and no ASCII character is a combining one."""
    from search import service

    text = text or ""
    return text.casefold() if text.isascii() else service.fold(text)


def words(text):
    """``search.service.words`` on the faster ``fold``."""
    from search.service import WORD

    return WORD.findall(fold(text))


class RecordWriter:
    """Writes search records and facets as ``search.service.store`` does, many items at
    a time, and the vocabulary as ``remember_words`` does."""

    def __init__(self, watch):
        from search.models import Audience, SearchFacet, SearchRecord

        self.watch = watch
        self.audiences = set(Audience.values)
        self.record_model = SearchRecord
        self.facet_table = SearchFacet._meta.db_table
        self.facet_columns = [
            SearchFacet._meta.get_field(name).column
            for name in ("record", "kind", "audience", "name", "value")
        ]
        self.pending = []  # (SearchRecord, [(name, value)])
        self.vocabulary = set()
        self.records = 0
        self.facets = 0

    def add(self, kind, object_id, documents):
        for document in documents:
            if document.audience not in self.audiences:
                raise ValueError(f"Unknown audience {document.audience!r}")
            text_words = words(document.text)
            record = self.record_model(
                kind=kind,
                audience=document.audience,
                object_id=str(object_id),
                title=document.title[:255],
                title_folded=fold(document.title)[:255],
                text=" ".join(text_words),
                published_at=document.published_at,
                deadline=document.deadline,
                data=document.data,
            )
            facets = [
                (name, str(value)[:100])
                for name, values in document.facets.items()
                for value in dict.fromkeys(values)
                if value not in (None, "")
            ]
            self.pending.append((record, facets))
            # words(f"{title} {text}"), as store() remembers them: the space splits.
            self.vocabulary.update(words(document.title), text_words)

    def flush(self):
        """Write the pending records and facets; return the records."""
        from django.db import transaction

        records = [record for record, _facets in self.pending]
        if not records:
            return records
        with self.watch.step("insert search records"), transaction.atomic():
            insert_objects(self.record_model, records)
            facets = [
                (record.pk, record.kind, record.audience, name, value)
                for record, pairs in self.pending
                for name, value in pairs
            ]
            insert_rows(self.facet_table, self.facet_columns, facets)
        self.records += len(records)
        self.facets += len(facets)
        self.pending = []
        return records

    def write_vocabulary(self):
        from search.models import SearchWord

        with self.watch.step("vocabulary"):
            new = {w for w in self.vocabulary if 3 <= len(w) <= 40 and not w.isdigit()}
            known = set(SearchWord.objects.values_list("word", flat=True))
            SearchWord.objects.bulk_create(
                [SearchWord(word=word, length=len(word)) for word in sorted(new - known)],
                batch_size=5_000,
                ignore_conflicts=True,
            )
            return len(new - known)


class SearchIndex:
    """Wagtail's search index (modelsearch's database backend) of the search records,
    written set-wise from the records' own columns, as its ``add_items`` writes them:

    - SQLite: ``title`` and ``autocomplete`` empty (no search field is named "title",
      none is an autocomplete field), ``body`` the SearchFields' values joined by a
      space (``title_folded``, ``text``); its triggers fill the FTS5 table;
    - PostgreSQL: the same as tsvectors, each field weighted by its boost
      (``get_weight``) in the backend's text search configuration, plus the plain
      ``body_text`` for fuzzy search.

    ``check`` indexes a sample again with the real ``add_bulk``: it must change nothing.
    """

    def __init__(self, watch):
        from django.db import connection
        from modelsearch.index import AutocompleteField, SearchField
        from wagtail.search.backends import get_search_backend
        from wagtail.search.models import IndexEntry

        from search.models import SearchRecord

        self.watch = watch
        self.connection = connection
        self.backend = get_search_backend()
        self.entry = IndexEntry
        self.model = SearchRecord
        self.fields = [field.name for field in IndexEntry._meta.concrete_fields]
        fields = SearchRecord.get_search_fields()
        self.search_fields = [field for field in fields if isinstance(field, SearchField)]
        if any(field.field_name == "title" for field in self.search_fields) or any(
            isinstance(field, AutocompleteField) for field in fields
        ):
            raise SystemExit("SearchRecord's search fields changed: update bench/scale.py.")

    def add(self, first_id, last_id):
        from modelsearch.utils import get_content_type_pk

        content_type = get_content_type_pk(self.model)
        entry = quote(self.entry._meta.db_table)
        record = quote(self.model._meta.db_table)
        columns = [
            quote(self.entry._meta.get_field(name).column) for name in self.fields if name != "id"
        ]
        values = {
            "content_type": "%s",
            "object_id": "CAST(id AS TEXT)",
            "title_norm": "1.0",
        }
        params = [content_type]
        if self.connection.vendor == "postgresql":
            from modelsearch.backends.database.postgres.weights import get_weight

            config = self.backend.config
            vectors = [
                f"setweight(to_tsvector({'%s::regconfig, ' if config else ''}"
                f"COALESCE({quote(field.field_name)}, '')), '{get_weight(field.boost)}')"
                for field in self.search_fields
            ]
            values |= {
                "title": "''::tsvector",
                "autocomplete": "''::tsvector",
                "body": " || ".join(vectors),
                "title_text": "''",
                "body_text": "concat_ws(' ', "
                + ", ".join(
                    f"NULLIF(btrim({quote(field.field_name)}), '')" for field in self.search_fields
                )
                + ")",
            }
            params += [config] * len(vectors) if config else []
        else:
            values |= {
                "title": "''",
                "autocomplete": "''",
                "body": " || ' ' || ".join(
                    f"COALESCE({quote(field.field_name)}, '')" for field in self.search_fields
                ),
            }
        select = ", ".join(values[name] for name in self.fields if name != "id")
        with self.watch.step("search index"), self.connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {entry} ({', '.join(columns)}) SELECT {select} FROM {record} "  # noqa: S608
                "WHERE id BETWEEN %s AND %s ORDER BY id",
                [*params, first_id, last_id],
            )

    def snapshot(self, ids):
        """{object_id: {column: value as text}} of the records' index entries."""
        from modelsearch.utils import get_content_type_pk

        cast = "::text" if self.connection.vendor == "postgresql" else ""
        names = [name for name in self.fields if name not in ("id", "content_type")]
        column = {name: quote(self.entry._meta.get_field(name).column) for name in self.fields}
        columns = ", ".join(f"{column[name]}{cast}" for name in names)
        marks = ", ".join(["%s"] * len(ids))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {column['object_id']}, {columns} "  # noqa: S608
                f"FROM {quote(self.entry._meta.db_table)} "
                f"WHERE {column['content_type']} = %s AND {column['object_id']} IN ({marks})",
                [get_content_type_pk(self.model), *(str(pk) for pk in ids)],
            )
            return {row[0]: dict(zip(names, row[1:], strict=True)) for row in cursor.fetchall()}

    def check(self, ids):
        """Index the sample again with modelsearch's own add_bulk: nothing may change."""
        before = self.snapshot(ids)
        records = list(self.model.objects.filter(pk__in=ids))
        self.backend.add_bulk(self.model, records)
        after = self.snapshot(ids)
        if len(before) != len(ids) or before != after:
            changed = {
                key: (before.get(key), value)
                for key, value in after.items()
                if before.get(key) != value
            }
            raise SystemExit(
                "bench/scale.py: the search index it writes differs from modelsearch's "
                f"add_bulk (object_id: (ours, theirs)): {str(changed)[:2000]}"
            )
        return len(ids)


def index_professionals(members, writer, search_index, watch, rng):
    """Search records of the members; returns how many were checked against the real
    ``professional_documents``."""
    from directory.documents import PROFESSIONAL

    build = ProfessionalDocuments()
    samples = set(rng.sample([profile.pk for profile, _s, _k in members], CHECKED_PROFILES))
    built = {}
    for number, batch in enumerate(chunks(members)):
        with watch.step("professional documents"):
            for profile, sectors, skills in batch:
                documents = build(profile, sectors, skills)
                if profile.pk in samples:
                    built[profile.pk] = documents
                writer.add(PROFESSIONAL, profile.pk, documents)
        records = writer.flush()
        if records:
            search_index.add(records[0].pk, records[-1].pk)
        if (number + 1) % 10 == 0:
            progress(f"{(number + 1) * BATCH} professionals indexed")
    with watch.step("check professional documents"):
        return check_professional_documents(samples, built)


def index_opportunities(opportunity_ids, writer, search_index, watch):
    """Search records of the opportunities. (Wagtail's own index of Opportunity, which
    only the admin's snippet search uses, is left empty: the pages do not need it.)"""
    from directory.documents import OPPORTUNITY, opportunity_documents
    from directory.models import Opportunity

    for ids in chunks(opportunity_ids):
        with watch.step("opportunity documents"):
            opportunities = list(
                Opportunity.objects.filter(pk__in=ids)
                .select_related("sector", "sponsor_organisation", "sponsor_member__profile")
                .order_by("pk")
            )
            for item in opportunities:
                writer.add(OPPORTUNITY, item.pk, opportunity_documents(item))
        records = writer.flush()
        if records:
            search_index.add(records[0].pk, records[-1].pk)


# --- Commands ----------------------------------------------------------------------------


def setup_django():
    import django

    django.setup()
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


def directory_path():
    from directory.models import DirectoryIndexPage

    page = DirectoryIndexPage.objects.live().public().order_by("depth", "pk").first()
    return page.url if page else None


def generate(professionals, opportunities, seed):
    setup_django()
    from django.utils import timezone

    from search.models import SearchFacet, SearchRecord, SearchWord
    from search.service import changed

    if directory_path() is None:
        raise SystemExit("No live directory page: run load_demo_data before generating.")
    if status()["professionals"]:
        raise SystemExit("This database already has scale members: recreate it first.")
    watch = Stopwatch()
    rng = random.Random(seed)  # noqa: S311 (bench data, not cryptography)
    now = timezone.now()
    progress(f"drawing and inserting {professionals} members")
    members = make_members(professionals, rng, now, watch)
    member_user_ids = [profile.user_id for profile, _s, _k in members[:2_000]]
    progress(f"inserting {opportunities} opportunities")
    opportunity_ids = make_opportunities(opportunities, rng, now, member_user_ids, watch)
    writer = RecordWriter(watch)
    search_index = SearchIndex(watch)
    first_record = next_id(SearchRecord)
    tables = [table._meta.db_table for table in (SearchFacet, SearchRecord, search_index.entry)]
    with indexes_deferred(*tables, watch=watch):
        progress("building and indexing the professionals' search records")
        checked = index_professionals(members, writer, search_index, watch, rng)
        progress("building and indexing the opportunities' search records")
        index_opportunities(opportunity_ids, writer, search_index, watch)
        progress("recreating the indexes")
    reset_sequences(SearchRecord, SearchFacet)
    with watch.step("check search index"):
        record_ids = list(
            SearchRecord.objects.filter(pk__gte=first_record).values_list("pk", flat=True)
        )
        index_checked = search_index.check(rng.sample(record_ids, CHECKED_INDEX_ENTRIES))
    words_added = writer.write_vocabulary()
    for kind in ("professional", "opportunity"):
        changed(kind)  # processes holding the search's facets in memory make them again
    with watch.step("analyze"):
        analyze()
    return {
        "seed": seed,
        "professionals": len(members),
        "opportunities": len(opportunity_ids),
        "search_records": writer.records,
        "search_facets": writer.facets,
        "documents_checked": checked,
        "index_entries_checked": index_checked,
        "words_added": words_added,
        "words": SearchWord.objects.count(),
        "directory_path": directory_path(),
        "seconds": watch.report(),
    }


def analyze():
    """Fresh planner statistics and visibility after the bulk load (as autovacuum would
    make later)."""
    from django.db import connection

    with connection.cursor() as cursor:
        # On PostgreSQL VACUUM also marks the pages all-visible, so that the facet
        # index answers filters alone (index-only scans), as after autovacuum.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def status():
    from directory.models import Opportunity
    from members.models import Profile
    from search.models import SearchFacet, SearchRecord

    return {
        "professionals": Profile.objects.filter(
            user__email__startswith=EMAIL_PREFIX, listed_in_directory=True
        ).count(),
        "opportunities": Opportunity.objects.filter(live=True).count(),
        "search_records": SearchRecord.objects.count(),
        "search_facets": SearchFacet.objects.count(),
        "directory_path": directory_path(),
    }


def common_words(count, sample=20_000, shortest=5):
    """``count`` words found most often in the texts of (a sample of) the professionals
    the public may find, each of ``shortest`` letters or more: searches that have hits."""
    from collections import Counter

    from search.models import SearchRecord

    texts = (
        SearchRecord.objects.filter(kind="professional", audience="public")
        .order_by("pk")
        .values_list("text", flat=True)[:sample]
    )
    found = Counter()
    for text in texts.iterator():
        found.update({word for word in text.split() if len(word) >= shortest})
    return [word for word, _count in found.most_common(count)]


def explain(paths, plans):
    """Time every query of each path (second request) and show the slowest plans."""
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    summary = {}
    for path in paths:
        client.get(path)
        began = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        elapsed = time.perf_counter() - began
        queries = sorted(
            captured.captured_queries, key=lambda query: float(query["time"]), reverse=True
        )
        sql_ms = sum(float(query["time"]) for query in queries) * 1000
        summary[path] = {
            "status": response.status_code,
            "total_ms": round(elapsed * 1000, 1),
            "sql_ms": round(sql_ms, 1),
            "queries": len(queries),
            "slowest_ms": [round(float(query["time"]) * 1000, 1) for query in queries[:plans]],
        }
        say(
            f"\n=== {path}: HTTP {response.status_code}, {elapsed * 1000:.1f} ms, "
            f"{len(queries)} queries, {sql_ms:.1f} ms in SQL"
        )
        for query in queries:
            say(f"{float(query['time']) * 1000:8.1f} ms  {query['sql'][:300]}")
        for rank, query in enumerate(queries[:plans], 1):
            say(f"\n--- plan of query {rank} ({float(query['time']) * 1000:.1f} ms)")
            say(query["sql"])
            say(plan(connection, query["sql"]))
    return summary


def say(text):
    print(text, file=sys.stderr)


def plan(connection, sql):
    """The plan of one captured statement (its parameters are already inlined)."""
    if connection.vendor == "postgresql":
        prefix = "EXPLAIN (ANALYZE, BUFFERS) "
    else:
        prefix = "EXPLAIN QUERY PLAN "
    try:
        with connection.cursor() as cursor:
            cursor.execute(prefix + sql)
            rows = cursor.fetchall()
    except Exception as error:  # noqa: BLE001 (a diagnosis aid: report, do not stop)
        return f"(no plan: {error})"
    if connection.vendor == "postgresql":
        return "\n".join(row[0] for row in rows)
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    generate_parser = subparsers.add_parser("generate", help="add the members and opportunities")
    generate_parser.add_argument("--professionals", type=int, required=True)
    generate_parser.add_argument("--opportunities", type=int, required=True)
    generate_parser.add_argument("--seed", type=int, default=SEED)
    subparsers.add_parser("status", help="count what the database holds")
    words_parser = subparsers.add_parser("words", help="common words of the professionals")
    words_parser.add_argument("--count", type=int, required=True)
    explain_parser = subparsers.add_parser("explain", help="time each query of these paths")
    explain_parser.add_argument("paths", nargs="+")
    explain_parser.add_argument("--plans", type=int, default=3, help="plans to show per path")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    if args.command == "generate":
        result = generate(args.professionals, args.opportunities, args.seed)
    elif args.command == "status":
        setup_django()
        result = status()
    elif args.command == "words":
        setup_django()
        result = common_words(args.count)
    else:
        os.environ["PAGE_CACHE_ENABLED"] = "false"  # time the search, not the page cache
        result = explain(args.paths, args.plans)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
