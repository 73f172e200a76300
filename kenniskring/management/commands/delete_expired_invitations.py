from django.core.management.base import BaseCommand
from django.utils import timezone

from kenniskring.models import Invitation


class Command(BaseCommand):
    help = "Delete invitations that expired without being used (their name and address go too)."

    def handle(self, *args, **options):
        # One DELETE: a second run at the same moment finds nothing left.
        count, _per_model = Invitation.objects.filter(
            accepted_at__isnull=True, expires_at__lte=timezone.now()
        ).delete()
        self.stdout.write(f"{count} expired invitation(s) deleted.")
