"""The facet values of one kind and audience, held in memory as bitsets.

At 100,000 records a facet count in SQL reads about a million facet rows (hundreds of
milliseconds on SQLite and on PostgreSQL), once for each facet with chosen values. Here
each record has a position (newest first) and each facet value the set of positions that
hold it, as a Python integer used as a bitset: choosing values is OR and AND of those
integers, a count is ``(value & hits).bit_count()``, a few microseconds each, whatever
the filters. The database stays the one place the records are written
(``search.service.store``); this is a copy made from it (about a second at 100,000
records, once per process), and made again when it changes.

Change is told by ``SearchVersion``: ``store`` and ``remove`` give a kind a new random
token in the same transaction as the records, and every search first reads its kind's
token (one indexed row). A copy made under another token is brought up to date, so every
worker process sees a change from the moment it is committed, and a transaction rolled
back (the token returns to an earlier value) is never mistaken for the state it replaced.

Bringing a copy up to date usually means applying the changes since it was made
(``SearchChange``, written with the token: which records changed, and whether their
place in the orders did): an edited record's facet values are replaced, a removed one
leaves the set of records, in a few milliseconds. A new record, a new title or date, a
change to the whole kind or a long list of changes makes the copy again instead (about a
second at 100,000 records).
"""

import copy
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from itertools import chain, islice

from django.db.models import Aggregate, F, Max, TextField

from search.models import SearchChange, SearchFacet, SearchRecord, SearchVersion

# The record column of each sort field (``SortSpec.field``).
COLUMNS = {"title": "title_folded", "published_at": "published_at", "deadline": "deadline"}
NEWEST = ("published_at", True)  # the order of the positions themselves
# How many searches' word matches a copy keeps (the latest used): at most two integers of
# one bit per record each, about 25 KB at 100,000 records.
MATCHES_KEPT = 128
# The most changes applied to a copy (``FacetIndex.caught_up``); with more it is made again.
PATCH_LIMIT = 200


class RecordIds(Aggregate):
    """The ids of the records of a group, as one comma-separated text."""

    function = "GROUP_CONCAT"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s::text, ',')",
            **extra,
        )


def to_bits(positions, size):
    """An integer with the bits of ``positions`` set (None: no position)."""
    text = bytearray(b"0") * size  # character p is bit p
    for position in positions:
        if position is not None:
            text[position] = 49  # "1"
    return int(text[::-1], 2) if size else 0


def bit_text(bits):
    """``bits`` as text, character p "1" when bit p is set."""
    return format(bits, "b")[::-1]


def set_positions(bits):
    """The positions of the set bits, lowest first."""
    text = bit_text(bits)
    position = text.find("1")
    while position != -1:
        yield position
        position = text.find("1", position + 1)


def sql_order(order):
    """The ``order_by`` of ``order`` (a sort field and a direction): items without a
    value last, ties by the record made first."""
    field, descending = order
    column = F(COLUMNS[field])
    return [column.desc(nulls_last=True) if descending else column.asc(nulls_last=True), "pk"]


def current_token(kind):
    return SearchVersion.objects.filter(kind=kind).values_list("token", flat=True).first() or ""


class FacetIndex:
    """What one audience may find of one kind: the records in positions (the newest
    first), the bits of each facet value, the positions in each other order."""

    def __init__(self, kind, audience, token, orders=()):
        self.kind, self.audience, self.token = kind, audience, token
        self._forget()
        # The last change this copy holds (read first: one made while the copy is being
        # read changes the token, and the copy is made again).
        changes = SearchChange.objects.filter(kind=kind)
        self.change_id = changes.aggregate(last=Max("id"))["last"] or 0
        records = SearchRecord.objects.filter(kind=kind, audience=audience)
        pks = list(records.order_by(*sql_order(NEWEST)).values_list("pk", flat=True))
        self.size = len(pks)
        self.pks = array("q", pks)
        self.position = {pk: position for position, pk in enumerate(pks)}
        self.everything = (1 << self.size) - 1
        # The deadlines there are, soonest first, and the position of each.
        self.deadlines, self.dated_positions = [], []
        for deadline, pk in (
            records.filter(deadline__isnull=False)
            .order_by("deadline", "pk")
            .values_list("deadline", "pk")
        ):
            if pk in self.position:
                self.deadlines.append(deadline)
                self.dated_positions.append(self.position[pk])
        self.orders = {
            order: array("l", self.positions_of(records.order_by(*sql_order(order))))
            for order in set(orders) - {NEWEST}
        }
        self.values = {}  # name → {value: bits}
        groups = (
            SearchFacet.objects.filter(kind=kind, audience=audience)
            .values("name", "value")
            .annotate(ids=RecordIds("record_id"))
            .order_by()
            .values_list("name", "value", "ids")
        )
        for name, value, ids in groups:
            self.values.setdefault(name, {})[value] = self.of(map(int, ids.split(",")))

    def caught_up(self):
        """A copy of this one with the changes made since applied, or None when it must
        be made again: too many changes, a new record or one whose title or dates
        changed (its place in the orders), a change to the whole kind, or a chain of
        changes that does not follow on from this copy's token (one rolled back)."""
        rows = list(
            SearchChange.objects.filter(kind=self.kind, id__gt=self.change_id)
            .order_by("id")
            .values_list("id", "audience", "record_id", "reorders", "previous", "token")[
                : PATCH_LIMIT + 1
            ]
        )
        if not rows or len(rows) > PATCH_LIMIT:
            return None
        current, pks = self.token, set()
        for _id, audience, record_id, reorders, previous, token in rows:
            if token != current:
                if previous != current:
                    return None
                current = token
            if record_id is None or (audience == self.audience and reorders):
                return None
            if audience == self.audience:
                pks.add(record_id)
        present = set(
            SearchRecord.objects.filter(
                pk__in=pks, kind=self.kind, audience=self.audience
            ).values_list("pk", flat=True)
        )
        if any(pk not in self.position for pk in present):
            return None  # a new record: it has no position yet
        changed = to_bits((self.position.get(pk) for pk in pks), self.size)
        gone = to_bits((self.position.get(pk) for pk in pks - present), self.size)
        patched = copy.copy(self)
        patched.values, keep = {}, ~changed
        for name, values in self.values.items():
            patched.values[name] = {
                value: bits & keep if bits & changed else bits for value, bits in values.items()
            }
        for record_id, name, value in SearchFacet.objects.filter(record_id__in=present).values_list(
            "record_id", "name", "value"
        ):
            values = patched.values.setdefault(name, {})
            values[value] = values.get(value, 0) | 1 << self.position[record_id]
        patched.everything = self.everything & ~gone
        patched.token, patched.change_id = current, rows[-1][0]
        patched._forget()
        return patched

    def _forget(self):
        """Start without what was worked out from the records: the word matches
        (``remembered``) and the records due (``due``)."""
        self._matches, self._matches_lock = OrderedDict(), threading.Lock()
        self._due = (None, 0)

    def positions_of(self, records):
        """The positions of ``records`` (a queryset), in its order."""
        position = self.position
        return [position[pk] for pk in records.values_list("pk", flat=True) if pk in position]

    # --- Reading -------------------------------------------------------------------------

    def remembered(self, words, find):
        """What ``find()`` answers for ``words`` (the records matching them, as bits),
        asked of the database once while this copy lasts: the records do not change
        under a copy, and a change makes a new copy, without what this one remembers."""
        with self._matches_lock:
            found = self._matches.get(words)
            if found is not None:
                self._matches.move_to_end(words)
                return found
        found = find()
        with self._matches_lock:
            self._matches[words] = found
            while len(self._matches) > MATCHES_KEPT:
                self._matches.popitem(last=False)
        return found

    def of(self, pks):
        """The bits of the records ``pks`` (those of another kind or audience ignored)."""
        return to_bits(map(self.position.get, pks), self.size)

    def matching(self, filters):
        """The records that have, for every facet of ``filters``, one of its values."""
        hits = self.everything
        for name, chosen in filters.items():
            values = self.values.get(name, {})
            either = 0
            for value in chosen:
                either |= values.get(value, 0)
            hits &= either
        return hits

    def due(self, since):
        """The records with no deadline or one from ``since`` on."""
        if self._due[0] != since:
            passed = self.dated_positions[: bisect_left(self.deadlines, since)]
            self._due = (since, self.everything & ~to_bits(passed, self.size))
        return self._due[1]

    def counts(self, names, within):
        """{name: [(value, count)]} of the facets ``names`` over the records ``within``,
        only the values that have a count."""
        counted = {}
        for name in names:
            found = []
            for value, bits in self.values.get(name, {}).items():
                count = (bits & within).bit_count()
                if count:
                    found.append((value, count))
            counted[name] = found
        return counted

    def page(self, hits, order, offset, limit, first=0):
        """The pks of one page of the records ``hits``, in ``order`` (a column and a
        direction); those also in ``first`` (the best matches of a query) come first."""
        groups = (hits & first, hits & ~first) if first else (hits,)
        if order == NEWEST:
            positions = chain.from_iterable(set_positions(group) for group in groups)
        else:
            ranked = self.orders[order]
            positions = chain.from_iterable(self._walk(ranked, group) for group in groups)
        return [self.pks[p] for p in islice(positions, offset, offset + limit)]

    @staticmethod
    def _walk(ranked, bits):
        text = bit_text(bits)
        length = len(text)
        return (p for p in ranked if p < length and text[p] == "1")


BUILD_ATTEMPTS = 3
_indexes = {}
_lock = threading.Lock()


def facet_index(kind, audience, orders=()):
    """The facet index of ``kind`` for ``audience`` as the database holds it now, able
    to sort by ``orders``."""
    token = current_token(kind)
    wanted = set(orders) - {NEWEST}

    def fits(index):
        return index is not None and index.token == token and wanted <= index.orders.keys()

    index = _indexes.get((kind, audience))
    if not fits(index):
        with _lock:  # one thread of a process builds it; the others wait and use it
            index = _indexes.get((kind, audience))
            if index is not None and index.token != token and wanted <= index.orders.keys():
                patched = index.caught_up()
                if patched is not None:  # it holds the changes read, this token's or later
                    _indexes[(kind, audience)] = patched
                    return patched
            if not fits(index):
                wanted |= set(index.orders) if index else set()
                for _attempt in range(BUILD_ATTEMPTS):
                    index = FacetIndex(kind, audience, token, wanted)
                    # Made from several queries: a change committed between them (it
                    # changed the token) may have been read by some and not others.
                    latest = current_token(kind)
                    if latest == token:
                        break
                    token = latest
                _indexes[(kind, audience)] = index  # if changes kept coming: made again next time
    return index
