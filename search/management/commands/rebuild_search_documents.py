from django.core.management.base import BaseCommand

from search import documents


class Command(BaseCommand):
    help = (
        "Builds the search documents again from pages and member content (after bulk imports, "
        "or once on a database that existed before search covered member content)."
    )

    def handle(self, *args, **options):
        count = documents.rebuild()
        self.stdout.write(f"{count} zoekdocumenten opgebouwd.")
