"""Redis down or killed: the search page still answers, made again for each visitor, and
shows nobody more than they may see. Runs on both engines (it searches)."""

import io
import logging

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fault", ["stop", "kill"])
def test_search_answers_without_redis_and_shows_nobody_more(
    client, tree, people, production_caches, fault, caplog
):
    def found(q):
        response = client.get("/nl/zoeken/", {"q": q})
        assert response.status_code == 200
        return strip_tags(response.content.decode())  # the words, without their highlights

    call_command("rebuild_search_documents", stdout=io.StringIO())
    assert "Project A" in found("project")  # kept in Redis while it was up
    getattr(production_caches, fault)()
    with caplog.at_level(logging.WARNING, logger="home.cache_backends"):
        assert "Project A" in found("project")
    assert any("Cache unavailable" in r.getMessage() for r in caplog.records)  # Redis was asked
    assert "Netwerkdag Noord" not in found("noord")
    client.force_login(people["member"])
    assert "Netwerkdag Noord" in found("noord")
    client.force_login(people["outsider"])
    assert "Netwerkdag Noord" not in found("noord")
