"""Moderators see and handle the abuse reports of contact requests."""

from django.db import migrations

from portal.migration_helpers import editor_permissions

grant, revoke = editor_permissions(
    [
        ("directory", "abusereport", "view_abusereport"),
        ("directory", "abusereport", "change_abusereport"),
    ],
    groups=("Moderators",),
)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0008_contact_requests"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
