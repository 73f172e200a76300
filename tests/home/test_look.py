"""What a visitor sees of the site's look in the HTML: the page title, the icons and sharing
image, the site's illustrations where a page has no picture, text logos, responsive WebP
renditions of editors' pictures, and the header's menu that folds without JavaScript."""

import io
import re

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from home.models import Partner
from tests.home.conftest import make_clip


def editor_image(title="Foto", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#2f6f8f").save(buffer, format="JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="foto.jpg"))


def test_the_home_page_title_does_not_repeat_the_site_name(client, home):
    html = client.get("/nl/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    assert title == "Kennisplein · lerend netwerk van buddyprojecten"


def test_other_pages_keep_their_title_and_the_site_name(client, film):
    html = client.get(film.url).content.decode()
    assert "<title>Van buddy tot community · Kennisplein</title>" in html


def test_icons_and_the_default_sharing_image(client, film):
    html = client.get(film.url).content.decode()
    assert '<link rel="icon" href="/static/home/favicon.svg" type="image/svg+xml">' in html
    assert 'href="/static/home/favicon-32.png" type="image/png"' in html
    assert '<meta property="og:image" content="http://testserver/static/home/og-default.png">' in (
        html
    )
    # Without a summary of its own the page still says what the site is.
    assert '<meta property="og:description" content="Kennisplein, de leeromgeving' in html


def test_a_page_with_a_picture_shares_that_picture(client, home):
    from tests.home.conftest import make_film

    film = make_film(home, listing_image=editor_image("Affiche"))
    html = client.get(film.url).content.decode()
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/', html)
    assert "og-default.png" not in html


def test_a_clip_without_a_picture_shows_an_illustration_and_one_with_a_picture_webp(client, film):
    make_clip(film, "Impact")
    make_clip(film, "Rekrutering", listing_image=editor_image())
    html = client.get(film.url).content.decode()
    illustrations = re.findall(r'<img class="illustration card__image" src="([^"]+)" alt=""', html)
    assert len(illustrations) == 1
    assert re.fullmatch(r"/static/home/illustrations/[a-z]+\.svg", illustrations[0])
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp 960w"', picture)
    assert 'loading="lazy"' in picture


def test_partners_without_a_logo_get_their_name_as_a_text_logo(client, home):
    Partner.objects.create(name="SAM vzw", contribution="Begeleidt de netwerken.")
    Partner.objects.create(
        name="Odisee", contribution="Onderzoek.", logo=editor_image("Logo Odisee", (400, 200))
    )
    html = client.get("/nl/").content.decode()
    assert '<span class="text-logo" aria-hidden="true">SAM vzw</span>' in html
    assert 'class="text-logo" aria-hidden="true">Odisee' not in html
    assert re.search(r'<source srcset="[^"]+\.webp"[^>]*type="image/webp"', html)


def test_the_header_menu_folds_into_a_details_element(client, home):
    html = client.get("/nl/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert re.search(r"<details [^>]*data-site-menu>\s*<summary [^>]*>Menu</summary>", header)
    for inside in ('role="search"', 'aria-label="Taal kiezen"', 'aria-label="Hoofdmenu"'):
        assert header.index(inside) > header.index("<summary")
    assert '<a href="/nl/" aria-current="page">Start</a>' in header


def test_the_demo_content_has_no_drawn_placeholder_pictures(demo_site, client):
    """The demo uploads no pictures (the site's illustrations and text logos stand in)."""
    assert not get_image_model().objects.exists()
    html = client.get("/nl/").content.decode()
    assert "/static/home/illustrations/" in html
    assert html.count('class="text-logo"') == 3
    assert "?." not in html


def test_the_programme_is_a_timeline_and_the_workshops_cards_with_their_state(client, home):
    import datetime

    from home.models import ProgrammeItem
    from tests.home.conftest import make_event

    event = make_event(home, seats=(3, 0))
    event.programme_items = [
        ProgrammeItem(start_time=datetime.time(8, 30), end_time=datetime.time(9), title="Onthaal"),
        ProgrammeItem(start_time=datetime.time(9), title="Welkom"),
    ]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert html.count('<li class="programme__item timeline__item">') == 2
    cards = re.findall(r'<article class="workshop kk-card">(.*?)</article>', html, re.S)
    assert len(cards) == 2
    assert '<span class="kk-badge kk-badge--open">Nog 3 plaatsen vrij.</span>' in cards[0]
    assert '<span class="kk-badge kk-badge--full">Volzet.</span>' in cards[1]
    assert '<link rel="stylesheet" href="/static/kenniskring/components.css">' in html
