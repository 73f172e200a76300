from django.db import migrations

from kenniskring import media_migration


class Migration(migrations.Migration):
    dependencies = [
        ("kenniskring", "0014_kenniskring_document"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(media_migration.copy_documents, migrations.RunPython.noop),
    ]
