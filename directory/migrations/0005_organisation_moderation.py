"""Organisations: editors manage them, and the moderators' workflow reviews proposals."""

from django.db import migrations

from portal.migration_helpers import moderated_snippet

forward, backward = moderated_snippet("directory", "organisation")


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_organisations"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
