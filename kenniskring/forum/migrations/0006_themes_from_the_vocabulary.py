"""Forum questions and experiences take their themes from the one vocabulary; their free tags
are mapped onto it (kenniskring.theme_migration), none lost."""

from django.db import migrations, models

import kenniskring.models.themes
from kenniskring.theme_migration import move_tags


def tags_to_themes(apps, schema_editor):
    for model, tag_model in (("Question", "QuestionTag"), ("Experience", "ExperienceTag")):
        Through = apps.get_model("kenniskring_forum", model).themes.through
        pairs = apps.get_model("kenniskring_forum", tag_model).objects.values_list(
            "content_object_id", "tag__name"
        )
        move_tags(apps, pairs, Through, model.lower())


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0009_themes"),
        ("kenniskring_forum", "0005_bounded_post_text"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="experience",
            name="themes",
            field=models.ManyToManyField(blank=True, limit_choices_to=kenniskring.models.themes.source_themes_only, related_name="experiences", to="kenniskring.theme", verbose_name="thema's"),
        ),
        migrations.AddField(
            model_name="question",
            name="themes",
            field=models.ManyToManyField(blank=True, limit_choices_to=kenniskring.models.themes.source_themes_only, related_name="questions", to="kenniskring.theme", verbose_name="thema's"),
        ),
        migrations.RunPython(tags_to_themes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="experience", name="tags"),
        migrations.RemoveField(model_name="question", name="tags"),
        migrations.DeleteModel(name="ExperienceTag"),
        migrations.DeleteModel(name="QuestionTag"),
    ]
