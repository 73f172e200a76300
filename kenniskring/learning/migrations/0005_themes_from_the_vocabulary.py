"""Learning questions take their themes from the one vocabulary (their free tags mapped onto
it by kenniskring.theme_migration, none lost); challenges get themes too."""

from django.db import migrations, models

import kenniskring.models.themes
from kenniskring.theme_migration import move_tags


def tags_to_themes(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    content_type = ContentType.objects.filter(
        app_label="kenniskring_learning", model="learningquestion"
    ).first()
    if content_type is None:
        return
    items = TaggedItem.objects.filter(content_type=content_type)
    Through = apps.get_model("kenniskring_learning", "LearningQuestion").themes_new.through
    move_tags(apps, items.values_list("object_id", "tag__name"), Through, "learningquestion")
    items.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0009_themes"),
        ("kenniskring_learning", "0004_impact_notes_on_source_days"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="challenge",
            name="themes",
            field=models.ManyToManyField(blank=True, help_text="De thema's van de uitdaging.", limit_choices_to=kenniskring.models.themes.source_themes_only, related_name="challenges", to="kenniskring.theme", verbose_name="thema's"),
        ),
        migrations.AddField(
            model_name="learningquestion",
            name="themes_new",
            field=models.ManyToManyField(blank=True, related_name="+", to="kenniskring.theme"),
        ),
        migrations.RunPython(tags_to_themes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="learningquestion", name="themes"),
        migrations.RenameField(model_name="learningquestion", old_name="themes_new", new_name="themes"),
        migrations.AlterField(
            model_name="learningquestion",
            name="themes",
            field=models.ManyToManyField(blank=True, help_text="De thema's van de vraag.", limit_choices_to=kenniskring.models.themes.source_themes_only, related_name="learning_questions", to="kenniskring.theme", verbose_name="thema's"),
        ),
    ]
