"""The kinds of item the search holds, and how to (re)index them: apps register here."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    kind: str
    ids: object  # () -> iterable of every item id
    index: object  # (id) -> None: store or remove what the search holds about it
    spec: object  # the kind's SearchSpec (its facets make the Elasticsearch mapping)


SOURCES = {}


def register(kind, ids, index, spec):
    SOURCES[kind] = Source(kind, ids, index, spec)
