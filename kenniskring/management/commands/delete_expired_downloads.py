from django.core.management.base import BaseCommand

from kenniskring.my_data import forget_expired


class Command(BaseCommand):
    help = "Delete the files of data downloads (Mijn gegevens) that were used or have expired."

    def handle(self, *args, **options):
        self.stdout.write(f"{forget_expired()} expired data download(s) deleted.")
