"""Background tasks of the search, on the portal's own task backend ("portal")."""

from django_tasks import task

from portal.cache import schedule_purge


@task(backend="portal")
def index_items(kind, item_ids):
    """Bring the search up to date with these items of one kind (``search.registry``):
    gone or unpublished ones are removed."""
    from search.registry import SOURCES

    for item_id in item_ids:
        SOURCES[kind].index(item_id)
    schedule_purge()  # visitors never see a cached listing with what changed
    return len(item_ids)
