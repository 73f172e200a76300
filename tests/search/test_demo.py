from django.utils.html import strip_tags


def titles(response):
    return [strip_tags(result["title"]) for result in response.context["results"]]


def test_public_search_finds_the_home_page(demo_site, client):
    response = client.get("/nl/zoeken/", {"q": "samen iets ondernemen"})
    assert response.status_code == 200
    assert "Kennisplein" in titles(response)


def test_empty_search_explains_what_to_do(demo_site, client):
    response = client.get("/nl/zoeken/")
    assert response.status_code == 200
    assert "Typ een of meer woorden" in response.content.decode()


def test_long_and_odd_queries_are_cut_and_escaped(demo_site, client):
    response = client.get("/nl/zoeken/", {"q": "<script>\"' OR 1=1 -- 🙂" + "x" * 300})
    assert response.status_code == 200
    assert len(response.context["search_query"]) == 200
    assert "<script>" not in response.content.decode()


def test_kenniskring_stays_out_of_search_without_its_restriction(demo_site, client):
    from wagtail.models import PageViewRestriction

    from kenniskring.models import NetworkDayPage

    day = NetworkDayPage.objects.live().first()
    query = {"q": day.title}
    before = client.get("/nl/zoeken/", query)
    PageViewRestriction.objects.all().delete()
    after = client.get("/nl/zoeken/", query)
    assert before.status_code == after.status_code == 200
    for response in (before, after):
        assert day.title not in titles(response)
        assert f'href="{day.url}"' not in response.content.decode()


def test_the_demo_news_item_is_found_with_its_own_date(demo_site, client):
    import datetime

    from django.utils import timezone

    from home.demo import facts

    for language in ("nl", "fr", "en"):
        response = client.get(f"/{language}/zoeken/", {"q": "Kristien Nys Joris Van Puyenbroeck"})
        news = [r for r in response.context["results"] if r["title"] == facts.NEWS_TITLE]
        assert len(news) == 1, language
        assert news[0]["kind"] == {"nl": "nieuws", "fr": "actualité", "en": "news"}[language]
        assert timezone.localdate(news[0]["date"]) == facts.SAW_DAY == datetime.date(2022, 10, 14)
