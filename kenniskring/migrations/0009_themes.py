"""One vocabulary of themes: the Theme snippet, seeded with the six themes of the film; the
halfway day's votes point at it instead of a fixed list."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import kenniskring.models.themes
from kenniskring.theme_migration import ThemeFinder, seed_themes


def votes_to_themes(apps, schema_editor):
    ThemeVote = apps.get_model("kenniskring", "ThemeVote")
    find = ThemeFinder(apps)
    for vote in ThemeVote.objects.all():
        vote.theme_ref = find(vote.theme)
        vote.save(update_fields=["theme_ref"])


def themes_to_votes(apps, schema_editor):
    ThemeVote = apps.get_model("kenniskring", "ThemeVote")
    old = {
        "rekrutering": "recruitment",
        "omgaan-met-grenzen": "boundaries",
        "diversiteit": "diversity",
        "projectbeheer": "project_management",
        "impact": "impact",
        "duurzame-verankering": "anchoring",
    }
    for vote in ThemeVote.objects.select_related("theme_ref"):
        vote.theme = old.get(vote.theme_ref.slug, vote.theme_ref.slug)[:30]
        vote.save(update_fields=["theme"])


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0008_network_day_public_page"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Theme",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(help_text="De naam van het thema.", max_length=100, verbose_name="naam")),
                ("slug", models.SlugField(help_text="Het laatste deel van het adres van de themapagina, bv. rekrutering.", max_length=100, verbose_name="adres")),
                ("sort_order", models.PositiveIntegerField(default=100, help_text="Lagere getallen komen eerst.", verbose_name="volgorde")),
                ("accepted", models.BooleanField(default=True, help_text="Alleen aanvaarde thema's worden aan de leden aangeboden en op de site getoond. Een voorstel van een lid is nog niet aanvaard.", verbose_name="aanvaard")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
                ("suggested_by", models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="voorgesteld door")),
            ],
            options={
                "verbose_name": "thema",
                "verbose_name_plural": "thema's",
                "ordering": ["sort_order", "name", "pk"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
                "constraints": [
                    models.UniqueConstraint(fields=("locale", "slug"), name="kk_theme_slug_per_locale")
                ],
            },
        ),
        migrations.RunPython(seed_themes, migrations.RunPython.noop),
        migrations.AddField(
            model_name="themevote",
            name="theme_ref",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="kenniskring.theme"),
        ),
        migrations.RunPython(votes_to_themes, themes_to_votes),
        migrations.RemoveConstraint(model_name="themevote", name="kk_one_vote_per_theme"),
        migrations.RemoveField(model_name="themevote", name="theme"),
        migrations.RenameField(model_name="themevote", old_name="theme_ref", new_name="theme"),
        migrations.AlterField(
            model_name="themevote",
            name="theme",
            field=models.ForeignKey(limit_choices_to=kenniskring.models.themes.source_themes_only, on_delete=django.db.models.deletion.CASCADE, related_name="votes", to="kenniskring.theme", verbose_name="thema"),
        ),
        migrations.AddConstraint(
            model_name="themevote",
            constraint=models.UniqueConstraint(fields=("day", "project", "theme"), name="kk_one_vote_per_theme"),
        ),
    ]
