import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from home.demo import DemoContext

# Each later part of the site adds its own step; they run in this order.
DEMO_STEPS = [
    "home.demo.site.build",
    "home.demo.accounts.build",
    "home.demo.public.build",
    "kenniskring.demo.build",
    "home.demo.public.link_end_day",
    "kenniskring.forum.demo.build",
    "kenniskring.learning.demo.build",
    "home.demo.translations.build",
    "home.demo.privacy.build",
    "kenniskring.demo.translate",
]


class Command(BaseCommand):
    help = "Builds the Kennisplein demo site. Safe to run again: it only adds what is missing."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")
        parser.add_argument(
            "--port", type=int, help="The port the site is served on, for links in e-mails."
        )

    def handle(self, *args, force=False, port=None, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: this looks like production. Demo content would add demo "
                "accounts with a known password. Use --force if you are sure."
            )
        demo = DemoContext(
            password=os.environ.get("DEMO_PASSWORD", "kennisplein"), stdout=self.stdout, port=port
        )
        with transaction.atomic():
            for step in DEMO_STEPS:
                import_string(step)(demo)
        self.stdout.write(self.style.SUCCESS("Demo content is ready. Demo accounts:"))
        for username, role in demo.accounts:
            self.stdout.write(f"  {username:<10} {role}")
        self.stdout.write("  Password for all: the DEMO_PASSWORD variable (default: kennisplein)")
