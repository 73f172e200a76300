"""Volume step (see `generate_volume`): search documents for everything the other steps added."""

from . import documents


def build(volume):
    count = documents.bulk_build()
    volume.log(f"Search: {count} documents.")
