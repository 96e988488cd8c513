"""Keep site search in step with the page tree: a page published, unpublished, moved,
renamed, deleted or made private is indexed again (with its descendants when their
address or privacy changes) by the background task, once the change commits."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.pages import PAGE


def reindex(page_ids):
    from search.tasks import index_items

    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: index_items.enqueue(PAGE, page_ids))


def _page_changed(sender, instance, **kwargs):
    reindex([instance.pk])


def _subtree_changed(sender, instance, **kwargs):
    reindex(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _subtree_changed(sender, page)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        reindex([instance.pk])


def connect():
    page_published.connect(_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_subtree_changed, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(_subtree_changed, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(_subtree_changed, dispatch_uid="search_page_moved")
    post_delete.connect(_page_deleted, dispatch_uid="search_page_deleted")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{name}",
        )
