"""Start-up checks of the host site (`manage.py check`, also run by migrate and runserver)."""

import os
from pathlib import Path

from django.conf import settings
from django.core import checks


def writable_folder_problem(path):
    """Why `path` cannot hold uploads, or None: it must be a writable folder, or be
    creatable (its nearest existing parent writable)."""
    path = Path(path)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return "is not a folder" if existing == path else f"cannot be created in {existing}"
    if not os.access(existing, os.W_OK | os.X_OK):
        return "is not writable" if existing == path else f"cannot be created in {existing}"
    return None


@checks.register()
def upload_folders(app_configs, **kwargs):
    """MEDIA_ROOT and the kenniskring's PRIVATE_ROOT must take files: say so at start-up,
    not at a member's first upload."""
    from kenniskring.storage import PrivateStorage

    folders = {"MEDIA_ROOT": settings.MEDIA_ROOT, "PRIVATE_ROOT": PrivateStorage().base_location}
    errors = []
    for number, (name, folder) in enumerate(folders.items(), start=1):
        problem = writable_folder_problem(folder)
        if problem:
            errors.append(
                checks.Error(f"{name} {folder} {problem}.", id=f"kennisplein.E00{number}")
            )
    return errors
