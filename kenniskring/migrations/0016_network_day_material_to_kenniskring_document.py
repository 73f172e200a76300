import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from kenniskring import media_migration


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0015_copy_documents_to_kenniskring_document"),
        migrations.swappable_dependency(settings.WAGTAILDOCS_DOCUMENT_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="networkdaymaterial",
            name="document",
            field=models.ForeignKey(
                help_text="Kies een document uit de collectie 'Kenniskring', zodat het afgeschermd blijft.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.WAGTAILDOCS_DOCUMENT_MODEL,
                verbose_name="document",
            ),
        ),
        migrations.RunPython(media_migration.forget_old_rows, migrations.RunPython.noop),
    ]
