from django.db import migrations

from kenniskring import media_migration


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0017_kenniskring_image"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(media_migration.copy_images, migrations.RunPython.noop),
    ]
