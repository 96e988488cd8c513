"""Helpers for data migrations that give Wagtail's editor groups permissions."""

from django.contrib.auth.management import create_permissions

EDITOR_GROUPS = ("Editors", "Moderators")


def _permissions(apps, using, permissions):
    """The (app label, model, codename) permissions, created first if ``migrate`` has not
    made them yet."""
    for label in {app_label for app_label, _model, _codename in permissions}:
        app_config = apps.get_app_config(label)
        # create_permissions skips apps without a models module (as in a migration's state).
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return [
        permission
        for app_label, model, codename in permissions
        for permission in Permission.objects.using(using).filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        )
    ]


def editor_permissions(permissions, groups=EDITOR_GROUPS):
    """(grant, revoke) functions for ``migrations.RunPython``."""

    def grant(apps, schema_editor):
        using = schema_editor.connection.alias
        Group = apps.get_model("auth", "Group")
        found = list(Group.objects.using(using).filter(name__in=groups))
        if found:
            granted = _permissions(apps, using, permissions)
            for group in found:
                group.permissions.add(*granted)

    def revoke(apps, schema_editor):
        using = schema_editor.connection.alias
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group in Group.objects.using(using).filter(name__in=groups):
            for app_label, model, codename in permissions:
                group.permissions.remove(
                    *Permission.objects.using(using).filter(
                        content_type__app_label=app_label,
                        content_type__model=model,
                        codename=codename,
                    )
                )

    return grant, revoke


def moderated_snippet(app_label, model):
    """(forward, backward) for ``migrations.RunPython``: editors manage the snippet
    ``model`` and submit changes to moderation, moderators publish, and the first active
    workflow (Wagtail's "Moderators approval") reviews it.

    Wagtail only adds the publish, lock and unlock permissions after ``migrate``; they are
    made here so that the grant finds them.
    """
    manage = [
        (app_label, model, f"{action}_{model}")
        for action in ("view", "add", "change", "delete", "lock", "unlock")
    ]
    grant_editors, revoke_editors = editor_permissions(manage)
    grant_moderators, revoke_moderators = editor_permissions(
        [(app_label, model, f"publish_{model}")], groups=("Moderators",)
    )

    def content_type(apps, using):
        ContentType = apps.get_model("contenttypes", "ContentType")
        return ContentType.objects.using(using).get_or_create(app_label=app_label, model=model)[0]

    def forward(apps, schema_editor):
        using = schema_editor.connection.alias
        Permission = apps.get_model("auth", "Permission")
        snippet_type = content_type(apps, using)
        for action in ("publish", "lock", "unlock"):
            Permission.objects.using(using).get_or_create(
                content_type=snippet_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
        grant_editors(apps, schema_editor)
        grant_moderators(apps, schema_editor)
        Workflow = apps.get_model("wagtailcore", "Workflow")
        WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
        workflow = Workflow.objects.using(using).filter(active=True).order_by("pk").first()
        if workflow is not None:
            WorkflowContentType.objects.using(using).get_or_create(
                content_type=snippet_type, defaults={"workflow": workflow}
            )

    def backward(apps, schema_editor):
        revoke_moderators(apps, schema_editor)
        revoke_editors(apps, schema_editor)

    return forward, backward
