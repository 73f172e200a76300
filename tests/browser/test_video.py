"""The video block in a real browser: the site's own file plays with its captions track, and a
YouTube video asks nothing of YouTube until the visitor clicks, then plays in a titled frame."""

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"

# Two test pages under the Dutch home page of the served demo site (not part of the demo).
MAKE_PAGES = """
import json, sys, django
django.setup()
from pathlib import Path
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText
from home.models import ContentPage, HomePage

fixtures = Path(sys.argv[1])
home = HomePage.objects.get(locale__language_code="nl")


def document(name):
    with open(fixtures / name, "rb") as handle:
        return get_document_model().objects.create(title=name, file=File(handle, name=name))


def page(slug, value):
    found = ContentPage.objects.filter(slug=slug).first()
    if found is None:
        found = ContentPage(title="Videotest", slug=slug, body=[("video", value)])
        home.add_child(instance=found)
        found.save_revision().publish()
    return found.url


transcript = RichText("<p>Een testbeeld zonder woorden.</p>")
own = {
    "title": "Testbeeld",
    "video_file": document("test-video.webm"),
    "captions": document("test-video.vtt"),
    "captions_language": "nl",
    "transcript": transcript,
}
external = {"title": "Testvideo op YouTube", "url": sys.argv[2], "transcript": transcript}
pages = {"own": page("videotest-eigen", own), "external": page("videotest-youtube", external)}
print(json.dumps(pages))
"""


@pytest.fixture(scope="module")
def video_pages(live_site):
    result = subprocess.run(
        [sys.executable, "-c", MAKE_PAGES, str(FIXTURES), YOUTUBE],
        cwd=REPO,
        env=live_site.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def outside_requests(page, live_site):
    """Every request the page makes to another host; those hosts are answered with an error
    (the tests never reach the internet)."""
    own_host = urlsplit(live_site.base_url).netloc
    seen = []

    def record(request):
        if urlsplit(request.url).netloc not in ("", own_host) and request.url.startswith("http"):
            seen.append(request.url)

    page.on("request", record)
    page.context.route(
        lambda url: urlsplit(url).netloc not in ("", own_host) and url.startswith("http"),
        lambda route: route.abort(),
    )
    return seen


def test_the_sites_own_video_plays_with_its_captions(page, live_site, video_pages):
    page.goto(video_pages["own"])
    video = page.locator("video")
    expect(video).to_have_attribute("preload", "none")
    track = video.locator("track[kind='captions']")
    expect(track).to_have_attribute("srclang", "nl")
    expect(track).to_have_attribute("label", "Nederlands")

    video.evaluate("video => { video.muted = true; return video.play(); }")
    page.wait_for_function(
        "() => { const v = document.querySelector('video'); "
        "return v.readyState >= 2 && v.currentTime > 0; }"
    )
    page.wait_for_function(
        "() => { const t = document.querySelector('video').textTracks[0]; "
        "return t && t.kind === 'captions' && t.mode === 'showing' "
        "&& t.cues && t.cues.length > 0; }"
    )
    cue = page.evaluate("() => document.querySelector('video').textTracks[0].cues[0].text")
    assert cue.startswith("Een testbeeld")

    page.get_by_text("Uitgeschreven tekst van “Testbeeld”").click()
    expect(page.get_by_text("Een testbeeld zonder woorden.")).to_be_visible()
    assert_accessible(page)


def test_a_youtube_video_loads_nothing_from_youtube_before_the_click(page, live_site, video_pages):
    requested = outside_requests(page, live_site)
    page.goto(video_pages["external"])
    start = page.get_by_role("link", name="Bekijk “Testvideo op YouTube” op YouTube")
    expect(start).to_have_attribute("href", YOUTUBE)
    expect(page.get_by_text("Pas als je op de knop klikt")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert page.locator("iframe").count() == 0
    assert requested == []
    own_host = urlsplit(live_site.base_url).hostname
    assert [c for c in page.context.cookies() if c["domain"].lstrip(".") != own_host] == []
    assert_accessible(page)

    with page.expect_request(lambda request: "youtube-nocookie.com/embed/" in request.url):
        start.click()
    frame = page.locator("iframe.video__frame")
    expect(frame).to_have_attribute("title", "Testvideo op YouTube")
    expect(frame).to_have_attribute(
        "src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
    )
    expect(page).to_have_url(live_site.url(video_pages["external"]))
