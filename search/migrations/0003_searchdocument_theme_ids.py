"""The ids of each search document's themes on the document itself, for the grouped counts
of the search page."""

from django.db import migrations, models


def fill_theme_ids(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    themes = {}
    for document_id, tag_id in SearchDocument.themes.through.objects.values_list(
        "searchdocument_id", "tag_id"
    ):
        themes.setdefault(document_id, set()).add(tag_id)
    SearchDocument.objects.bulk_update(
        [SearchDocument(pk=pk, theme_ids=sorted(ids)) for pk, ids in themes.items()],
        ["theme_ids"],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexentry_words")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="theme_ids",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(fill_theme_ids, migrations.RunPython.noop),
    ]
