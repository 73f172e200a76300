"""Knowledge clips take their themes from the kenniskring's one vocabulary (their tags mapped
onto it, none lost); the six themes of the film get their French and English names."""

import modelcluster.fields
from django.db import migrations

import kenniskring.models.themes
from kenniskring.theme_migration import move_tags, translate_seed_themes


def tags_to_themes(apps, schema_editor):
    ClipTheme = apps.get_model("home", "ClipTheme")
    Through = apps.get_model("home", "KnowledgeClipPage").themes_new.through
    pairs = ClipTheme.objects.values_list("content_object_id", "tag__name")
    move_tags(apps, pairs, Through, "knowledgeclippage")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_event_example_past_and_members_day"),
        ("home", "0002_locales"),
        ("kenniskring", "0009_themes"),
    ]

    operations = [
        migrations.RunPython(translate_seed_themes, migrations.RunPython.noop),
        migrations.AddField(
            model_name="knowledgeclippage",
            name="themes_new",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="+", to="kenniskring.theme"),
        ),
        migrations.RunPython(tags_to_themes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="knowledgeclippage", name="themes"),
        migrations.DeleteModel(name="ClipTheme"),
        migrations.RenameField(model_name="knowledgeclippage", old_name="themes_new", new_name="themes"),
        migrations.AlterField(
            model_name="knowledgeclippage",
            name="themes",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text="Kies de thema's op de Nederlandse pagina; vertalingen tonen dezelfde thema's. Clips met hetzelfde thema verwijzen naar elkaar.", limit_choices_to=kenniskring.models.themes.source_themes_only, related_name="knowledge_clips", to="kenniskring.theme", verbose_name="thema's"),
        ),
    ]
