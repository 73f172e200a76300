"""On PostgreSQL, an index on the words of each of Wagtail's search index entries.

The search page matches `title || body` of the index entries, as Wagtail's database backend
writes it. Without an index on that expression PostgreSQL tests every entry of the site for
every search, and has no statistics to tell a rare word from a common one, so it plans its
joins for a handful of hits where there may be thousands.
"""

from django.db import migrations

INDEX = "search_indexentry_words_gin"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )
    # The planner's statistics for the indexed expression come with ANALYZE.
    schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(add_index, remove_index)]
