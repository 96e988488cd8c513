"""Wagtail's Editors and Moderators groups write and publish alerts, and see (and may
remove) newsletter subscribers. Nobody adds or edits a subscriber in the admin: they come
from the double opt-in only (home/wagtail_hooks.py)."""

from django.db import migrations

from portal.migration_helpers import editor_permissions

grant_permissions, revoke_permissions = editor_permissions(
    [
        *(("home", "alert", f"{action}_alert") for action in ("view", "add", "change", "delete")),
        ("home", "alert", "publish_alert"),
        ("home", "subscriber", "view_subscriber"),
        ("home", "subscriber", "delete_subscriber"),
    ]
)


def grant(apps, schema_editor):
    # Wagtail adds the publish permission of draft-capable models only after ``migrate``.
    using = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    alert_type, _created = ContentType.objects.using(using).get_or_create(
        app_label="home", model="alert"
    )
    Permission.objects.using(using).get_or_create(
        content_type=alert_type, codename="publish_alert", defaults={"name": "Can publish alert"}
    )
    grant_permissions(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_newsletter_and_alerts"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Creates the Editors and Moderators groups.
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke_permissions)]
