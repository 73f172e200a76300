import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from kenniskring import media_migration


class Migration(migrations.Migration):
    dependencies = [
        # The site's own fields point at the new images before the old rows go: its
        # migration says `run_before` this one (the kenniskring does not know the site).
        ("kenniskring", "0018_copy_images_to_kenniskring_image"),
        migrations.swappable_dependency(settings.WAGTAILIMAGES_IMAGE_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="buddyprojectpage",
            name="logo",
            field=models.ForeignKey(
                blank=True,
                help_text="Logo van het project of de organisatie (wordt verkleind tot 160 pixels).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.WAGTAILIMAGES_IMAGE_MODEL,
                verbose_name="logo",
            ),
        ),
        migrations.RunPython(media_migration.forget_old_images, migrations.RunPython.noop),
    ]
