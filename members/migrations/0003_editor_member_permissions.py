"""Let Wagtail's Editors and Moderators groups see the members listing, verify investors
and manage the sectors taxonomy (the Sector snippet)."""

from django.db import migrations

from portal.migration_helpers import editor_permissions

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

grant, revoke = editor_permissions(PERMISSIONS)


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
