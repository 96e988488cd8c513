"""Keep the directory's search in step with member profiles, once each change commits."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from directory.documents import reindex_after_commit
from directory.models import Opportunity, Organisation
from members.models import Profile, ProfileSkill, User


def _profile_saved(sender, instance, **kwargs):
    reindex_after_commit(instance.pk)


def _skill_changed(sender, instance, **kwargs):
    reindex_after_commit(instance.content_object_id)


def _sectors_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Profile):
        reindex_after_commit(instance.pk)


def _user_saved(sender, instance, **kwargs):
    profile_id = Profile.objects.filter(user=instance).values_list("pk", flat=True).first()
    if profile_id is not None:
        reindex_after_commit(profile_id)


def _snippet_changed(sender, instance, **kwargs):
    """An organisation or opportunity: reindexed (or removed) once the change commits."""
    from directory.documents import OPPORTUNITY, ORGANISATION
    from search.tasks import index_items

    kind = OPPORTUNITY if sender is Opportunity else ORGANISATION
    item_id = instance.pk
    transaction.on_commit(lambda: index_items.enqueue(kind, [item_id]))


def connect():
    for model in (Opportunity, Organisation):
        name = model._meta.model_name
        post_save.connect(_snippet_changed, sender=model, dispatch_uid=f"directory_{name}_saved")
        post_delete.connect(_snippet_changed, sender=model, dispatch_uid=f"directory_{name}_gone")
    post_save.connect(_profile_saved, sender=Profile, dispatch_uid="directory_profile_saved")
    post_delete.connect(_profile_saved, sender=Profile, dispatch_uid="directory_profile_gone")
    post_save.connect(_skill_changed, sender=ProfileSkill, dispatch_uid="directory_skill_saved")
    post_delete.connect(_skill_changed, sender=ProfileSkill, dispatch_uid="directory_skill_gone")
    m2m_changed.connect(
        _sectors_changed, sender=Profile.sectors.through, dispatch_uid="directory_sectors"
    )
    post_save.connect(_user_saved, sender=User, dispatch_uid="directory_user_saved")
