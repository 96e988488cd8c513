"""The facet values of one kind and audience, held in memory as bitsets.

At 100,000 records a facet count in SQL reads about a million facet rows (hundreds of
milliseconds on SQLite and on PostgreSQL), once for each facet with chosen values. Here
each record has a position (newest first) and each facet value the set of positions that
hold it, as a Python integer used as a bitset: choosing values is OR and AND of those
integers, a count is ``(value & hits).bit_count()``, a few microseconds each, whatever
the filters. The database stays the one place the records are written
(``search.service.store``); this is a copy made from it in one pass (a second or two at
100,000 records, once per process), and made again when it changes.

Change is told by ``SearchVersion``: ``store`` and ``remove`` give a kind a new random
token in the same transaction as the records, and every search first reads its kind's
token (one indexed row). A copy made under another token is made again, so every worker
process sees a change from the moment it is committed, and a transaction rolled back
(the token returns to an earlier value) is never mistaken for the state it replaced.
"""

import threading
from array import array
from bisect import bisect_left
from itertools import chain, islice

from django.db.models import Aggregate, TextField

from search.models import SearchFacet, SearchRecord, SearchVersion

# The columns a search orders by (``SortSpec.field``) and their place in a loaded row.
COLUMNS = {"title": 1, "published_at": 2, "deadline": 3}
NEWEST = ("published_at", True)  # the order of the positions themselves


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
    """An integer with the bits of ``positions`` set."""
    buffer = bytearray((size + 7) >> 3)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


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


def ranked(rows, order):
    """The indexes of ``rows`` (pk first) sorted by ``order`` (a column and a direction),
    as the database backend orders: rows without a value last, ties by pk."""
    column, descending = COLUMNS[order[0]], order[1]
    by_pk = sorted(range(len(rows)), key=lambda i: rows[i][0])
    valued = [i for i in by_pk if rows[i][column] is not None]
    valued.sort(key=lambda i: rows[i][column], reverse=descending)  # stable: ties by pk
    return valued + [i for i in by_pk if rows[i][column] is None]


def current_token(kind):
    return SearchVersion.objects.filter(kind=kind).values_list("token", flat=True).first() or ""


class FacetIndex:
    def __init__(self, kind, audience, token, orders=()):
        self.kind, self.audience, self.token = kind, audience, token
        rows = list(
            SearchRecord.objects.filter(kind=kind, audience=audience)
            .order_by()
            .values_list("pk", "title_folded", "published_at", "deadline")
        )
        rows = [rows[i] for i in ranked(rows, NEWEST)]  # position order: the newest first
        self.size = len(rows)
        self.pks = array("q", (row[0] for row in rows))
        self.position = {row[0]: position for position, row in enumerate(rows)}
        self.everything = (1 << self.size) - 1
        # The deadlines there are, soonest first, and the position of each.
        dated = sorted((row[3], p) for p, row in enumerate(rows) if row[3] is not None)
        self.deadlines = [deadline for deadline, _p in dated]
        self.dated_positions = [p for _deadline, p in dated]
        self._due = (None, 0)
        self.orders = {order: array("l", ranked(rows, order)) for order in set(orders) - {NEWEST}}
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

    # --- Reading -------------------------------------------------------------------------

    def of(self, pks):
        """The bits of the records ``pks`` (those of another kind or audience ignored)."""
        position = self.position
        found = (position.get(pk) for pk in pks)
        return to_bits((p for p in found if p is not None), self.size)

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
            if not fits(index):
                wanted |= set(index.orders) if index else set()
                index = FacetIndex(kind, audience, token, wanted)
                _indexes[(kind, audience)] = index
    return index
