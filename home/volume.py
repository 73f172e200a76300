"""Volume data of the public section: 2,000 content pages in twenty sections and 200
knowledge clips below the demo's film, with listing images (at scale 1). A step of
`generate_volume`; the pages are published, in the search index and not in the menu."""

from wagtail.rich_text import RichText

from kenniskring.bulk import add_children, index_pages, make_images
from kenniskring.models.themes import demo_themes

from .models import ContentPage, FilmPage, KnowledgeClipPage

PREFIX = "volume-"
PARAGRAPH = (
    "<p>Een buddy is een vrijwilliger die naast iemand in armoede gaat staan: iemand om mee "
    "te praten, om samen iets te ondernemen, om het eigen netwerk weer wat groter te maken. "
    "Projecten vertellen hoe ze buddy's vinden, vormen en opvolgen.</p>"
)
THEMES = ["rekrutering", "omgaan met grenzen", "diversiteit", "projectbeheer", "impact"]
SECTIONS = 20
QUESTIONS = "<ul><li>Wat herken je?</li><li>Wat zou je anders doen?</li></ul>"


def build(volume):
    home = volume.objects["home"]
    images = make_images([f"Volume-beeld {n}" for n in range(1, 6)])
    total = volume.count(2000)
    sections = add_children(
        home,
        [
            ContentPage(
                title=f"Archief {n}",
                slug=f"{PREFIX}archief-{n:02}",
                intro="Verhalen uit de projecten.",
                body=[("paragraph", RichText(PARAGRAPH))],
                listing_image=images[n % len(images)],
            )
            for n in range(1, max(1, min(SECTIONS, total // 50)) + 1)
        ],
    )
    pages = list(sections)
    remaining = total - len(sections)
    for number, section in enumerate(sections):
        share = remaining // len(sections) + (number < remaining % len(sections))
        pages += add_children(
            section,
            [
                ContentPage(
                    title=f"Verhaal {number + 1}.{n}",
                    slug=f"verhaal-{n:03}",
                    intro="Een verhaal uit een buddyproject.",
                    body=[("paragraph", RichText(PARAGRAPH * 4))],
                    listing_image=images[n % len(images)],
                    listing_summary="Hoe een buddy en een deelnemer elkaar vonden.",
                )
                for n in range(1, share + 1)
            ],
        )
    index_pages(pages)

    film = FilmPage.objects.child_of(home).first()
    clips = add_children(
        film,
        [
            KnowledgeClipPage(
                title=f"Kennisclip {n}",
                slug=f"{PREFIX}clip-{n:03}",
                text=PARAGRAPH,
                discussion_questions=QUESTIONS,
                listing_image=images[n % len(images)],
                listing_summary="Een korte clip over een thema uit de film.",
            )
            for n in range(1, volume.count(200) + 1)
        ],
    )
    themes = demo_themes(*THEMES)
    ClipTheme = KnowledgeClipPage.themes.through
    # Clips come in pairs with the same two themes, so that each has a related clip with a
    # picture at every scale (the demo's own clips have none).
    ClipTheme.objects.bulk_create(
        ClipTheme(knowledgeclippage_id=clip.pk, theme_id=themes[(n // 2 + k) % len(themes)].pk)
        for n, clip in enumerate(clips)
        for k in range(2)
    )
    index_pages(clips)
    volume.log(f"Public: {len(pages)} content pages, {len(clips)} knowledge clips.")
