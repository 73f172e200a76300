"""Translated trees: the kenniskring's small tree, translated the way editors do it."""
# ruff: noqa: F811  (fixtures imported from the kenniskring tests are redefined as arguments)

import pytest
from wagtail_localize.operations import TranslationCreator

from tests.kenniskring.conftest import (  # noqa: F401 - fixtures
    as_user,
    home,
    locales,
    people,
    regions,
    tree,
)


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate pages as the admin's "Translate" action does (publishing after commit)."""

    def run(page, *language_codes, user=None):
        from wagtail.models import Locale

        targets = [Locale.objects.get(language_code=code) for code in language_codes]
        with django_capture_on_commit_callbacks(execute=True):
            TranslationCreator(user, targets).create_translations(page.specific)
        return {
            code: page.get_translation(locale).specific
            for code, locale in zip(language_codes, targets, strict=True)
        }

    return run
