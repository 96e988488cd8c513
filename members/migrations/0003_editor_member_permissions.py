"""Let Wagtail's Editors and Moderators groups see the members listing, verify investors
and manage the sectors taxonomy (the Sector snippet)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")
PERMISSIONS = [
    ("members", "profile", "view_profile"),
    ("members", "profile", "verify_investor"),
    # The Sector snippet (portal/wagtail_hooks.py): Wagtail lists a snippet only to
    # users holding one of its model permissions.
    ("portal", "sector", "view_sector"),
    ("portal", "sector", "add_sector"),
    ("portal", "sector", "change_sector"),
    ("portal", "sector", "delete_sector"),
]


def _permissions(apps, schema_editor):
    """The permissions above, created first if ``migrate`` has not made them yet."""
    using = schema_editor.connection.alias
    for label in {app_label for app_label, _model, _codename in PERMISSIONS}:
        app_config = apps.get_app_config(label)
        # create_permissions skips apps without a models module (as in a migration's state).
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, model, codename in PERMISSIONS:
        permission = (
            Permission.objects.using(using)
            .filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename=codename,
            )
            .first()
        )
        if permission is not None:
            found.append(permission)
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    groups = list(Group.objects.using(schema_editor.connection.alias).filter(name__in=GROUPS))
    if not groups:
        return
    permissions = _permissions(apps, schema_editor)
    for group in groups:
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = schema_editor.connection.alias
    for group in Group.objects.using(using).filter(name__in=GROUPS):
        for app_label, model, codename in PERMISSIONS:
            group.permissions.remove(
                *Permission.objects.using(using).filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=codename,
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_profile"),
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Creates the Editors and Moderators groups.
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
