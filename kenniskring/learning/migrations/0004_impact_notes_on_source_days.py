from django.db import migrations

from kenniskring.source_days import move_impact_notes


class Migration(migrations.Migration):
    """Impact notes of a translated day move to its source day."""

    dependencies = [
        ("kenniskring_learning", "0003_bounded_texts"),
        ("kenniskring", "0006_records_on_source_days"),
    ]

    operations = [migrations.RunPython(move_impact_notes, migrations.RunPython.noop)]
