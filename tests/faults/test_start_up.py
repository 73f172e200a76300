"""Start-up says in one line when the upload folders cannot take files, and servers of
another release never serve this release's cached pages."""

import pytest
from django.core.cache import caches

from kennisplein_site.settings.base import redis_cache_settings
from tests.site.test_production_settings import run_with

pytestmark = pytest.mark.django_db

PRINT_PREFIX = "from django.conf import settings; print(settings.CACHES['default']['KEY_PREFIX'])"


@pytest.mark.parametrize("variable", ["MEDIA_ROOT", "PRIVATE_ROOT"])
def test_an_upload_folder_that_cannot_take_files_stops_the_start(variable, tmp_path):
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    other = {"MEDIA_ROOT": "PRIVATE_ROOT", "PRIVATE_ROOT": "MEDIA_ROOT"}[variable]
    result = run_with({variable: str(in_the_way / "uploads"), other: str(tmp_path / "ok")}, "check")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "kennisplein.E00" in line]
    assert len(errors) == 1
    assert variable in errors[0] and "cannot be created" in errors[0]


def test_a_missing_upload_folder_that_can_be_created_is_fine(tmp_path):
    result = run_with({"MEDIA_ROOT": str(tmp_path / "new"), "PRIVATE_ROOT": str(tmp_path / "p")})
    assert result.returncode == 0, result.stderr


def test_the_release_is_part_of_the_cache_keys():
    result = run_with({"KENNISPLEIN_RELEASE": "2026.11.29-a"}, "shell", "-c", PRINT_PREFIX)
    assert result.stdout.strip().splitlines()[-1] == "kennisplein:2026.11.29-a"


def test_old_and_new_servers_do_not_serve_each_others_pages(
    client, tree, settings, production_caches
):
    settings.CACHES = redis_cache_settings(production_caches.url, "old")["CACHES"]
    url = tree["index"].url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    settings.CACHES = redis_cache_settings(production_caches.url, "new")["CACHES"]
    assert caches["default"].key_prefix == "kennisplein:new"
    assert client.get(url)["X-Page-Cache"] == "miss"
