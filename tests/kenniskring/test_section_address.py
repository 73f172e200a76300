"""The member views live below the address of the site's kenniskring page
(`KENNISKRING_PATH`); when a host moved it, the former addresses redirect permanently.

The tests marked `elsewhere` run in the plug-in host that mounts the section at /netwerk/
(`tests.kenniskring.host.elsewhere`, started by test_plugin.py); the others wherever the
section is at /kenniskring/, as in Kennisplein."""

import pytest
from django.urls import reverse

from kenniskring import conf

AT_KENNISKRING = pytest.mark.skipif(
    conf.get("PATH") != "kenniskring/", reason="the section is not at /kenniskring/ here"
)
ELSEWHERE = pytest.mark.skipif(
    conf.get("PATH") != "netwerk/",
    reason="runs in the host with the section at /netwerk/ (see test_plugin.py)",
)

MEMBER_VIEWS = [
    ("kenniskring_forum:questions", [], "forum/"),
    ("kenniskring_forum:experiences", [], "ervaringen/"),
    ("kenniskring_learning:reflections", [], "reflecties/"),
    ("kenniskring_learning:progress", [], "reflecties/voortgang/"),
    ("kenniskring_learning:portfolio_index", [], "portfolio/"),
    ("kenniskring_learning:portfolio", ["project-a"], "portfolio/project-a/"),
    ("kenniskring_learning:learning_questions", [], "leervragen/"),
    ("kenniskring_learning:challenges", [], "uitdagingen/"),
    ("kenniskring:my_calendar", [], "mijn-agenda/"),
    ("kenniskring:host_offers", [], "gastheer-worden/"),
    ("kenniskring:theme_suggestions", [], "themavoorstellen/"),
]

# What a member gets where it is not the view itself: the progress overview and the theme
# suggestions are for partners, and the index of portfolios leads a member to their own.
NOT_FOR_A_MEMBER = {
    "kenniskring_learning:progress": 403,
    "kenniskring:theme_suggestions": 403,
    "kenniskring_learning:portfolio_index": 302,
}


@AT_KENNISKRING
def test_the_member_views_are_below_the_kenniskring_page(tree):
    assert tree["kenniskring"].url == "/nl/kenniskring/"
    for name, args, rest in MEMBER_VIEWS:
        assert reverse(name, args=args) == f"/nl/kenniskring/{rest}"


@AT_KENNISKRING
def test_the_calendar_page_moved_below_the_section(as_user):
    response = as_user("member").get("/nl/mijn-agenda/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/nl/kenniskring/mijn-agenda/?x=1"
    assert as_user("member").get(response["Location"]).status_code == 200


@pytest.fixture
def moved(tree):
    """The host's kenniskring page, moved to /netwerk/ (its subtree follows)."""
    page = tree["kenniskring"]
    page.slug = "netwerk"
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@ELSEWHERE
def test_a_host_with_the_section_at_netwerk_gets_every_member_view_there(moved, as_user):
    assert moved.url == "/nl/netwerk/"
    member = as_user("member")
    home = member.get(moved.url)
    assert home.status_code == 200
    for name, args, rest in MEMBER_VIEWS:
        address = reverse(name, args=args)
        assert address == f"/nl/netwerk/{rest}"
        response = member.get(address)
        assert response.status_code == NOT_FOR_A_MEMBER.get(name, 200), address
    body = home.content.decode()
    assert 'href="/nl/netwerk/forum/"' in body and 'href="/nl/netwerk/reflecties/"' in body
    assert "/kenniskring/" not in body.replace("/static/kenniskring/", "/static/")
    partner = as_user("partner")
    for rest in ("reflecties/voortgang/", "themavoorstellen/", "portfolio/"):
        assert partner.get(f"/nl/netwerk/{rest}").status_code == 200, rest


@ELSEWHERE
def test_the_former_addresses_redirect_permanently_to_the_new_ones(moved, as_user):
    for who in ("member", "anonymous"):
        client = as_user(who)
        for former, new in [
            ("/nl/kenniskring/forum/?pagina=2", "/nl/netwerk/forum/?pagina=2"),
            ("/nl/kenniskring/portfolio/project-a/", "/nl/netwerk/portfolio/project-a/"),
            ("/fr/kenniskring/reflecties/", "/fr/netwerk/reflecties/"),
            ("/nl/kenniskring/gastheer-worden/", "/nl/netwerk/gastheer-worden/"),
            ("/nl/mijn-agenda/", "/nl/netwerk/mijn-agenda/"),
        ]:
            response = client.get(former)
            assert response.status_code == 301, former
            assert response["Location"] == new
    # A redirect is only an address: the new one still asks who is there.
    anonymous = as_user("anonymous").get("/nl/netwerk/forum/")
    assert anonymous.status_code == 302 and "/inloggen/" in anonymous["Location"]
    assert as_user("outsider").get("/nl/netwerk/forum/").status_code == 403
    assert as_user("member").get("/nl/kenniskring/niet-een-route/").status_code == 404
