from django.db import migrations

from kenniskring.source_days import move_core_records


class Migration(migrations.Migration):
    """Attendance, theme votes and host offers of a translated day move to its source day."""

    dependencies = [
        ("kenniskring", "0005_bounded_texts"),
    ]

    operations = [migrations.RunPython(move_core_records, migrations.RunPython.noop)]
