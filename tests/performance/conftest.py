"""The page cache switched on, for the tests of what it keeps."""

import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture
def cached(settings, demo_site, monkeypatch):
    """The page cache on. Purges wait for the commit, which never comes inside a test's
    transaction: here they run at once (tests/faults/test_purges.py commits for real)."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, *args, **kwargs: func())
    settings.KENNISPLEIN_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield demo_site
    cache.clear()
