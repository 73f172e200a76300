"""`migrate`, run by one server at a time.

On PostgreSQL it holds an advisory lock while it runs: a second server that starts
`migrate` meanwhile waits for the first to finish, then finds nothing left to do, instead of
failing halfway through the same migration.
"""

from django.core.management.commands.migrate import Command as DjangoMigrate

from kenniskring.jobs import only_one


class Command(DjangoMigrate):
    help = DjangoMigrate.help + " One server at a time (a PostgreSQL advisory lock)."

    def handle(self, *args, **options):
        with only_one("migrate", wait=True, using=options["database"]):
            return super().handle(*args, **options)
