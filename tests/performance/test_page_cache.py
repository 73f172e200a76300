"""The shared page cache: anonymous public pages come from it and are purged on change;
nothing personal or restricted is ever kept in it (the event page, whose form needs a CSRF
token, in tests/performance/test_event_page_cache.py)."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.demo.facts import EVENT_TITLE
from home.models import ContentPage, KnowledgeClipPage

HEADER = "X-Page-Cache"


def queries_for(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_anonymous_public_page_comes_from_the_cache(cached, client):
    first, first_queries = queries_for(client, "/nl/")
    second, second_queries = queries_for(client, "/nl/")
    assert first.status_code == second.status_code == 200
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second_queries == 0 < first_queries
    assert not second.cookies


def test_publish_purges(cached, client):
    about = ContentPage.objects.get(slug="over-het-project")
    client.get(about.url)
    about.title = "Over het lerend netwerk"
    about.save_revision().publish()
    response = client.get(about.url)
    assert response[HEADER] == "miss"
    assert "Over het lerend netwerk" in response.content.decode()


def test_unpublish_purges_the_page_and_its_listings(cached, client):
    clip = KnowledgeClipPage.objects.live().first()
    film = clip.get_parent()
    assert client.get(clip.url).status_code == 200
    assert clip.title in client.get(film.url).content.decode()
    clip.unpublish()
    assert client.get(clip.url).status_code == 404
    assert clip.title not in client.get(film.url).content.decode()


def test_move_purges(cached, client):
    about = ContentPage.objects.get(slug="over-het-project")
    other = ContentPage.objects.exclude(path__startswith=about.path).first()
    old_url = about.url
    assert client.get(old_url).status_code == 200
    about.move(other, pos="last-child")
    new_url = Page.objects.get(pk=about.pk).url
    moved = client.get(old_url)
    assert moved.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert moved["Location"] == new_url
    assert client.get(new_url).status_code == 200


def test_member_page_is_never_shared(cached, client):
    member = get_user_model().objects.get(username="lid")
    client.force_login(member)
    mine = client.get("/nl/")
    assert member.first_name in mine.content.decode()
    assert HEADER not in mine
    client.logout()
    anonymous = client.get("/nl/")
    assert anonymous[HEADER] == "miss"
    assert member.first_name not in anonymous.content.decode()
    # And the anonymous copy is never served to the member.
    client.force_login(member)
    again = client.get("/nl/")
    assert HEADER not in again
    assert member.first_name in again.content.decode()


def test_kenniskring_pages_are_never_cached(cached, client):
    member = get_user_model().objects.get(username="lid")
    client.force_login(member)
    region = client.get("/nl/kenniskring/")
    assert region.status_code == 200
    assert "no-store" in region["Cache-Control"]
    assert HEADER not in region
    client.logout()
    for _ in range(2):
        outsider = client.get("/nl/kenniskring/")
        assert outsider.status_code in (302, 403)
        assert HEADER not in outsider


def test_messages_and_query_strings_bypass_the_cache(cached, client):
    client.get("/nl/")
    client.cookies["messages"] = "something"
    assert HEADER not in client.get("/nl/")
    del client.cookies["messages"]
    assert HEADER not in client.get("/nl/?utm=x")
    assert client.get("/nl/")[HEADER] == "hit"


def test_page_cache_is_off_in_tests_by_default(demo_site, client):
    client.get("/nl/")
    assert HEADER not in client.get("/nl/")


def _menu(response):
    html = response.content.decode()
    start = html.index('class="main-menu"')
    return html[start : html.index("</nav>", start)]


def test_menu_and_footer_are_kept_but_each_visitor_sees_their_own_menu(
    cached, client, django_user_model
):
    """The menu is kept per kind of visitor (their groups), never handed from a member to
    an outsider; the footer is the same for all and follows an edit at once."""
    User = get_user_model()
    client.force_login(User.objects.get(username="lid"))
    first, first_queries = queries_for(client, "/nl/")
    again, again_queries = queries_for(client, "/nl/")
    assert "Kenniskring" in _menu(first) and "Kenniskring" in _menu(again)
    assert again_queries < first_queries  # menu and footer came from the cache

    client.force_login(User.objects.get(username="lid2"))  # another project, same groups
    assert "Kenniskring" in _menu(client.get("/nl/"))
    client.force_login(django_user_model.objects.create_user("buiten", password="x"))
    assert "Kenniskring" not in _menu(client.get("/nl/"))
    client.logout()
    anonymous = client.get("/nl/over-het-project/")
    assert "Kenniskring" not in _menu(anonymous)
    assert EVENT_TITLE in _menu(anonymous)

    from home.models import Partner

    partner = Partner.objects.filter(locale__language_code="nl").first()
    partner.name = "Odisee Hogeschool Brussel"
    partner.save()
    client.force_login(User.objects.get(username="lid"))
    assert "Odisee Hogeschool Brussel" in client.get("/nl/").content.decode()
