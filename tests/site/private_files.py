"""The walk of MEDIA_ROOT that shows no private file is there (after the demo, the volume)."""

from pathlib import Path

from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from kenniskring.access import is_private_collection
from kenniskring.forum.models import Experience
from kenniskring.learning.models import ReflectionAttachment
from kenniskring.storage import PrivateStorage, resolve


def private_files():
    """Every stored private file: the kenniskring's documents, images and their renditions,
    reflection attachments and forum images."""
    documents = get_document_model().objects.select_related("collection")
    Image = get_image_model()
    images = [
        i for i in Image.objects.select_related("collection") if is_private_collection(i.collection)
    ]
    renditions = Image.get_rendition_model().objects.filter(image__in=images)
    return [
        *(d.file for d in documents if is_private_collection(d.collection)),
        *(image.file for image in images),
        *(rendition.file for rendition in renditions),
        *(item.file for item in ReflectionAttachment.objects.all()),
        *(item.image for item in Experience.objects.exclude(image="")),
    ]


def assert_no_private_file_under_media_root():
    """Each private file is in the private storage, and no file under MEDIA_ROOT has its name
    or any secret name."""
    media = Path(settings.MEDIA_ROOT).resolve()
    names = set()
    for field_file in private_files():
        storage, name = resolve(field_file)
        assert isinstance(storage, PrivateStorage), field_file.name
        assert not Path(storage.path(name)).is_relative_to(media)
        names.add(Path(name).name)
    under_media = [p for p in media.rglob("*") if p.is_file()]
    assert not [p for p in under_media if p.name in names]
    assert not [p for p in under_media if p.name.startswith("kk_")]
