"""The page cache switched on, for the tests of what it keeps."""

import pytest
from django.db import transaction


@pytest.fixture
def cached(demo_site, page_cache, monkeypatch):
    """The page cache on, on the demo. Purges wait for the commit, which never comes inside a
    test's transaction: here they run at once (tests/faults/test_purges.py commits for real)."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, *args, **kwargs: func())
    return demo_site
