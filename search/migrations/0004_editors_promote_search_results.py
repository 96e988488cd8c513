from django.db import migrations

from portal.migration_helpers import editor_permissions

grant, revoke = editor_permissions(
    [
        ("wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion")
        for action in ("add", "change", "delete")
    ]
)


class Migration(migrations.Migration):
    """Editors set the promoted results of site search (and so see its popular queries)."""

    dependencies = [
        ("search", "0003_filter_index_and_statistics"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
