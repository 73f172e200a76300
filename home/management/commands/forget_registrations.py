from django.core.management.base import BaseCommand

from home.retention import forget_past_registrations, retention_days
from kenniskring.jobs import only_one


class Command(BaseCommand):
    help = "Anonymise the registrations of events that ended longer ago than the retention period."

    def handle(self, *args, **options):
        with only_one("forget-registrations") as mine:
            if not mine:
                self.stdout.write("Another run is busy; nothing done.")
                return
            count = forget_past_registrations()
        self.stdout.write(
            f"{count} registration(s) anonymised (events more than {retention_days()} days ago)."
        )
