"""Let Wagtail's Editors and Moderators groups manage the consular missions snippet."""

from django.db import migrations

from portal.migration_helpers import editor_permissions

PERMISSIONS = [
    ("directory", "consularmission", f"{action}_consularmission")
    for action in ("view", "add", "change", "delete")
]

grant, revoke = editor_permissions(PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_consular_missions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
