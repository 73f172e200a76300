"""A member logged in through one app server is logged in on the other, and through the proxy:
the sessions live in PostgreSQL with the shared Redis in front, and every server has the same
SECRET_KEY."""

from .client import Visitor


def test_logged_in_through_the_proxy_is_logged_in_on_both_servers(stack):
    visitor = Visitor(stack)
    assert not visitor.is_logged_in()
    visitor.log_in("lid")
    for via in ("proxy", "a", "b"):
        assert visitor.is_logged_in(via), via


def test_logged_in_on_one_server_is_logged_in_on_the_other_and_out_everywhere(stack):
    visitor = Visitor(stack)
    visitor.log_in("lid2", via="a")
    assert visitor.is_logged_in("b")
    assert visitor.is_logged_in("proxy")
    assert visitor.post("/nl/uitloggen/", via="b").status_code == 302
    for via in ("a", "b", "proxy"):
        assert not visitor.is_logged_in(via), via


def test_a_stranger_with_no_cookie_is_not_logged_in_anywhere(stack):
    visitor = Visitor(stack)
    for via in ("proxy", "a", "b"):
        response = visitor.get("/nl/kenniskring/", via)
        assert response.status_code == 302
        assert "/inloggen/" in response.headers["Location"]
