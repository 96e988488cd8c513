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
