"""The kinds of item the search holds, and how to (re)index them: apps register here."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    kind: str
    ids: object  # () -> iterable of every item id
    index: object  # (id) -> None: store or remove what the search holds about it
    spec: object  # the kind's SearchSpec (its facets make the Elasticsearch mapping)
    # Site search: the kind's name in the result types (None: not in site search), and
    # ([hit data]) -> [URL] the address of each hit's item.
    label: object = None
    links: object = None


SOURCES = {}


def register(kind, ids, index, spec, label=None, links=None):
    SOURCES[kind] = Source(kind, ids, index, spec, label, links)


def site_kinds():
    """The registered kinds site search shows beside the pages, in registration order."""
    return [source for source in SOURCES.values() if source.label is not None]
