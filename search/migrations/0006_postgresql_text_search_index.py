from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    """On PostgreSQL, Wagtail's database search matches ``title || body`` of its index
    entries, which its own GIN indexes (one per column) cannot serve: every word searched
    read the whole table (half a second at 240,000 entries). This index serves it, built
    without blocking the site's writes (CONCURRENTLY, so outside a transaction)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {quote(INDEX)} ON {quote(table)} "
        "USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"DROP INDEX CONCURRENTLY IF EXISTS {schema_editor.quote_name(INDEX)}"
        )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("search", "0005_search_version"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
