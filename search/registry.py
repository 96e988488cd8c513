"""The kinds of item the search holds, and how to (re)index them: apps register here."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    kind: str
    ids: object  # () -> iterable of every item id
    index: object  # (id) -> None: store or remove what the search holds about it


SOURCES = {}


def register(kind, ids, index):
    SOURCES[kind] = Source(kind, ids, index)
