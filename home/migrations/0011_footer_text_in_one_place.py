"""The footer's text is edited in one place only, the FooterText snippet: a text kept in the
site settings moves to the Dutch FooterText when there is none yet, then the field goes."""

import uuid

from django.conf import settings
from django.db import migrations


def move_footer_text(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    FooterText = apps.get_model("home", "FooterText")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        return
    text = (
        SiteSettings.objects.exclude(footer_text="")
        .order_by("pk")
        .values_list("footer_text", flat=True)
        .first()
    )
    if text and not FooterText.objects.filter(locale=locale).exists():
        FooterText.objects.create(locale=locale, text=text, translation_key=uuid.uuid4())


def move_back(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    FooterText = apps.get_model("home", "FooterText")
    text = (
        FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("text", flat=True)
        .first()
    )
    if text:
        SiteSettings.objects.filter(footer_text="").update(footer_text=text)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_workshop_translation_key_required"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(move_footer_text, move_back),
        migrations.RemoveField(model_name="sitesettings", name="footer_text"),
    ]
