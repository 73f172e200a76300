"""Pages inserted in bulk, for volume data: treebeard paths computed here, a few queries per batch.

`add_children(parent, pages)` appends published pages of one type below `parent` without a
save per page: the `wagtailcore_page` rows go in with `bulk_create`, the page type's own rows
with one INSERT per batch. The pages get no revisions (the admin makes one at the first edit)
and are not in the search index until `index_pages` or `update_index` adds them.
"""

import io
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db.models import F
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH = 200


def add_children(parent, pages, published_at=None):
    """Insert `pages` (unsaved instances of one direct subclass of Page) as parent's last
    children, live, and return them with their ids set."""
    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    published_at = published_at or timezone.now()
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = []
    for step, page in enumerate(pages, first_step):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or published_at
        page.last_published_at = page.first_published_at
        base_rows.append(Page(**{f.attname: getattr(page, f.attname) for f in base_fields}))
    Page.objects.bulk_create(base_rows, batch_size=BATCH)
    for page, row in zip(pages, base_rows, strict=True):
        page.page_ptr_id = page.pk = row.pk
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(pages[start : start + BATCH], fields=own_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def index_pages(pages):
    """Put freshly inserted pages into the search index, one bulk call per batch."""
    if not pages:
        return
    backend = get_search_backend()
    model = type(pages[0])
    for start in range(0, len(pages), BATCH):
        backend.add_bulk(model, pages[start : start + BATCH])


@dataclass
class Volume:
    """What the volume steps share: the scale, the objects built so far, where to log."""

    scale: float
    stdout: Any
    objects: dict = field(default_factory=dict)

    def count(self, base):
        """`base` at this scale, at least one."""
        return max(1, round(base * self.scale))

    def log(self, message):
        self.stdout.write(message)


def make_images(titles, size=(800, 450)):
    """Abstract pictures drawn with Pillow (a coloured field with two discs, no text), one
    Wagtail image each (reused across many pages)."""
    Image = get_image_model()
    images = []
    width, height = size
    for number, title in enumerate(titles):
        picture = PILImage.new("RGB", size, COLOURS[number % len(COLOURS)])
        draw = ImageDraw.Draw(picture)
        draw.ellipse([width // 5, height // 4, width // 2, height * 3 // 4], fill="#fffdf8")
        draw.ellipse([width // 2, height // 3, width * 4 // 5, height], fill="#f1ebe0")
        buffer = io.BytesIO()
        picture.save(buffer, "PNG")
        image = Image(title=title)
        image.file = ImageFile(buffer, name=f"volume-{number}.png")
        image.save()
        images.append(image)
    return images


COLOURS = ["#2f6f8f", "#b3381f", "#5a7d2b", "#6b4c9a", "#a0711c", "#1f7a6d"]
