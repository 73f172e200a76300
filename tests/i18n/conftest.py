"""Translated trees: the kenniskring's small tree, translated the way editors do it."""

import pytest
from wagtail_localize.operations import TranslationCreator


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
