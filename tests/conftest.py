import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

# The kenniskring's small trees, people and learning material, for every test package.
pytest_plugins = ["tests.kenniskring.fixtures", "tests.kenniskring_learning.fixtures"]

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The French and English catalogues compiled, also when pytest runs without `make`."""
    for po in LOCALE.glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            subprocess.run(["msgfmt", "--check-format", "-o", mo, po], check=True)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads and members' files in a folder of each test's own: nothing left between tests
    or runs (a file left behind would make the next upload of that name get another one)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT


@pytest.fixture
def demo_site(db):
    """The whole demo site, as `make run` builds it."""
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)
