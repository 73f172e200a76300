"""A page an editor publishes through one app server is fresh through the proxy at once: the
anonymous page cache lives in the shared Redis, and a publish on any server purges it."""

from .client import Visitor

CACHE = "X-Page-Cache"


def test_a_page_published_on_one_server_is_fresh_through_the_proxy_at_once(stack, fixtures):
    page = fixtures["page"]
    visitor = Visitor(stack)
    first = visitor.get(page["url"])
    assert first.status_code == 200
    assert page["title"] in first.text
    # Cached once, for both servers: the next anonymous visit is a hit wherever it lands.
    for via in ("proxy", "a", "b"):
        response = visitor.get(page["url"], via)
        assert response.headers.get(CACHE) == "hit", via
        assert page["draft"] not in response.text

    editor = Visitor(stack)
    editor.log_in("redacteur", via="a")
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={page['pk']}"
    assert editor.get(publish, via="a").status_code == 200
    assert editor.post(publish, {}, via="a").status_code == 302

    for via in ("proxy", "proxy", "a", "b"):
        response = visitor.get(page["url"], via)
        assert response.status_code == 200
        assert page["draft"] in response.text, via
