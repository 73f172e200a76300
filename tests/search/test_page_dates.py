"""Search results show a page's own date (an event's day, a clip's publication), never the day
the page happened to be published on the site (the demo's load day)."""

import datetime

from django.utils import timezone

from home.models import ContentPage, FilmPage, KnowledgeClipPage
from tests.kenniskring.fixtures import publish


def test_a_clip_shows_its_publication_date_and_a_page_without_one_shows_none(search, tree):
    film = publish(
        tree["home"],
        FilmPage(title="Van buddy tot community", slug="film", purpose="<p>zoekwoorddatum</p>"),
    )
    publish(
        film,
        KnowledgeClipPage(
            title="Rekrutering",
            slug="rekrutering",
            text="<p>zoekwoorddatum</p>",
            published=datetime.date(2022, 4, 21),
        ),
    )
    publish(tree["home"], ContentPage(title="Over", slug="over", intro="zoekwoorddatum uitgelegd"))
    found = search("anonymous", "zoekwoorddatum")
    dates = {result["title"]: result["date"] for result in found.results}
    assert timezone.localtime(dates["Rekrutering"]).date() == datetime.date(2022, 4, 21)
    assert dates["Van buddy tot community"] is None
    assert dates["Over"] is None
    assert '<time datetime="2022-04-21' in found.html and "21 april 2022" in found.html
    assert timezone.localdate().strftime("%Y-%m-%d") not in found.html
