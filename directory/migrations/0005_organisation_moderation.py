"""Organisations: editors manage them, and the moderators' workflow reviews proposals."""

from django.db import migrations

from portal.migration_helpers import editor_permissions

PERMISSIONS = [
    ("directory", "organisation", f"{action}_organisation")
    for action in ("view", "add", "change", "delete", "lock", "unlock")
]
# Editors submit changes to moderation; moderators publish them.
PUBLISH = [("directory", "organisation", "publish_organisation")]

grant_editors, revoke_editors = editor_permissions(PERMISSIONS)
grant_moderators, revoke_moderators = editor_permissions(PUBLISH, groups=("Moderators",))


def assign_workflow(apps, schema_editor):
    """The first active workflow (Wagtail's "Moderators approval") reviews organisations."""
    using = schema_editor.connection.alias
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.using(using).filter(active=True).order_by("pk").first()
    if workflow is None:
        return
    content_type, _created = ContentType.objects.using(using).get_or_create(
        app_label="directory", model="organisation"
    )
    WorkflowContentType.objects.using(using).get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


def create_extra_permissions(apps, schema_editor):
    """Wagtail adds publish, lock and unlock permissions after ``migrate``: make them now, so
    that the grant below finds them."""
    using = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.using(using).get_or_create(
        app_label="directory", model="organisation"
    )
    for action in ("publish", "lock", "unlock"):
        Permission.objects.using(using).get_or_create(
            content_type=content_type,
            codename=f"{action}_organisation",
            defaults={"name": f"Can {action} organisation"},
        )


def forward(apps, schema_editor):
    create_extra_permissions(apps, schema_editor)
    grant_editors(apps, schema_editor)
    grant_moderators(apps, schema_editor)
    assign_workflow(apps, schema_editor)


def backward(apps, schema_editor):
    revoke_moderators(apps, schema_editor)
    revoke_editors(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_organisations"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
