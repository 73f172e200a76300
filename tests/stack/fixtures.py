"""What the stack tests ask for, made once by tests/stack/stack.py through `manage.py shell`
with the stack's environment (so files land where its settings put them): an account outside
the kenniskring, a private document, a reflection attachment, a forum image, a rendition of a
private Wagtail image, a public page and a study morning with few seats. Prints them as one
line of JSON."""

import datetime
import hashlib
import io
import json
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model

from home.models import ContentPage, EventPage, HomePage, Workshop
from kenniskring.forum.models import Experience
from kenniskring.learning.models import Reflection, ReflectionAssignment, ReflectionAttachment
from kenniskring.models import Member
from tests.kenniskring.fixtures import make_image

translation.activate("nl")
User = get_user_model()
password = os.environ.get("DEMO_PASSWORD", "kennisplein")
User.objects.create_user("stack-buiten", "buiten@example.org", password)
lid = User.objects.get(username="lid")
project = Member.objects.get(user=lid).project


def private_path(field):
    """The file's path under PRIVATE_ROOT, as X-Accel-Redirect names it; None elsewhere."""
    root = Path(settings.KENNISKRING_PRIVATE_ROOT).resolve()
    try:
        return str(Path(field.path).resolve().relative_to(root))
    except ValueError:
        return None


def described(url, field):
    with field.open("rb") as handle:
        data = handle.read()
    return {
        "url": url,
        "name": field.name,
        "private_path": private_path(field),
        "sha256": hashlib.sha256(data).hexdigest(),
        "head": data[:32].hex(),
    }


document = get_document_model().objects.get(title__startswith="Verslag van de startdag")

assignment = ReflectionAssignment.objects.exclude(reflections__project=project).first()
reflection = Reflection.objects.create(
    assignment=assignment,
    project=project,
    answers=[{"question": "Wat nam je mee?", "answer": "<p>Veel.</p>"}],
    status=Reflection.SUBMITTED,
)
text = b"Bijlage van de stack-test: enkel voor project A en de partners.\n" * 200
attachment = ReflectionAttachment(
    reflection=reflection,
    name="stack-bijlage.txt",
    content_type="text/plain",
    size=len(text),
    uploaded_by=lid,
)
attachment.file.save("stack-bijlage.txt", ContentFile(text), save=True)

picture = io.BytesIO()
Image.new("RGB", (64, 48), (200, 40, 90)).save(picture, format="PNG")
experience = Experience(
    author=lid, project=project, title="Stack-ervaring", text="<p>Met een foto.</p>"
)
experience.image.save("stack-foto.png", ContentFile(picture.getvalue()), save=False)
experience.save()

# A photo an editor put in the kenniskring's collection, as a page shows it: a rendition.
rendition = make_image("Stack-foto", name="stack-netwerkdag.png").get_rendition("fill-40x30")

home = HomePage.objects.filter(depth=2, locale__language_code="nl").first()
event = EventPage(
    title="Stack-studievoormiddag",
    slug="stack-studievoormiddag",
    date=datetime.date.today() + datetime.timedelta(days=60),
    start_time=datetime.time(9, 0),
    end_time=datetime.time(12, 0),
    venue="Brussel",
    audience="Projecthouders",
    intro="<p>Voor de stack-test.</p>",
    waiting_list_size=15,
)
event.workshops = [
    Workshop(sort_order=1, title="Stack-workshop 1", seats=30, moderator="Een"),
    Workshop(sort_order=2, title="Stack-workshop 2", seats=20, moderator="Twee"),
]
home.add_child(instance=event)
event.save_revision().publish()
event.refresh_from_db()

page = ContentPage.objects.child_of(home).live().public().order_by("path").first()
live_title = page.title
# A draft with a new title, for an editor to publish through one app server.
page.title = f"{live_title} (bijgewerkt)"
page.save_revision()

print(
    json.dumps(
        {
            "page": {"url": page.url, "pk": page.pk, "title": live_title, "draft": page.title},
            "document": described(document.url, document.file),
            "attachment": described(
                reverse("kenniskring_learning:attachment", args=[reflection.pk, attachment.pk]),
                attachment.file,
            ),
            "image": described(
                reverse("kenniskring_forum:experience_image", args=[experience.pk]),
                experience.image,
            ),
            "rendition": described(rendition.url, rendition.file),
            "event": {
                "url": event.url,
                "pk": event.pk,
                "workshops": [w.pk for w in event.workshops.order_by("sort_order")],
                "seats": [30, 20],
                "waiting_list_size": 15,
            },
        }
    )
)
