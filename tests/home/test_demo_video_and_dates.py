"""The demo's film and clips, and its dates (issue 19, docs/content.md section 3, steps 7-9):
no example video address, no "[Demo]" transcript, true dates in search, and member material
dated within the network's years (2019-2022)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from home.demo import facts

NETWORK_YEARS = (datetime.date(2019, 6, 25), facts.END_DAY)


def within_the_network(moment):
    return NETWORK_YEARS[0] <= timezone.localtime(moment).date() <= NETWORK_YEARS[1]


def test_the_film_and_clips_say_the_video_is_not_online_and_carry_their_date(demo_site, client):
    from home.models import FilmPage, KnowledgeClipPage

    pages = [*FilmPage.objects.live(), *KnowledgeClipPage.objects.live()]
    assert len(pages) >= 7
    for page in pages:
        assert not page.video  # no video and no transcript: no block
        html = client.get(page.url).content.decode()
        for words in ("[Demo]", "[Démo]", "video.example.org", '<details class="transcript">'):
            assert words not in html, (page.url, words)
        assert any(
            sentence in html
            for sentence in (
                "De video is nog niet online.",
                "La vidéo n'est pas encore en ligne.",
                "La vidéo n&#x27;est pas encore en ligne.",
                "The video is not online yet.",
            )
        ), page.url
    clips = KnowledgeClipPage.objects.live()
    assert {clip.published for clip in clips} == {facts.EVENT_DATE}
    html = client.get(clips.filter(locale__language_code="nl").first().url).content.decode()
    assert "Verschenen op donderdag 21 april 2022" in html


def test_search_shows_the_clips_publication_not_the_day_the_demo_was_loaded(demo_site, client):
    from search.models import SearchDocument

    today = timezone.localdate()
    dated = SearchDocument.objects.exclude(date=None)
    assert not [d.title for d in dated if timezone.localtime(d.date).date() == today]
    clip = SearchDocument.objects.get(title="Rekrutering", kind="kennisclip")
    assert timezone.localtime(clip.date).date() == facts.EVENT_DATE
    assert SearchDocument.objects.get(title=facts.FILM_TITLE, language="nl").date is None


def test_member_material_is_dated_within_the_networks_years(demo_site):
    from kenniskring.forum.models import Answer, Comment, Experience, Question
    from kenniskring.learning.models import LearningQuestion, Reflection

    for model in (Question, Answer, Experience, Comment, LearningQuestion):
        moments = list(model.objects.values_list("created_at", flat=True))
        assert moments and all(within_the_network(m) for m in moments), model
    for reflection in Reflection.objects.all():
        assert within_the_network(reflection.updated_at)
        if reflection.submitted_at:
            assert within_the_network(reflection.submitted_at)


def test_invented_days_are_marked_and_the_sources_days_are_not(demo_site, client):
    from kenniskring.models import NetworkDayPage

    days = NetworkDayPage.objects.filter(locale__language_code="nl")
    marked = {day.moment or "regional" for day in days if day.date_is_example}
    assert marked == {"regional", NetworkDayPage.HALFWAY}
    assert not days.filter(moment__in=[NetworkDayPage.START, NetworkDayPage.END]).filter(
        date_is_example=True
    )
    assert days.filter(moment="", date_is_example=False).count() == 0

    client.force_login(get_user_model().objects.get(username="lid"))
    halfway = days.get(moment=NetworkDayPage.HALFWAY)
    assert 'class="demo-badge">voorbeelddatum</span>' in client.get(halfway.url).content.decode()
    home = client.get(halfway.get_parent().url).content.decode()
    assert "Nieuw sinds je vorige bezoek" in home  # the demo's last visit: 1 February 2022
