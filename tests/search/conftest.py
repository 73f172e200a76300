"""Search tests use the kenniskring's small trees, people and learning fixtures."""

import pytest
from django.utils.html import strip_tags


class Found:
    """What a person sees of a search: the results' texts, their count and the facets."""

    def __init__(self, response):
        assert response.status_code == 200
        self.response = response
        self.html = response.content.decode()
        self.results = response.context["results"]
        self.texts = [f"{strip_tags(r['title'])} {strip_tags(r['snippet'])}" for r in self.results]
        paginated = response.context["search_results"]
        self.count = paginated.paginator.count if paginated else 0
        self.facets = response.context.get("facets") or {}

    def __contains__(self, word):
        return any(word.lower() in text.lower() for text in self.texts)

    def kinds(self):
        return {option["value"]: option["count"] for option in self.facets.get("kinds", [])}


@pytest.fixture
def search(as_user):
    def run(who, q, language="nl", **params):
        client = as_user(who)
        return Found(client.get(f"/{language}/zoeken/", {"q": q, **params}))

    return run
