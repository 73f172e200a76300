"""Search documents point at the one theme vocabulary instead of the free tags."""

from django.db import migrations, models

from kenniskring.theme_migration import ThemeFinder


def tags_to_themes(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    Old, New = SearchDocument.themes.through, SearchDocument.themes_new.through
    find = ThemeFinder(apps)
    themes = {}
    for document_id, name in Old.objects.values_list("searchdocument_id", "tag__name"):
        themes.setdefault(document_id, set()).add(find(name).pk)
    New.objects.bulk_create(
        [New(searchdocument_id=pk, theme_id=theme) for pk, ids in themes.items() for theme in ids],
        batch_size=500,
    )
    SearchDocument.objects.bulk_update(
        [SearchDocument(pk=pk, theme_ids=sorted(ids)) for pk, ids in themes.items()],
        ["theme_ids"],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0009_themes"),
        ("search", "0003_searchdocument_theme_ids"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="themes_new",
            field=models.ManyToManyField(blank=True, related_name="+", to="kenniskring.theme"),
        ),
        migrations.RunPython(tags_to_themes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="searchdocument", name="themes"),
        migrations.RenameField(model_name="searchdocument", old_name="themes_new", new_name="themes"),
    ]
