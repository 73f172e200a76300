import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Workshops get a locale and translation key (still empty: 0009 fills them, 0010 makes
    them required); registrations get the language they came in and a note."""

    dependencies = [
        ('home', '0007_registration_attempt'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='registration',
            name='language',
            field=models.CharField(choices=[('nl', 'Nederlands'), ('fr', 'Frans'), ('en', 'Engels')], default='nl', help_text='De taal waarin de persoon zich inschreef; de e-mails volgen die taal.', max_length=10, verbose_name='taal'),
        ),
        migrations.AddField(
            model_name='registration',
            name='note',
            field=models.TextField(blank=True, verbose_name='opmerking'),
        ),
        migrations.AddField(
            model_name='workshop',
            name='locale',
            field=models.ForeignKey(null=True, editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AddField(
            model_name='workshop',
            name='translation_key',
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AlterField(
            model_name='workshop',
            name='seats',
            field=models.PositiveIntegerField(default=25, help_text='Hoeveel mensen kunnen deelnemen, in alle talen samen. Dit stel je in op de oorspronkelijke (Nederlandse) pagina; de vertalingen nemen het over.', verbose_name='plaatsen'),
        ),
    ]
