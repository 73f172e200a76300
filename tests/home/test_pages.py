"""Each page type: where it may be created, and what a visitor sees on it."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from home.models import (
    ContentPage,
    EventPage,
    FilmPage,
    HomePage,
    KnowledgeClipPage,
    Partner,
)

from .conftest import make_clip, make_event, make_film, publish

pytestmark = pytest.mark.django_db

TRANSCRIPT = RichText("<p>Wat de buddy zegt.</p>")


def test_page_types_are_created_where_allowed_and_refused_elsewhere(home, film, event):
    content = publish(home, ContentPage(title="Tekst", slug="tekst"))
    clip = make_clip(film, "Impact")

    assert ContentPage.can_create_at(home)
    assert ContentPage.can_create_at(content)
    assert FilmPage.can_create_at(home)
    assert EventPage.can_create_at(home)
    assert KnowledgeClipPage.can_create_at(film)

    assert not KnowledgeClipPage.can_create_at(home)
    assert not KnowledgeClipPage.can_create_at(content)
    assert not FilmPage.can_create_at(content)
    assert not FilmPage.can_create_at(film)
    assert not EventPage.can_create_at(content)
    assert not ContentPage.can_create_at(film)
    assert not ContentPage.can_create_at(clip)
    assert not ContentPage.can_create_at(event)
    assert not HomePage.can_create_at(home)
    assert HomePage.can_create_at(Page.get_first_root_node())


def test_home_page_allows_the_kenniskring_sections():
    names = {f"{m._meta.app_label}.{m.__name__}" for m in HomePage.allowed_subpage_models()}
    assert {"kenniskring.ProjectIndexPage", "kenniskring.KenniskringPage"} <= names


def test_content_page_renders_every_block(client, home, contact, film):
    body = [
        ("heading", {"text": "Een lerend netwerk", "level": "h2"}),
        ("paragraph", "<p>Drie regionale netwerken.</p>"),
        ("quote", {"quote": "Een vriend, geen hulpverlener.", "attribution": "een buddy"}),
        ("video", {"url": "https://video.example.org/offline", "title": "De film", "caption": ""}),
        (
            "call_to_action",
            {
                "title": "Bekijk de film",
                "text": "",
                "page": film,
                "url": "",
                "button_label": "Naar de film",
            },
        ),
        ("contact_person", {"heading": "Vragen?", "person": contact}),
        (
            "timeline",
            {
                "heading": "Fasen",
                "items": [
                    {"date": "2019-06-25", "date_label": "", "title": "Startdag", "text": ""},
                    {"date": None, "date_label": "2020", "title": "Halfwegdag", "text": ""},
                    {"date": "2022-04-21", "date_label": "", "title": "Einddag", "text": ""},
                ],
            },
        ),
    ]
    page = publish(home, ContentPage(title="Over het project", slug="over", intro="Inleiding."))
    page.body = body
    page.save_revision().publish()

    response = client.get("/nl/over/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Een lerend netwerk</h2>" in html
    assert "Drie regionale netwerken." in html
    assert "Een vriend, geen hulpverlener." in html
    assert 'href="https://video.example.org/offline"' in html
    assert 'href="/nl/van-buddy-tot-community/">Naar de film</a>' in html
    assert 'href="tel:+3222406840"' in html
    assert 'href="mailto:joris.vanpuyenbroeck@odisee.be"' in html
    assert '<time datetime="2019-06-25">25 juni 2019</time>' in html
    assert "Halfwegdag" in html and "2020" in html


def test_call_to_action_needs_a_page_or_an_address():
    from django.core.exceptions import ValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Kom", "text": "", "page": None, "url": "", "button_label": "Ga"}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_contact_person_chosen_on_a_page_shows_its_card(client, home, contact):
    publish(home, ContentPage(title="Contact", slug="contact", contact_person=contact))
    html = client.get("/nl/contact/").content.decode()
    assert "Joris Van Puyenbroeck" in html
    assert "Campus Schaarbeek" in html
    assert 'href="tel:+3222406840"' in html


def test_film_page_shows_director_purpose_and_says_when_the_video_is_not_online(client, film):
    response = client.get("/nl/van-buddy-tot-community/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Margot Mot" in html
    assert "Lesmateriaal voor professionals" in html
    assert "De video is nog niet online." in html
    assert "<iframe" not in html and "<video" not in html and "transcript" not in html


def test_knowledge_clip_shows_text_questions_neighbours_and_related_clips(client, film):
    make_clip(film, "Rekrutering", themes=["rekrutering", "diversiteit"])
    clip = make_clip(
        film,
        "Omgaan met grenzen",
        themes=["omgaan met grenzen", "diversiteit"],
        discussion_questions="<ul><li>Welke afspraken maken jullie?</li></ul>",
        video=[
            (
                "video",
                {"title": "Grenzen", "url": "https://vimeo.com/76979871", "transcript": TRANSCRIPT},
            )
        ],
    )
    make_clip(film, "Diversiteit", themes=["diversiteit"])
    make_clip(film, "Impact", themes=["impact"])

    response = client.get(clip.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Over Omgaan met grenzen." in html
    assert "Welke afspraken maken jullie?" in html
    assert "Wat de buddy zegt." in html
    assert '<a class="tag" href="/nl/themas/omgaan-met-grenzen/">omgaan met grenzen</a>' in html
    assert response.context["previous_clip"].title == "Rekrutering"
    assert response.context["next_clip"].title == "Diversiteit"
    related = [c.title for c in response.context["related_clips"]]
    assert set(related) == {"Rekrutering", "Diversiteit"}
    assert "Impact" not in related


def test_unpublished_clips_are_left_out_of_every_listing(client, film):
    make_clip(film, "Zichtbaar", themes=["impact"])
    hidden = make_clip(film, "Verborgen", themes=["impact"])
    hidden.unpublish()
    html = client.get(film.url).content.decode()
    assert "Zichtbaar" in html and "Verborgen" not in html
    assert "Verborgen" not in client.get("/nl/").content.decode()


def test_event_page_shows_date_times_venue_programme_and_workshops(client, home):
    import datetime

    from home.models import ProgrammeItem

    event = make_event(home, questions="<ul><li>Wie is de centrale figuur?</li></ul>")
    event.programme_items = [
        ProgrammeItem(start_time=datetime.time(8, 30), end_time=datetime.time(9), title="Onthaal"),
        ProgrammeItem(start_time=datetime.time(11), end_time=datetime.time(13), title="Workshops"),
    ]
    event.save_revision().publish()

    response = client.get(event.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "zondag 21 april 2030" in html
    assert "08.30–13.00" in html
    assert "Brussel" in html and "Projecthouders en beleid" in html
    assert "Wie is de centrale figuur?" in html
    assert "08.30</time>–<time>09.00" in html and "Onthaal" in html
    assert "Workshop 1" in html and "Moderator 2" in html
    assert "Nog 2 plaatsen vrij." in html
    assert '<form class="registration-form"' in html


def test_home_page_features_film_next_event_latest_clips_and_partners(client, home):
    film = make_film(home)
    make_clip(film, "Impact")
    make_event(
        home, slug="voorbij", title="Voorbije dag", date=__import__("datetime").date(2020, 1, 1)
    )
    make_event(home, slug="komend", title="Komende dag")
    Partner.objects.create(name="SAM vzw", contribution="Begeleidt de netwerken.")

    response = client.get("/nl/")
    html = response.content.decode()
    assert response.context["featured_film"].pk == film.pk
    assert response.context["next_event"].title == "Komende dag"
    assert "Impact" in html
    assert "Begeleidt de netwerken." in html


def test_home_page_announces_no_event_once_every_event_took_place(client, home):
    make_event(home, slug="voorbij", title="Voorbije dag", date=datetime.date(2020, 1, 1))
    response = client.get("/nl/")
    assert response.context["next_event"] is None
    assert 'id="home-event"' not in response.content.decode()


def test_past_event_says_it_took_place_and_shows_its_programme_without_a_form(client, home):
    from home.models import ProgrammeItem

    event = make_event(home, date=datetime.date(2022, 4, 21), venue="")
    event.programme_items = [
        ProgrammeItem(start_time=datetime.time(8, 30), end_time=datetime.time(9), title="Onthaal")
    ]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Dit evenement vond plaats op donderdag 21 april 2022." in html
    assert "Onthaal" in html and "Workshop 1" in html
    assert '<form class="registration-form"' not in html and 'id="inschrijven"' not in html
    assert "plaatsen vrij" not in html
    assert "<dt>Waar</dt>" not in html  # no venue given, none invented


def test_example_event_is_marked_on_its_page_on_the_home_page_and_in_the_admin(
    client, home, admin_client
):
    event = make_event(home, is_example=True, title="Proefdag")
    assert "Voorbeeld: dit evenement is verzonnen" in client.get(event.url).content.decode()
    home_html = client.get("/nl/").content.decode()
    assert '<p class="demo-badge">Voorbeeld</p>' in home_html and "Proefdag" in home_html
    explorer = admin_client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert "Proefdag (voorbeeld)" in explorer
    real = make_event(home, slug="echt", title="Echte dag")
    assert "demo-badge" not in client.get(real.url).content.decode()


def test_open_graph_tags(client, film):
    film.search_description = "Een film over buddywerk."
    film.save_revision().publish()
    html = client.get(film.url).content.decode()
    assert '<meta property="og:title" content="Van buddy tot community">' in html
    assert '<meta property="og:description" content="Een film over buddywerk.">' in html
    assert '<meta property="og:url" content="http://localhost/nl/van-buddy-tot-community/">' in html


def test_breadcrumbs_lead_from_home_to_the_page(client, film):
    clip = make_clip(film, "Impact")
    html = client.get(clip.url).content.decode()
    assert 'aria-label="Kruimelpad"' in html
    assert '<li><a href="/nl/van-buddy-tot-community/">Van buddy tot community</a></li>' in html
    assert '<li aria-current="page">Impact</li>' in html


def test_footer_shows_settings_and_partners(client, home):
    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.copyright = "Kenniscentrum Gezinswetenschappen"
    settings.photo_credits = "Layla Aerts"
    settings.save()
    Partner.objects.create(
        name="TAO/De Link", contribution="Het perspectief van mensen in armoede."
    )
    html = client.get("/nl/").content.decode()
    assert "Kenniscentrum Gezinswetenschappen" in html
    assert "Foto&#x27;s: Layla Aerts" in html or "Foto's: Layla Aerts" in html
    assert "TAO/De Link" in html


# -- the menu -------------------------------------------------------------------------------


def restricted_page(home, group_names):
    page = publish(home, ContentPage(title="Geheime kring", slug="geheim", show_in_menus=True))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=n)[0] for n in group_names])
    return page


def menu_titles(response):
    return [item["title"] for item in response.context["menu_items"]]


def test_menu_lists_live_pages_shown_in_menus(client, home, film, content_page):
    publish(home, ContentPage(title="Niet in menu", slug="niet", show_in_menus=False))
    draft = publish(home, ContentPage(title="Concept", slug="concept", show_in_menus=True))
    draft.unpublish()
    response = client.get("/nl/")
    assert menu_titles(response) == ["Van buddy tot community", "Over het project"]
    assert '<a href="/nl/over-het-project/">Over het project</a>' in response.content.decode()


def test_menu_hides_a_restricted_page_from_visitors_and_other_groups(
    client, home, content_page, django_user_model
):
    restricted_page(home, ["Kenniskring", "Partners"])
    outsider = django_user_model.objects.create_user("buiten", password="x")
    outsider.groups.add(Group.objects.create(name="Anderen"))

    anonymous = client.get("/nl/")
    assert "Geheime kring" not in menu_titles(anonymous)
    assert "/nl/geheim/" not in anonymous.content.decode()

    client.force_login(outsider)
    response = client.get("/nl/over-het-project/")
    assert "Geheime kring" not in menu_titles(response)
    assert "/nl/geheim/" not in response.content.decode()


def test_menu_shows_a_restricted_page_to_its_members(client, home, django_user_model):
    restricted_page(home, ["Kenniskring", "Partners"])
    member = django_user_model.objects.create_user("lid", password="x")
    member.groups.add(Group.objects.get(name="Partners"))
    client.force_login(member)
    assert "Geheime kring" in menu_titles(client.get("/nl/"))


def test_menu_costs_the_same_for_few_and_many_pages(
    client, home, django_user_model, django_assert_num_queries
):
    restricted_page(home, ["Kenniskring"])
    member = django_user_model.objects.create_user("lid", password="x")
    member.groups.add(Group.objects.get(name="Kenniskring"))
    client.force_login(member)

    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get("/nl/geheim/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/nl/geheim/").status_code == 200
        return len(queries)

    for number in range(3):
        publish(home, ContentPage(title=f"Pagina {number}", slug=f"p{number}", show_in_menus=True))
    few = count_queries()
    for number in range(3, 30):
        publish(home, ContentPage(title=f"Pagina {number}", slug=f"p{number}", show_in_menus=True))
    response = client.get("/nl/geheim/")
    assert len(response.context["menu_items"]) == 31
    assert count_queries() == few


# -- listings cost the same for 5 and 50 children ----------------------------------------------


def make_image(title):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), "red").save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="t.png"))


def queries_for(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200  # renditions are made on the first visit
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_clips(film, start, stop):
    for number in range(start, stop):
        make_clip(
            film,
            f"Clip {number}",
            slug=f"clip-{number}",
            themes=["impact", f"thema {number}"],
            listing_image=make_image(f"Beeld {number}"),
        )


def add_partners(start, stop):
    for number in range(start, stop):
        Partner.objects.create(
            name=f"Partner {number}", contribution="…", logo=make_image(f"Logo {number}")
        )


def test_home_page_listings_cost_the_same_for_5_and_50(client, home):
    film = make_film(home, listing_image=make_image("Affiche"))
    make_event(home)
    add_clips(film, 0, 5)
    add_partners(0, 5)
    few = queries_for(client, "/nl/")
    add_clips(film, 5, 50)
    add_partners(5, 50)
    assert queries_for(client, "/nl/") == few
    assert "Partner 49" in client.get("/nl/").content.decode()


def test_film_clip_listing_costs_the_same_for_5_and_50(client, film):
    add_clips(film, 0, 5)
    few = queries_for(client, film.url)
    add_clips(film, 5, 50)
    assert queries_for(client, film.url) == few
    html = client.get(film.url).content.decode()
    assert "Clip 23" in html and '<a class="tag" href="/nl/themas/thema-23/">thema 23</a>' in html
    assert "Clip 24" not in html and "Pagina 1 van 3" in html  # 24 clips a page
    assert "Clip 49" in client.get(film.url, {"pagina": 3}).content.decode()


def test_related_clips_cost_the_same_for_5_and_50(client, film):
    add_clips(film, 0, 5)
    clip = KnowledgeClipPage.objects.get(slug="clip-2")
    few = queries_for(client, clip.url)
    add_clips(film, 5, 50)
    assert queries_for(client, clip.url) == few
