"""News: the listing (newest first, paginated), the RSS feed, the sitemap, and that drafts and
restricted items reach nobody who may not read them."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import ContentPage, HomePage, NewsIndexPage, NewsPage

from .conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home):
    return publish(
        home,
        NewsIndexPage(title="Nieuws", slug="nieuws", intro="Wat het netwerk deed."),
    )


def add_news(index, number, **extra):
    fields = {
        "title": f"Bericht {number}",
        "slug": f"bericht-{number}",
        "date": datetime.date(2022, 1, 1) + datetime.timedelta(days=number),
        "intro": f"Inleiding {number}.",
    }
    return publish(index, NewsPage(**(fields | extra)))


def restrict(page, group_name="Partners"):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=group_name)[0]])


@pytest.fixture
def hidden_news(news_index):
    """A public item, a draft and an item only the partners may read."""
    public = add_news(news_index, 1, title="Openbaar bericht")
    draft = add_news(news_index, 2, title="Conceptbericht")
    draft.unpublish()
    secret = add_news(news_index, 3, title="Partnerbericht")
    restrict(secret)
    return {"public": public, "draft": draft, "secret": secret}


def feed_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [{child.tag: child.text for child in item} for item in channel.findall("item")]


def test_news_types_are_created_only_in_their_place(home, news_index):
    item = add_news(news_index, 1)
    content = publish(home, ContentPage(title="Tekst", slug="tekst"))
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home) and not NewsPage.can_create_at(content)
    assert not NewsIndexPage.can_create_at(home)  # one listing per home page (language)
    assert not NewsIndexPage.can_create_at(content) and not NewsIndexPage.can_create_at(item)
    assert "home.NewsIndexPage" in HomePage.subpage_types


def test_news_page_shows_its_date_place_and_people(client, news_index):
    item = add_news(
        news_index,
        1,
        title="Buddywerk uitgelegd",
        date=datetime.date(2022, 10, 14),
        place="Campus Schaarbeek",
        people="Kristien Nys en Joris Van Puyenbroeck",
    )
    html = client.get(item.url).content.decode()
    assert "<h1>Buddywerk uitgelegd</h1>" in html
    assert '<time datetime="2022-10-14">vrijdag 14 oktober 2022</time>' in html
    assert "<dd>Campus Schaarbeek</dd>" in html
    assert "<dd>Kristien Nys en Joris Van Puyenbroeck</dd>" in html


def test_listing_shows_the_newest_first_ten_a_page(client, news_index):
    for number in range(12):
        add_news(news_index, number)
    response = client.get(news_index.url)
    titles = [item.title for item in response.context["news"]]
    assert titles == [f"Bericht {number}" for number in range(11, 1, -1)]
    html = response.content.decode()
    assert "Pagina 1 van 2" in html and 'href="?pagina=2"' in html
    feed_link = f'type="application/rss+xml" title="Nieuws" href="{news_index.url}feed/">'
    assert f'<link rel="alternate" {feed_link}' in html
    second = client.get(news_index.url, {"pagina": 2})
    assert [item.title for item in second.context["news"]] == ["Bericht 1", "Bericht 0"]


def test_listing_and_feed_cost_the_same_for_3_and_30_items(client, news_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    for number in range(3):
        add_news(news_index, number)
    few = (queries(news_index.url), queries(news_index.url + "feed/"))
    for number in range(3, 30):
        add_news(news_index, number)
    assert (queries(news_index.url), queries(news_index.url + "feed/")) == few


def test_feed_gives_the_items_newest_first_with_their_own_date(client, news_index):
    add_news(news_index, 1, title="Oud", date=datetime.date(2019, 6, 25))
    add_news(news_index, 2, title="Nieuw", date=datetime.date(2022, 10, 14), intro="Op de SAW-dag.")
    channel, items = feed_items(client.get(news_index.url + "feed/"))
    assert channel.find("title").text == "Nieuws"
    assert channel.find("language").text == "nl"
    assert [item["title"] for item in items] == ["Nieuw", "Oud"]
    assert items[0]["pubDate"] == "Fri, 14 Oct 2022 00:00:00 +0200"
    assert items[0]["description"] == "Op de SAW-dag."
    assert items[0]["link"] == "http://testserver/nl/nieuws/bericht-2/"


@pytest.mark.parametrize("who", ["anonymous", "outsider", "other_group"])
def test_drafts_and_restricted_news_reach_nobody_who_may_not_read_them(
    client, django_user_model, news_index, hidden_news, who
):
    if who != "anonymous":
        user = django_user_model.objects.create_user(who, password="x")
        if who == "other_group":
            user.groups.add(Group.objects.get_or_create(name="Kenniskring")[0])
        client.force_login(user)
    listing = client.get(news_index.url).content.decode()
    _channel, items = feed_items(client.get(news_index.url + "feed/"))
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "Openbaar bericht" in listing and [i["title"] for i in items] == ["Openbaar bericht"]
    assert hidden_news["public"].url in sitemap
    for name in ("draft", "secret"):
        page = hidden_news[name]
        assert page.title not in listing
        assert page.url not in sitemap
        refused = client.get(page.url)
        assert refused.status_code in (302, 403, 404) and page.title not in refused.content.decode()


def test_a_restricted_listing_keeps_its_feed_to_itself(client, django_user_model, news_index):
    add_news(news_index, 1, title="Alleen voor partners")
    restrict(news_index)
    response = client.get(news_index.url + "feed/")
    assert response.status_code == 302 and "Alleen voor partners" not in response.content.decode()
    partner = django_user_model.objects.create_user("partner", password="x")
    partner.groups.add(Group.objects.get(name="Partners"))
    client.force_login(partner)
    # A restricted page is never public, so even its readers get no feed items from it.
    _channel, items = feed_items(client.get(news_index.url + "feed/"))
    assert items == []


def test_news_is_found_in_search_with_its_own_date(client, news_index, hidden_news):
    add_news(
        news_index, 9, title="SAW-dag", date=datetime.date(2022, 10, 14), intro="Zoekwoordsaw."
    )
    response = client.get("/nl/zoeken/", {"q": "Zoekwoordsaw"})
    [result] = response.context["results"]
    assert result["kind"] == "nieuws"
    assert timezone.localdate(result["date"]) == datetime.date(2022, 10, 14)
    assert "14 oktober 2022" in response.content.decode()
    for name in ("draft", "secret"):
        found = client.get("/nl/zoeken/", {"q": "Inleiding"}).content.decode()
        assert hidden_news[name].title not in found
