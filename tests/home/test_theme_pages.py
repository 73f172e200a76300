"""A theme's page lists the knowledge clips on it for everyone, in the visitor's language; a
clip shows its themes (those of its Dutch source) in the visitor's language."""

import pytest
from wagtail.models import Locale

from .conftest import make_clip

pytestmark = pytest.mark.django_db


def translate(page, locale, **fields):
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.__class__.objects.get(pk=copy.pk)


@pytest.fixture
def french_clip(film):
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    clip = make_clip(film, "Omgaan met grenzen", themes=["omgaan met grenzen", "diversiteit"])
    make_clip(film, "Impact", themes=["impact"])
    translate(film.get_parent(), fr)
    translate(film, fr)
    french = translate(clip, fr, title="Gérer les limites")
    # A translation carries no facts of its own: its themes are read on the Dutch clip.
    french.themes.clear()
    return {"nl": clip, "fr": french}


def test_anyone_finds_the_clips_on_a_theme(client, french_clip):
    response = client.get("/nl/themas/omgaan-met-grenzen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{french_clip["nl"].url}"' in html
    assert "Impact" not in html.split("<h2")[1]  # the clips section


def test_a_french_theme_page_and_a_french_clip_speak_french(client, french_clip):
    html = client.get("/fr/themas/omgaan-met-grenzen/").content.decode()
    assert "<h1>Gérer les limites</h1>" in html
    assert f'href="{french_clip["fr"].url}">Gérer les limites</a>' in html
    clip = client.get(french_clip["fr"].url).content.decode()
    assert '<a class="tag" href="/fr/themas/omgaan-met-grenzen/">gérer les limites</a>' in clip
    assert '<a class="tag" href="/fr/themas/diversiteit/">diversité</a>' in clip
    listing = client.get(french_clip["fr"].get_parent().url).content.decode()
    assert ">gérer les limites</a>" in listing
